"""The home page (intro, newest content, entries, upcoming events) and a
theme's page (its content newest first, paginated, with its feed)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from articles.models import EventPage, TipPage

from ..factories import make_content, make_opgave, make_region, make_theme

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(page):
    return " ".join(page.get_text(" ").split())


def publish(page):
    page.save_revision().publish()
    return page


def test_home_shows_intro_newest_content_entries_and_upcoming_events(client, tree):
    tree.home.intro = "Overheid van Nu helpt professionals samenwerken. Over alle overheidslagen heen."
    publish(tree.home)
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    region = make_region(tree, "Achterhoek")
    theme = make_theme("Sturen in netwerken")
    for n in range(7):
        make_content(tree, TipPage, f"Tip {n}", themes=[theme], publication_date=datetime.date(2025, 1, n + 1))
    now = timezone.now()
    # Announced more recently than any tip, but events belong in the agenda.
    announced = datetime.date(2026, 1, 1)
    later = make_content(
        tree, EventPage, "Later evenement", start=now + datetime.timedelta(days=30), publication_date=announced
    )
    soon = make_content(
        tree, EventPage, "Eerstvolgend evenement", start=now + datetime.timedelta(days=3), publication_date=announced
    )
    make_content(tree, EventPage, "Voorbij evenement", start=now - datetime.timedelta(days=3))

    page = soup(client.get("/"))

    assert "helpt professionals samenwerken" in text_of(page)
    newest = [a.get_text() for a in page.select("[aria-labelledby=nieuw-kop] .ovn-card__link")]
    assert [title.strip() for title in newest] == [f"Tip {n}" for n in range(6, 0, -1)]
    agenda = [a.get_text() for a in page.select(".ovn-upcoming a")]
    assert agenda[:2] == [soon.title, later.title]
    assert "Voorbij evenement" not in agenda
    hrefs = {a["href"] for a in page.find_all("a", href=True)}
    assert opgave.url in hrefs and region.url in hrefs
    assert {f"/kennisbank/?niveau={slug}" for slug in ("individu", "organisatie", "netwerk")} <= hrefs
    assert page.select(".utrecht-breadcrumb-nav") == []


def test_theme_page_lists_its_content_newest_first_with_pagination(client, tree):
    theme = make_theme("Strategie en toekomst", slug="strategie", description="Vooruitkijken met elkaar.")
    for n in range(14):
        make_content(tree, TipPage, f"Tip {n:02d}", themes=[theme], publication_date=datetime.date(2024, 1, n + 1))
    make_content(tree, TipPage, "Ander thema", themes=[make_theme()])

    first = soup(client.get("/thema/strategie/"))
    second = soup(client.get("/thema/strategie/", {"pagina": "2"}))

    assert first.h1.get_text() == "Strategie en toekomst"
    assert "Vooruitkijken met elkaar." in text_of(first)
    titles = [a.get_text() for a in first.select(".ovn-card__link")]
    assert titles[:2] == ["Tip 13", "Tip 12"] and len(titles) == 12
    assert [a.get_text() for a in second.select(".ovn-card__link")] == ["Tip 01", "Tip 00"]
    assert first.select_one('a[rel="next"]')["href"] == "?pagina=2"
    crumbs = [li.get_text().strip() for li in first.select(".utrecht-breadcrumb-nav__item")]
    assert crumbs == ["Home", "Thema's", "Strategie en toekomst"]
    # The listing contract: total count, result items with their link first, and a feed of exactly them.
    assert first.find(id="resultaten-aantal").get_text(strip=True) == "14 resultaten"
    items = first.find("ol", id="resultaten").find_all("li", recursive=False)
    assert [li.find("a").get_text(strip=True) for li in items][:2] == ["Tip 13", "Tip 12"]
    feed_href = first.find("link", rel="alternate", type="application/atom+xml")["href"]
    feed = client.get(feed_href)
    assert feed.status_code == 200 and feed.content.decode().count("<entry>") == 14


def test_unknown_theme_or_page_past_the_end_is_a_404(client, tree):
    make_theme("Bestaat", slug="bestaat")
    assert client.get("/thema/bestaat-niet/").status_code == 404
    assert client.get("/thema/bestaat/", {"pagina": "3"}).status_code == 404
    assert client.get("/thema/bestaat/", {"pagina": "abc"}).status_code == 200
