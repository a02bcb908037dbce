"""One name for each thing in the edit form.

- A fact box ("Feitenkader") and numbered lessons are body blocks only, on
  every content type; a story has no separate fields for them any more.
- The metadata tab is "Eigenschappen" on every page type.
"""

import pytest
from django.urls import reverse

from articles.blocks import BodyBlock
from articles.models import EssayPage, EventPage, StoryPage, TipPage
from articles.permissions import EDITORS

from ..editorial.test_workflow import login_as
from ..factories import make_content, make_opgave, make_region

pytestmark = pytest.mark.django_db


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_a_story_has_no_fact_box_or_lessons_fields_besides_the_body(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    story = make_content(tree, StoryPage, "Een verhaal")
    html = edit_form(client, story)
    assert 'name="factbox' not in html and 'name="lessons' not in html
    assert not {"factbox", "lessons"} & {field.name for field in StoryPage._meta.get_fields()}
    # The blocks stay, once each, in the body every content type shares.
    labels = [block.meta.label for block in BodyBlock().child_blocks.values()]
    assert labels.count("Feitenkader") == 1 and labels.count("Genummerde lessen") == 1


def test_lessons_in_the_body_are_found_by_search(client, tree, search_index):
    make_content(
        tree,
        StoryPage,
        "Verhaal met lessen",
        body=[
            ("lessons", {"title": "Lessen", "lessons": [{"title": "Vertrouwen", "text": "Zoek de zandbak op."}]}),
            ("factbox", {"title": "Feiten", "facts": [{"label": "Gemeenten", "value": "Oosterhout"}]}),
        ],
    )
    for word in ("zandbak", "Oosterhout"):
        html = client.get("/zoeken/", {"q": word}).content.decode()
        assert "Verhaal met lessen" in html, word


def test_the_metadata_tab_has_one_name_on_every_page_type(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", "Eindredacteuren")
    pages = [make_content(tree, page_class) for page_class in (StoryPage, EssayPage, TipPage, EventPage)]
    pages += [make_opgave(tree), make_region(tree), tree.add_standard_page("Over", "over"), tree.add_approach_page()]
    pages += [tree.kennisbank, tree.stories, tree.opgaven, tree.regions]
    for page in pages:
        html = edit_form(client, page)
        assert "Eigenschappen" in html, page
        assert "Promotie" not in html and "Promote" not in html, page
