"""No English in what editors read: the admin pages a Redacteur and an
Eindredacteur open (dashboard, account, page explorer, edit forms, choosers,
help menu, workflow and report pages, the userbar) and the login screens,
read as text, labels, titles, placeholders and button values, hold none of
the English strings found there before.

Fixed by Django's and Wagtail's own means (overheidvannu/editorial/admin_language.py):
`locale/` for strings Wagtail's Dutch catalogue leaves English, the login
form setting, a Dutch root page title, labels for unlabelled chooser fields,
a template override, and admin-editorial.js for the screen-reader-only
"Search" button Wagtail hard-codes (checked in tests/browser/test_upload_limit.py).
"""

import json
import re

import pytest
from bs4 import BeautifulSoup

from articles.models import EssayPage, StoryPage
from articles.permissions import EDITORS, REVIEWERS

from ..factories import make_content, make_person
from .test_workflow import login_as

pytestmark = pytest.mark.django_db

#: English an editor met in this admin (whole words, case as shown).
KNOWN_ENGLISH = [
    "Password",
    "Root",
    "Editor Guide",
    "What's new",
    "Checks",
    "Toggle checks",
    "Content metrics",
    "Content statistieken",
    "Minimap",
    "Link text",
    "Phone number",
    "Email address",
    "Subject",
    "Actions",
    "Default",
    "Bold",
    "Italic",
    "Server Error",
    "Shortcuts",
    "File",
    "True",
    "False",
    "Inloggen in Wagtail",
]
PATTERN = re.compile(r"(?<![\w'])(" + "|".join(re.escape(text) for text in KNOWN_ENGLISH) + r")(?![\w'])")
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")


def labels_in(value):
    """Every "label" in Wagtail's sidebar props (the menus are drawn from them)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "label" and isinstance(item, str):
                yield item
            else:
                yield from labels_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from labels_in(item)


def readable(html):
    """What a person reads on the page: text (also in tabs not yet opened), labels
    of controls, and the menus."""
    page = BeautifulSoup(html, "html.parser")
    sidebar = page.find("script", id="wagtail-sidebar-props")
    found = list(labels_in(json.loads(sidebar.string))) if sidebar else []
    for tag in page(["script", "style", "template", "svg"]):
        tag.decompose()
    found += list(page.stripped_strings)
    for tag in page.find_all(True):
        found += [tag[name] for name in ATTRIBUTES if tag.get(name)]
        # Wagtail hard-codes a screen-reader-only "Search" button; the admin script
        # makes it "Zoeken" (a browser test checks that).
        if tag.name == "input" and tag.get("type") in ("submit", "button") and tag.get("value") != "Search":
            found.append(tag.get("value", ""))
    return found


def english_on(client, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200, path
    body = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        body = json.loads(body).get("html", "")  # a chooser modal
    return sorted({match for text in readable(body) for match in PATTERN.findall(text)})


def test_the_pattern_finds_english_and_leaves_dutch_alone():
    assert PATTERN.findall("Password") == ["Password"]
    assert PATTERN.findall("Open de Minimap · Actions") == ["Minimap", "Actions"]
    assert PATTERN.findall("Wachtwoord · Hoofdniveau · Controles · Acties · canChooseRoot") == []


def test_login_and_password_reset_are_dutch(client):
    for path in ("/admin/login/", "/admin/password_reset/"):
        assert english_on(client, path) == [], path


@pytest.mark.parametrize("username, group", [("redacteur", EDITORS), ("eindredacteur", REVIEWERS)])
def test_admin_pages_editors_open_are_dutch(client, django_user_model, tree, username, group):
    story = make_content(tree, StoryPage, "Samen bouwen")
    essay = make_content(tree, EssayPage, "Sturen in netwerken")
    essay.set_authors([make_person("Anna Appel")])
    essay.save_revision().publish()
    login_as(client, django_user_model, username, group)
    paths = [
        "/admin/",
        "/admin/account/",
        "/admin/pages/",
        f"/admin/pages/{tree.home.pk}/",
        f"/admin/pages/{tree.stories.pk}/",
        f"/admin/pages/{story.pk}/edit/",
        f"/admin/pages/{essay.pk}/edit/",
        f"/admin/pages/add/articles/storypage/{tree.stories.pk}/",
        f"/admin/pages/{story.pk}/history/",
        "/admin/choose-page/",
        f"/admin/choose-page/{tree.home.pk}/",
        "/admin/choose-external-link/",
        "/admin/choose-email-link/",
        "/admin/choose-phone-link/",
        "/admin/choose-anchor-link/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/images/chooser/",
        "/admin/documents/chooser/",
        "/admin/snippets/choose/articles/person/",
        "/admin/snippets/articles/person/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/workflows/task_chooser/",
        "/admin/prullenbak/",
        "/admin/kapotte-links/",
        "/admin/documents/",
        "/admin/inhoud/?live=true",
        "/admin/evenementen/?online=false",
        story.url,  # the userbar
    ]
    found = {path: english_on(client, path) for path in paths}
    assert {path: words for path, words in found.items() if words} == {}


def test_the_page_tree_root_has_a_dutch_name(tree):
    from wagtail.models import Page

    assert Page.get_first_root_node().title == "Hoofdniveau"
