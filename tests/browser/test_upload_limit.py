"""A Redacteur in a real Chromium. A file above the upload limit is refused in
the browser, before anything is sent: picked in the image chooser's upload
tab, it gives a Dutch message at the field, the upload button sends no
request and no spinner is left turning (before, a 55 MB image went out, came
back as an English "413" and the button kept spinning). And the admin
script's Dutch for what Wagtail hard-codes in English."""

import pytest

from .conftest import site_manage
from .helpers import sign_in_to_admin

CREATE_EDITOR = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user, _ = get_user_model().objects.get_or_create(username="ruud", defaults={"email": "ruud@example.org"})
user.first_name = "Ruud"
user.set_password("redactie-wachtwoord-1")
user.save()
user.groups.add(Group.objects.get(name="Redacteuren"))
"""

CHOOSER_FORM = "form[data-chooser-modal-creation-form]"


@pytest.fixture(scope="module")
def editor(site_url):
    """Ruud, Redacteur on the served site: made once for the module."""
    site_manage("shell", "-c", CREATE_EDITOR)


@pytest.fixture
def editor_page(context, editor):
    page = context.new_page()
    sign_in_to_admin(page, "ruud", "redactie-wachtwoord-1")
    return page


def open_image_chooser_upload(page):
    """The edit form of a demo story, its listing image's chooser, the upload tab."""
    page.goto("/verhalen/")
    page.goto(page.locator("#resultaten li a").first.get_attribute("href"))
    edit_url = page.locator("wagtail-userbar a[href*='/admin/pages/'][href$='/edit/']").first.get_attribute("href")
    page.goto(edit_url)
    # The story has an image: the chooser's "choose" button sits in its menu; open the chooser directly.
    page.locator("#id_listing_image-chooser [data-chooser-action-choose]").first.dispatch_event("click")
    page.locator("#tab-label-upload").click()
    form = page.locator(CHOOSER_FORM)
    form.locator("input[type=file]").wait_for(state="visible")
    return form


def test_an_oversized_image_is_refused_in_dutch_before_sending(editor_page, tmp_path):
    page = editor_page
    form = open_image_chooser_upload(page)
    big = tmp_path / "luchtfoto-groot.jpg"
    with open(big, "wb") as file:
        file.truncate(55 * 1024 * 1024)  # sparse: 55 MB without writing them
    posts = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)

    file_input = form.locator("input[type=file]")
    file_input.set_input_files(str(big))

    message = form.locator(".ovn-upload-error")
    message.wait_for(state="visible")
    text = message.inner_text()
    assert "luchtfoto-groot.jpg" in text and "55 MB" in text and "te groot" in text and "10 MB" in text, text
    assert message.get_attribute("role") == "alert"
    assert file_input.evaluate("input => input.files.length") == 0
    assert file_input.get_attribute("aria-invalid") == "true"

    button = form.locator("button[type=submit]")
    button.click()
    page.wait_for_timeout(1000)  # Wagtail's spinner would start on a timer after the click
    assert posts == []
    assert button.evaluate("b => b.disabled || b.classList.contains('button-longrunning-active')") is False
    assert page.locator(".modal .help-critical").count() == 0
    assert message.is_visible()

    # A file within the limit clears the message.
    small = tmp_path / "klein.jpg"
    small.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 1024)
    file_input.set_input_files(str(small))
    assert message.is_hidden()
    assert file_input.get_attribute("aria-invalid") is None
    assert posts == []


def test_the_search_buttons_for_screen_readers_say_zoeken(editor_page):
    """Wagtail hard-codes "Search" on the screen-reader-only submit button of its
    search forms; the admin script makes it Dutch, also in a chooser modal."""
    page = editor_page
    page.goto("/admin/")
    assert page.locator('input[type=submit][value="Search"]').count() == 0
    assert page.locator('input[type=submit][value="Zoeken"]').count() >= 1
    form = open_image_chooser_upload(page)
    assert form.page.locator('.modal input[type=submit][value="Search"]').count() == 0
