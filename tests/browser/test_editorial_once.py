"""Each editorial action happens once, played in a real Chromium by the two
roles (issue 21): an Eindredacteur double-clicks "Goedkeuren met opmerking"
in Wagtail's workflow modal, and clicks "Publiceren" while an autosave is on
its way. Afterwards the database holds one approval, one published revision
and no draft on top of it, the editor reads what happened (not "al
uitgevoerd"), and no answer was a server error.

The state is read from the served site's database through its shell
(tests/browser/conftest.py: `site_shell`), the way the site itself stores it."""

import json

import pytest

from .conftest import site_shell
from .helpers import SITE_USER_CODE, open_action_menu, sign_in_to_admin

PASSWORD = "redactie-wachtwoord-21"

SETUP = (
    SITE_USER_CODE
    + """
import json
from articles.models import StoryPage

editor = user("rik", "Redacteuren")
user("eline", "Eindredacteuren")
page = StoryPage.objects.live().order_by("pk")[INDEX]
if IN_REVIEW:
    page.title = page.title + " (ter review)"
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
print(json.dumps({"id": page.pk, "title": page.title}))
"""
)

STATE = """
import json
from wagtail.models import Page, TaskState, WorkflowState
page = Page.objects.get(pk=PAGE_ID).specific
states = WorkflowState.objects.filter(object_id=str(page.pk))
print(json.dumps({
    "live_title": page.live_revision.as_object().title if page.live_revision else None,
    "latest_is_live": page.latest_revision_id == page.live_revision_id,
    "has_unpublished_changes": page.has_unpublished_changes,
    "approvals": TaskState.objects.filter(workflow_state__in=states, status=TaskState.STATUS_APPROVED).count(),
    "in_progress": states.filter(status=WorkflowState.STATUS_IN_PROGRESS).count(),
    "approval_comments": list(
        TaskState.objects.filter(workflow_state__in=states, status=TaskState.STATUS_APPROVED)
        .exclude(comment="").values_list("comment", flat=True)
    ),
}))
"""


def site_state(code, **names):
    """Run `code` in the served site's shell with `names` filled in; its last printed line, as JSON."""
    for name, value in names.items():
        code = code.replace(name, repr(value))
    return json.loads(site_shell(code).strip().splitlines()[-1])


@pytest.fixture
def watched(context):
    """A page of the admin with every server error and every form it sent recorded."""
    page = context.new_page()
    page.server_errors = []
    page.sent_forms = []

    def on_response(response):
        if response.status >= 500:
            page.server_errors.append(f"{response.status} {response.request.method} {response.url}")

    def on_request(request):
        if request.method == "POST" and request.is_navigation_request():
            page.sent_forms.append(request.url)

    page.on("response", on_response)
    page.on("request", on_request)
    return page


def test_a_double_click_on_approve_with_comment_approves_once(site_url, watched):
    story = site_state(SETUP, PASSWORD=PASSWORD, INDEX=0, IN_REVIEW=True)
    page = watched
    sign_in_to_admin(page, "eline", PASSWORD)
    page.goto(f"/admin/pages/{story['id']}/edit/")
    page.sent_forms.clear()

    open_action_menu(page)
    page.get_by_role("button", name="Goedkeuren met opmerking").click()
    modal = page.locator(".modal")
    modal.locator("textarea").first.fill("Mooi stuk, ga maar live.")
    with page.expect_navigation():
        modal.locator("button[type=submit]").first.dblclick()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)  # a second submission would land by now

    text = page.locator("body").inner_text()
    assert "al uitgevoerd" not in text
    assert "is niet opnieuw uitgevoerd" not in text
    assert page.server_errors == []
    assert len(page.sent_forms) == 1, page.sent_forms
    state = site_state(STATE, PAGE_ID=story["id"])
    assert state["approvals"] == 1
    assert state["approval_comments"] == ["Mooi stuk, ga maar live."]
    assert state["in_progress"] == 0
    assert state["live_title"] == story["title"]
    assert state["latest_is_live"] and not state["has_unpublished_changes"]


def test_publish_while_autosave_is_on_its_way_publishes_and_leaves_no_draft(site_url, watched):
    story = site_state(SETUP, PASSWORD=PASSWORD, INDEX=1, IN_REVIEW=False)
    page = watched
    sign_in_to_admin(page, "eline", PASSWORD)
    edit = f"/admin/pages/{story['id']}/edit/"
    # Wagtail notices edits only after it has read the loaded form (2 s after load)
    page.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits', () => { window.ovnReadAt = performance.now(); });"
    )
    page.goto(edit)
    # (It reads it twice when the comments start; edits count from the last time.)
    page.wait_for_function("window.ovnReadAt && performance.now() - window.ovnReadAt > 1000")
    page.sent_forms.clear()

    # The network holds the autosave back, as a slow connection would, until
    # the editor has clicked "Publiceren".
    held = []

    def hold_autosave(route):
        request = route.request
        if request.method == "POST" and "application/json" in (request.headers.get("accept") or ""):
            held.append(route)
        else:
            route.continue_()

    page.route(f"**{edit}", hold_autosave)
    new_title = story["title"] + " (bijgewerkt)"
    page.locator("#id_title").fill(new_title)
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "autosave sent nothing after the title changed"

    open_action_menu(page)
    page.locator("button[name=action-publish]").click()
    page.wait_for_timeout(500)
    assert page.sent_forms == [], "the action went while autosave was on its way"
    with page.expect_navigation():
        for route in held:
            route.continue_()
    page.unroute(f"**{edit}")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(3000)  # time for any autosave after the publish

    assert page.server_errors == []
    assert len(page.sent_forms) == 1, page.sent_forms
    assert "gepubliceerd" in page.locator("body").inner_text()
    state = site_state(STATE, PAGE_ID=story["id"])
    assert state["live_title"] == new_title
    assert state["latest_is_live"] and not state["has_unpublished_changes"], state
