"""The content kinds are named once (articles.kinds) and every page that
names them says the same: a kind's section lists it, cards and results use
its label, alerts and headings its plural; every kind is read from the one
`ContentPage` table with its kind."""

import ast
import tokenize
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from articles.kinds import CONTENT_KINDS, EVENEMENT, in_words
from articles.models import ContentPage, StoryPage
from overheidvannu.alerts.following import describe, read

from ..factories import make_content, make_opgave, make_region, make_theme

REPO = Path(__file__).resolve().parents[2]
SITE_PACKAGES = ("articles", "opgaven", "regions", "overheidvannu")
#: Modules that may spell a content kind's name out, and why.
MAY_NAME_A_KIND = {
    "articles/kinds.py": "the registry itself",
    "articles/sections.py": "the sections' addresses and menu titles (the URL contract)",
}
#: Not checked: migrations are history, and the demo's data files are named per kind.
NOT_CHECKED = ("/migrations/", "overheidvannu/demo/")


def kind_words():
    words = set()
    for kind in CONTENT_KINDS:
        words |= {kind.slug, kind.label, kind.plural, kind.title}
    return words


def string_literals(path):
    with path.open("rb") as source:
        for token in tokenize.tokenize(source.readline):
            if token.type == tokenize.STRING:
                try:
                    yield token.start[0], ast.literal_eval(token.string)
                except ValueError:  # an f-string or bytes: not a plain name
                    continue


def test_no_module_but_the_registry_spells_out_a_content_kind():
    words = kind_words()
    found = []
    for package in SITE_PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            name = path.relative_to(REPO).as_posix()
            if name in MAY_NAME_A_KIND or any(part in name for part in NOT_CHECKED):
                continue
            found += [f"{name}:{line}: {value!r}" for line, value in string_literals(path) if value in words]
    assert not found, "name the kind through articles.kinds instead:\n" + "\n".join(found)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_each_kind_is_listed_in_its_own_section_under_its_label(client, tree):
    items = {kind.slug: make_content(tree, kind.page_class, f"Iets van soort {kind.slug}") for kind in CONTENT_KINDS}
    everything = soup(client.get("/kennisbank/"))
    for kind in CONTENT_KINDS:
        result = everything.find("a", string=items[kind.slug].title).find_parent("li")
        assert result.select_one(".ovn-result__kind").get_text(strip=True) == kind.label
        listed = soup(client.get(kind.section.path)).select("#resultaten .ovn-result__title a")
        assert [link.get_text(strip=True) for link in listed] == [items[kind.slug].title], kind.slug
        assert tree.indexes[kind.slug].specific_class is kind.index_class


@pytest.mark.django_db
def test_every_type_is_listed_from_one_table(tree):
    theme = make_theme("Sturen in netwerken")
    story = make_content(tree, StoryPage, "Samen bouwen", levels=["individu"], themes=[theme])
    listed = ContentPage.objects.live().get(pk=story.pk)
    assert listed.kind == "verhaal"
    assert [t.name for t in listed.themes.all()] == ["Sturen in netwerken"]


@pytest.mark.django_db
def test_an_alert_names_what_it_follows_by_the_kinds_plurals():
    assert describe(read("")) == "Nieuwe verhalen, essays, tips en evenementen"
    assert describe(read("type=verhaal&type=evenement")) == "Nieuwe verhalen en evenementen"
    assert describe(read(f"type={EVENEMENT.slug}")) == "Nieuwe evenementen"


@pytest.mark.django_db
def test_pages_that_sum_up_the_kinds_name_every_one(client, tree):
    opgave, region = make_opgave(tree), make_region(tree)
    assert f"{in_words().capitalize()} over deze opgave" in soup(client.get(opgave.url)).get_text()
    make_content(tree, EVENEMENT.page_class, regions=[region])
    region_page = soup(client.get(region.url)).get_text()
    assert f"Essays, tips en evenementen over {region.title}" in region_page
    assert "met alle verhalen, essays, tips en evenementen" in soup_404(client)


def soup_404(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
