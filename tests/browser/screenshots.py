"""Screenshots for a person to look at; not part of the suite (the name does not match test_*.py).

Run by hand:  .venv/bin/pytest -p no:cacheprovider tests/browser/screenshots.py
The PNGs go to $OVN_SCREENS_DIR (default /tmp/ovn-screens/), outside the repository.
"""

import os
from pathlib import Path

import pytest

from overheidvannu.demo.loader import load

from .conftest import make_context

pytestmark = pytest.mark.browser

OUT = Path(os.environ.get("OVN_SCREENS_DIR", "/tmp/ovn-screens"))  # noqa: S108 (a fixed, documented place)
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
PAGES = {
    "home": "/",
    "kennisbank": "/kennisbank/?niveau=netwerk&thema=sturen-in-netwerken",
    "verhaal": f"/verhalen/{load().of_kind('verhaal')[0]['slug']}/",
}


@pytest.mark.parametrize("size", SIZES)
def test_screenshots(browser, site_url, size):
    OUT.mkdir(parents=True, exist_ok=True)
    is_phone = size == "phone"
    context = make_context(
        browser, site_url, viewport=SIZES[size], device_scale_factor=1, is_mobile=is_phone, has_touch=is_phone
    )
    try:
        page = context.new_page()
        for name, path in PAGES.items():
            page.goto(path, wait_until="networkidle")
            # Lazy images below the fold: scroll through once so the full-page shot shows them.
            page.evaluate(
                "async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) {"
                " window.scrollTo(0, y); await new Promise(r => setTimeout(r, 50)); } window.scrollTo(0, 0); }"
            )
            page.wait_for_load_state("networkidle")
            page.screenshot(path=OUT / f"{name}-{size}.png", full_page=True)
            page.screenshot(path=OUT / f"{name}-{size}-fold.png", full_page=False)
            assert (OUT / f"{name}-{size}.png").stat().st_size > 0
    finally:
        context.close()
