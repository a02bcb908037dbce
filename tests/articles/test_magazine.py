"""The magazine "Verbinden en verbeteren" (issue 23): editions that gather
existing stories, essays and tips in the editors' order under chapter
headings, an overview newest first, the edition's print view and feed, and
every article saying which edition it appeared in."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import GroupPagePermission, Site

from articles.models import EditionPage, EditionSignatory, EssayPage, MagazinePage, StoryPage, TipPage
from articles.permissions import EDITORS, REVIEWERS

from ..factories import add_edition, add_magazine, make_content, make_image, make_organisation, make_person
from .test_pages import MAX_DETAIL_QUERIES

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
MAX_LISTING_QUERIES = 12


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(node):
    return " ".join(node.get_text(" ").split())


@pytest.fixture
def magazine(tree):
    return add_magazine(tree)


@pytest.fixture
def articles(tree):
    return {
        "story": make_content(tree, StoryPage, "Samen bouwen in de Achterhoek"),
        "essay": make_content(tree, EssayPage, "Vertrouwen tussen bestuurslagen"),
        "tip": make_content(tree, TipPage, "Begin bij de opgave"),
        "other": make_content(tree, StoryPage, "Waterschap en gemeente"),
    }


def test_an_edition_shows_its_chapters_and_articles_in_the_editors_order(client, magazine, articles):
    vng, ipo = make_organisation("VNG", layer="gemeente"), make_organisation("IPO", layer="provincie")
    edition = add_edition(
        magazine,
        "2021/07",
        [
            ("Samenwerken in de regio", [articles["tip"], articles["story"]]),
            ("Beschouwing", [articles["essay"], articles["story"]]),  # the story again: it stands where first chosen
        ],
        signatories=[vng, ipo],
    )
    page = soup(client.get(edition.url))
    assert page.h1.get_text() == edition.title
    assert "Verbinden en verbeteren 2021/07" in text_of(page.select_one(".ovn-page-header"))
    foreword = page.select_one(".ovn-edition__foreword")
    assert "Samen werken we als één overheid." in text_of(foreword)
    assert "Namens VNG en IPO" in text_of(foreword)

    chapters = page.select(".ovn-edition__chapter")
    assert [c.h2.get_text() for c in chapters] == ["Samenwerken in de regio", "Beschouwing"]
    titles = [[a.get_text() for a in c.select(".ovn-result__title a")] for c in chapters]
    assert titles == [[articles["tip"].title, articles["story"].title], [articles["essay"].title]]
    # Numbered through the whole edition, as in print: the second chapter starts at 3.
    assert chapters[1].ol["start"] == "3"
    assert [li["id"] for c in chapters for li in c.select("li.ovn-result")] == ["artikel-1", "artikel-2", "artikel-3"]
    links = page.select(".ovn-edition__actions a")
    assert [a["href"] for a in links][0] == f"{edition.url}afdrukken/"
    assert page.find("link", rel="alternate", type="application/atom+xml")["href"] == f"{edition.url}feed/"


def test_an_unpublished_article_and_a_draft_signatory_are_left_out(client, tree, magazine, articles):
    draft = make_content(tree, StoryPage, "Nog in review", live=False)
    person = make_person("Anna de Vries", role="hoofdredacteur")
    person.live = False
    person.save()
    edition = add_edition(
        magazine, "2021/12", [("Alles", [draft, articles["other"]])], signatories=[person, make_organisation("BZK")]
    )
    page = soup(client.get(edition.url))
    assert [a.get_text() for a in page.select(".ovn-result__title a")] == [articles["other"].title]
    assert "Nog in review" not in page.get_text()
    assert "Anna de Vries" not in page.get_text() and "Namens BZK" in page.get_text()


def test_the_overview_lists_live_editions_newest_first(client, magazine, articles):
    today = timezone.localdate()
    older = add_edition(magazine, "2021/07", [("A", [articles["story"]])], date=today - datetime.timedelta(days=200))
    newer = add_edition(magazine, "2021/12", [("B", [articles["tip"]])], date=today - datetime.timedelta(days=20))
    add_edition(magazine, "2022/07", [("C", [articles["essay"]])], live=False)
    page = soup(client.get(magazine.url))
    assert [a.get_text() for a in page.select(".ovn-edition-card__title a")] == [newer.title, older.title]
    assert page.select_one(".ovn-follow a")["href"] == "/volgen/?magazine=ja"


def test_an_article_says_which_edition_it_appeared_in_and_links_back(client, magazine, articles):
    edition = add_edition(magazine, "2021/07", [("Regio", [articles["story"]])])
    add_edition(magazine, "2022/01", [("Concept", [articles["tip"]])], live=False)
    note = soup(client.get(articles["story"].url)).select_one(".ovn-edition-note")
    assert text_of(note) == "Verschenen in Verbinden en verbeteren 2021/07"
    assert note.a["href"] == edition.url
    assert soup(client.get(articles["tip"].url)).select_one(".ovn-edition-note") is None, "a draft edition says nothing"
    assert soup(client.get(articles["other"].url)).select_one(".ovn-edition-note") is None


def test_a_draft_of_a_live_edition_changes_nothing_until_it_is_published(client, magazine, articles):
    edition = add_edition(magazine, "2021/07", [("Regio", [articles["story"]])])
    draft = edition.get_latest_revision_as_object()
    draft.chapters = [("chapter", {"heading": "Regio", "articles": [articles["tip"]]})]
    revision = draft.save_revision()
    cache.clear()
    assert soup(client.get(articles["story"].url)).select_one(".ovn-edition-note") is not None
    assert soup(client.get(articles["tip"].url)).select_one(".ovn-edition-note") is None
    revision.publish()
    assert soup(client.get(articles["story"].url)).select_one(".ovn-edition-note") is None
    assert soup(client.get(articles["tip"].url)).select_one(".ovn-edition-note") is not None


def test_the_edition_feed_holds_its_articles_in_order(client, magazine, articles):
    edition = add_edition(
        magazine, "2021/07", [("Eén", [articles["essay"]]), ("Twee", [articles["story"], articles["tip"]])]
    )
    response = client.get(f"{edition.url}feed/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 (our own feed, not untrusted input)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        articles["essay"].title,
        articles["story"].title,
        articles["tip"].title,
    ]
    assert [e.find(f"{ATOM}category").get("term") for e in entries] == ["Eén", "Twee", "Twee"]


def test_the_print_view_holds_the_whole_edition_without_navigation(client, magazine, articles):
    story = articles["story"]
    story.body = [
        ("paragraph", "<p>De gemeenten bouwden samen 400 woningen.</p>"),
        ("image", {"image": make_image("Bouwplaats"), "alt_text": "", "caption": "", "credit": "Foto: Jan Jansen"}),
    ]
    story.save_revision().publish()
    edition = add_edition(
        magazine,
        "2021/07",
        [("Regio", [articles["tip"], story]), ("Beschouwing", [articles["essay"]])],
        cover_image=make_image("Omslag"),
        cover_credit="Beeld: redactie",
    )
    response = client.get(f"{edition.url}afdrukken/")
    page = soup(response)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("link", rel="canonical")["href"].endswith(edition.url)
    assert not page.select("header.ovn-header, footer, .ovn-nav, .ovn-breadcrumbs, form"), "no site chrome"
    toc = page.select_one(".ovn-print__toc")
    assert [text_of(li.a) for li in toc.select("li")] == [articles["tip"].title, story.title, articles["essay"].title]
    assert [ol["start"] for ol in toc.select("ol")] == ["1", "3"]
    printed = page.select(".ovn-print__article")
    assert [a.select_one(".ovn-print__number").get_text() for a in printed] == ["1", "2", "3"]
    assert "De gemeenten bouwden samen 400 woningen." in text_of(printed[1])
    assert story.intro in text_of(printed[1])
    credits = text_of(page.select_one(".ovn-print__credits"))
    assert "Omslag: Beeld: redactie" in credits and f"2. {story.title}: Foto: Jan Jansen" in credits
    assert "Samen werken we als één overheid." in text_of(page.select_one(".ovn-print__foreword"))


def test_an_edition_page_stays_flat(client, magazine, tree, django_assert_max_num_queries):
    pages = [make_content(tree, StoryPage, listing_image=make_image()) for _ in range(8)]
    signatories = [make_person(organisation=make_organisation()) for _ in range(3)] + [make_organisation("IPO")]
    edition = add_edition(
        magazine,
        "2021/07",
        [(f"Hoofdstuk {n}", pages[n * 2 : n * 2 + 2]) for n in range(4)],
        signatories=signatories,
        cover_image=make_image("Omslag"),
    )
    for url in (edition.url, magazine.url):
        assert client.get(url).status_code == 200
    cache.clear()
    Site.get_site_root_paths()
    with django_assert_max_num_queries(MAX_DETAIL_QUERIES):
        assert client.get(edition.url).status_code == 200


def test_the_overview_stays_flat(client, magazine, tree, django_assert_max_num_queries):
    story = make_content(tree, StoryPage)
    for n in range(6):
        add_edition(magazine, f"20{n:02d}/07", [("Hoofdstuk", [story])], cover_image=make_image(f"Omslag {n}"))
    assert client.get(magazine.url).status_code == 200
    cache.clear()
    Site.get_site_root_paths()
    with django_assert_max_num_queries(MAX_LISTING_QUERIES):
        page = soup(client.get(magazine.url))
    assert len(page.select(".ovn-edition-card")) == 6


def test_the_magazine_section_gets_the_editorial_groups_rights(magazine):
    granted = set(GroupPagePermission.objects.filter(page=magazine).values_list("group__name", "permission__codename"))
    assert (EDITORS, "add_page") in granted and (EDITORS, "publish_page") not in granted
    assert (REVIEWERS, "publish_page") in granted
    assert Group.objects.filter(name=EDITORS).exists()


def test_an_edition_is_in_the_sitemap_and_found_by_search(client, magazine, articles, search_index):
    edition = add_edition(magazine, "2021/07", [("Regio", [articles["story"]])], title="Grensverleggend samenwerken")
    assert edition.full_url in client.get("/sitemap.xml").content.decode()
    results = soup(client.get("/zoeken/", {"q": "grensverleggend samenwerken"}))
    assert edition.url in [a["href"] for a in results.select("#resultaten a")]


def test_a_signatory_is_a_person_or_an_organisation_not_both():
    from django.core.exceptions import ValidationError

    row = EditionSignatory(person=make_person(), organisation=make_organisation())
    with pytest.raises(ValidationError):
        row.clean()
    with pytest.raises(ValidationError):
        EditionSignatory().clean()


def test_an_edition_lives_only_in_the_one_magazine():
    assert EditionPage.allowed_parent_page_models() == [MagazinePage]
    assert MagazinePage.allowed_subpage_models() == [EditionPage]
    assert MagazinePage.max_count == 1
