"""Screenshots of two editorial screens of issue 21, for a person to look at;
not part of the suite (the name does not match test_*.py):

* Prullenbak › Terugzetten for a story taken offline after which a Redacteur
  wrote a newer, unreviewed draft: the version that comes back, and the
  comparison with the draft that goes to review instead;
* the image library filtered on "Zonder tekstalternatief", and the
  dashboard's count that links to it (three demo images lose their
  description here, as images uploaded by a script before the choice was
  required would have none).

Run by hand:
    OVN_SCREENS_DIR=/work/notes/screens/21 .venv/bin/pytest -p no:cacheprovider tests/browser/screenshots_editorial.py
"""

import os
from pathlib import Path

import pytest

from .conftest import make_context
from .helpers import sign_in_to_admin
from .test_editorial_scenarios import DRAFT_PERSON, PASSWORD, SETUP, site_data

pytestmark = pytest.mark.browser

OUT = Path(os.environ.get("OVN_SCREENS_DIR", "/tmp/ovn-screens"))  # noqa: S108 (a fixed, documented place)

UNDESCRIBE = """
import json
from wagtail.images import get_image_model
images = list(get_image_model().objects.order_by("pk")[:3])
for image in images:
    image.description = ""
    image.save(update_fields=["description"])
print(json.dumps([image.title for image in images]))
"""


def test_restore_with_a_newer_draft_and_the_images_without_alt_text(browser, site_url):
    OUT.mkdir(parents=True, exist_ok=True)
    data = site_data(SETUP, PASSWORD=PASSWORD, DRAFT_PERSON=DRAFT_PERSON)
    undescribed = site_data(UNDESCRIBE)
    context = make_context(browser, site_url, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        sign_in_to_admin(page, "evert", PASSWORD)

        page.goto("/admin/prullenbak/")
        page.screenshot(path=OUT / "prullenbak.png", full_page=True)
        page.goto(f"/admin/prullenbak/{data['restored']['id']}/terugzetten/")
        assert "ONGEKEURD" in page.locator("main").inner_text()
        page.screenshot(path=OUT / "prullenbak-terugzetten.png", full_page=True)

        page.goto("/admin/")
        summary = page.get_by_role("link", name="3 zonder tekstalternatief")
        summary.scroll_into_view_if_needed()
        page.screenshot(path=OUT / "dashboard-zonder-tekstalternatief.png")
        summary.click()
        page.wait_for_url("**/admin/images/?*")
        for title in undescribed:
            page.get_by_text(title).first.wait_for()
        page.screenshot(path=OUT / "afbeeldingen-zonder-tekstalternatief.png", full_page=True)
    finally:
        context.close()
