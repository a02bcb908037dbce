"""The first screen of each listing on a phone and a desktop, for a person to compare before and after.

Not part of the suite (the name does not match test_*.py). Run by hand:
    OVN_SCREENS_DIR=/tmp/shots-phone/after .venv/bin/pytest -p no:cacheprovider tests/browser/screenshots_listings.py
"""

import os
from pathlib import Path

import pytest

from .conftest import make_context

pytestmark = pytest.mark.browser

OUT = Path(os.environ.get("OVN_SCREENS_DIR", "/tmp/ovn-screens"))  # noqa: S108 (a fixed, documented place)
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
PAGES = {
    "kennisbank": "/kennisbank/",
    "zoeken": "/zoeken/?q=samenwerking",
    "agenda": "/agenda/",
    "verhalen": "/verhalen/",
    "thema": "/thema/",
}


@pytest.mark.parametrize("size", SIZES)
def test_listing_first_screens(browser, site_url, size):
    OUT.mkdir(parents=True, exist_ok=True)
    is_phone = size == "phone"
    context = make_context(
        browser, site_url, viewport=SIZES[size], device_scale_factor=1, is_mobile=is_phone, has_touch=is_phone
    )
    try:
        page = context.new_page()
        for name, path in PAGES.items():
            response = page.goto(path, wait_until="networkidle")
            first = page.locator("#resultaten > li").first
            top = first.evaluate("el => el.getBoundingClientRect().top") if first.count() else None
            print(f"{size} {path}: status {response.status}, first result at {top}px")
            page.screenshot(path=OUT / f"{name}-{size}-fold.png", full_page=False)
    finally:
        context.close()
