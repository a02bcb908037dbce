"""Search that speaks government (issue 23): the abbreviations and synonyms
editors keep under Vocabulaire › Afkortingen make a search for either form
find both, on PostgreSQL and on the other backends alike; the suggestions
offer the expansion; the list ships with the common ones and follows review.
"""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.test import override_settings
from wagtail.models import WorkflowContentType

from articles.models import Abbreviation, StoryPage
from articles.permissions import EDITORS, REVIEWERS
from overheidvannu.discovery.search.backend import backend_query
from overheidvannu.discovery.search.vocabulary import expand

from ..factories import SiteTree, make_content, make_region, search_indexing_on
from .search_results import all_results, results, search

pytestmark = pytest.mark.django_db

#: The database backend without PostgreSQL's full-text search: the code path
#: every backend but PostgreSQL's takes (Elasticsearch/OpenSearch, SQLite).
OTHER_BACKEND = {"default": {"BACKEND": "wagtail.search.backends.database.fallback"}}


@pytest.fixture(scope="module")
def site(module_transaction):
    with module_transaction.unblock(), search_indexing_on():
        tree = SiteTree()
        mra = make_region(tree, "Metropoolregio Amsterdam", intro="Dertig gemeenten werken samen.")
        mra.save_revision().publish()
        pages = {
            "short": make_content(tree, StoryPage, "De RES van Twente", intro="Hoe de RES in Twente tot stand kwam."),
            "long": make_content(
                tree,
                StoryPage,
                "Zon op het dak",
                intro="De Regionale Energiestrategie vraagt om zonnepanelen op elk bedrijfsdak.",
            ),
            "plural": make_content(
                tree, StoryPage, "Herijking", intro="Alle regionale energiestrategieën worden herijkt."
            ),
            "other": make_content(tree, StoryPage, "Wonen in de regio", intro="Over betaalbare woningen."),
        }
    return {"tree": tree, "mra": mra, **pages}


def urls(client, query):
    return [url for url, _title, _kind in all_results(client, f"q={query}")]


# --- the list ----------------------------------------------------------------------------------


def test_the_common_abbreviations_ship_with_every_site():
    # A data migration adds them: production starts with them too.
    live = {entry.term: entry for entry in Abbreviation.objects.filter(live=True)}
    for term in ("RES", "IBP", "VNG", "IPO", "UvW", "BZK", "MRA", "NOVI", "Regio Deal", "Ow"):
        assert term in live, term
    assert len(live) >= 25
    assert live["RES"].expansion == "Regionale Energiestrategie"
    assert "Omgevingswet" in live["Ow"].forms


def test_a_form_that_another_entry_has_is_refused_in_dutch():
    with pytest.raises(ValidationError) as refused:
        Abbreviation(term="Regionale Energiestrategie", expansion="Iets anders").full_clean()
    assert "‘Regionale Energiestrategie’ staat al bij ‘RES’." in refused.value.message_dict["term"]


def test_abbreviations_have_drafts_and_review_like_the_other_vocabulary(client, django_user_model):
    reviewers, editors = Group.objects.get(name=REVIEWERS), Group.objects.get(name=EDITORS)
    publish = Permission.objects.get(content_type__app_label="articles", codename="publish_abbreviation")
    assert publish in reviewers.permissions.all() and publish not in editors.permissions.all()
    assert WorkflowContentType.objects.filter(content_type__model="abbreviation").exists()
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(editors)
    client.force_login(editor)
    menu = client.get("/admin/snippets/articles/abbreviation/")
    assert menu.status_code == 200 and "Regionale Energiestrategie" in menu.content.decode()
    assert client.get("/admin/snippets/articles/abbreviation/add/").status_code == 200


# --- either form finds both -------------------------------------------------------------------


@pytest.mark.usefixtures("search_index")
@pytest.mark.parametrize("query", ["RES", "res", "Regionale+Energiestrategie", "regionale+energiestrategieen"])
def test_either_form_finds_both_on_postgresql(client, site, query):
    found = urls(client, query)
    assert {site["short"].url, site["long"].url, site["plural"].url} <= set(found)
    assert site["other"].url not in found


@pytest.mark.parametrize("query", ["RES", "Regionale+Energiestrategie"])
def test_either_form_finds_both_on_the_other_backends(client, site, query):
    with override_settings(WAGTAILSEARCH_BACKENDS=OTHER_BACKEND):
        found = urls(client, query)
    assert {site["short"].url, site["long"].url} <= set(found)
    assert site["other"].url not in found


def test_the_search_engine_is_asked_for_every_form():
    # What Elasticsearch/OpenSearch receives: each form as its own match, any of them enough.
    from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

    backend = Elasticsearch8SearchBackend({"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "test_"})
    compiled = backend.query_compiler_class(StoryPage.objects.all(), backend_query(expand(["RES", "zon"])))
    text = json.dumps(compiled.get_query())
    for form in ("RES", "Regionale Energiestrategie", "Regionale Energiestrategieën", "zon"):
        assert json.dumps(form)[1:-1] in text, form


@pytest.mark.usefixtures("search_index")
def test_an_abbreviation_names_the_region_it_stands_for(client, site):
    assert results(search(client, "q=MRA"))[0][0] == site["mra"].url


@pytest.mark.usefixtures("search_index")
def test_the_results_say_which_other_forms_were_searched(client, site):
    html = search(client, "q=RES").content.decode()
    assert 'id="ook-gezocht">Ook gezocht op ‘Regionale Energiestrategie’ en ‘Regionale Energiestrategieën’.' in html
    assert 'id="ook-gezocht"' not in search(client, "q=zonnepanelen").content.decode()


@pytest.mark.usefixtures("search_index")
def test_the_snippet_marks_the_form_found(client, site):
    html = search(client, "q=RES").content.decode()
    assert "De <mark>Regionale Energiestrategie</mark> vraagt" in html
    assert "Hoe de <mark>RES</mark> in Twente" in html


@pytest.mark.usefixtures("search_index")
def test_a_draft_entry_changes_nothing_until_it_is_published(client, site):
    draft = Abbreviation.objects.create(term="ZOP", expansion="zonnepanelen op het dak", live=False)
    assert site["long"].url not in urls(client, "ZOP")
    draft.save_revision().publish()
    assert site["long"].url in urls(client, "ZOP")


def test_a_query_without_known_forms_is_searched_exactly_as_typed():
    words = expand(["woningbouw", "achterhoek"])
    assert not words.expanded
    assert backend_query(words).query_string == "woningbouw achterhoek"


# --- suggestions --------------------------------------------------------------------------------


@pytest.mark.usefixtures("search_index")
def test_suggestions_offer_the_expansion(client, site):
    items = client.get("/zoeken/suggesties/?q=RES").json()
    assert items[0] == {"title": "RES — Regionale Energiestrategie", "url": "/zoeken/?q=RES", "kind": "Afkorting"}
    started = client.get("/zoeken/suggesties/?q=regionale ener").json()
    assert {"title": "RES — Regionale Energiestrategie", "url": "/zoeken/?q=RES", "kind": "Afkorting"} in started
