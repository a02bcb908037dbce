"""One event date everywhere, the agenda's order, `jaar` semantics, the
themes overview and the `.ics` download (issue 13)."""

import datetime
import json

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone

from articles.calendar import escape_text, event_ics, fold
from articles.dates import date_and_time
from articles.models import ContentPage, EventPage, StoryPage, TipPage

from ..factories import SiteTree, make_content, make_opgave, make_region, make_theme, search_indexing_on

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_links(response):
    return [li.find("a")["href"] for li in soup(response).select("#resultaten > li")]


def at(days, hour=15):
    """A moment `days` from now at `hour` (local time)."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture(scope="module")
def agenda(module_transaction):
    """Events to come and past, news and a tip, built once for the module
    (each test's changes are rolled back), with the search index on."""
    with module_transaction.unblock(), search_indexing_on():
        tree = SiteTree()
        return {**build_agenda(tree), "tree": tree}


@pytest.fixture
def tree(agenda):
    return agenda["tree"]


def build_agenda(tree):
    theme = make_theme("Sturen in netwerken")
    opgave, region = make_opgave(tree, "Klimaat"), make_region(tree, "Achterhoek")
    common = {"themes": [theme], "opgaven": [opgave], "regions": [region], "levels": ["netwerk"]}
    today = timezone.localdate()
    pages = {
        # Announced today, held in half a year: the date everywhere is when it takes place.
        "far": make_content(tree, EventPage, "Ver weg", start=at(180), publication_date=today, **common),
        "next": make_content(
            tree,
            EventPage,
            "Eerstvolgende",
            start=at(3),
            publication_date=today - datetime.timedelta(days=30),
            **common,
        ),
        "soon": make_content(
            tree, EventPage, "Daarna", start=at(10), publication_date=today - datetime.timedelta(days=1), **common
        ),
        "past": make_content(
            tree,
            EventPage,
            "Vorige maand",
            start=at(-30),
            publication_date=today - datetime.timedelta(days=60),
            **common,
        ),
        "older": make_content(
            tree,
            EventPage,
            "Lang geleden",
            start=at(-90),
            publication_date=today - datetime.timedelta(days=120),
            **common,
        ),
        "news": make_content(tree, StoryPage, "Nieuws van vandaag", publication_date=today, **common),
        "tip": make_content(
            tree, TipPage, "Tip van gisteren", publication_date=today - datetime.timedelta(days=1), **common
        ),
    }
    return {"pages": pages, "theme": theme, "opgave": opgave, "region": region}


def urls(agenda, *keys):
    return [agenda["pages"][key].url for key in keys]


def test_display_date_is_stored_on_save(agenda):
    event = ContentPage.objects.get(pk=agenda["pages"]["far"].pk)
    assert event.display_date == agenda["pages"]["far"].start
    assert event.display_end == agenda["pages"]["far"].end
    assert event.display_place == "online"
    story = ContentPage.objects.get(pk=agenda["pages"]["news"].pk)
    assert timezone.localtime(story.display_date).date() == story.publication_date
    assert story.display_end is None


def group_heading(page):
    """The heading above the page's list of results (outside every <li>)."""
    heading = page.select_one("#groep-kop")
    assert heading is not None and not heading.find_parent("li")
    assert heading.find_next_sibling("ol")["id"] == "resultaten"
    return heading.get_text(strip=True)


def test_agenda_lists_upcoming_soonest_first_then_past_under_a_heading(client, agenda):
    response = client.get("/agenda/")
    # The events to come, under their heading; the past ones start on a page of their own.
    assert result_links(response) == urls(agenda, "next", "soon", "far")
    assert soup(response).select_one("#resultaten-aantal").get_text() == "5 resultaten"
    page = soup(response)
    assert group_heading(page) == "Komende evenementen"
    assert not page.select("#resultaten .ovn-results__group")
    assert page.select_one(".ovn-agenda-past-link a")["href"] == "?pagina=2"
    # No "Evenement" on every item of the agenda.
    assert not page.select("#resultaten .ovn-result__kind")
    assert page.select_one("#f-sorteer option[selected]").get_text() == "Eerstvolgende eerst"
    past = client.get("/agenda/?pagina=2")
    assert result_links(past) == urls(agenda, "past", "older")
    page = soup(past)
    assert group_heading(page) == "Afgelopen evenementen"
    assert page.select_one("#resultaten")["start"] == "4"
    # Marked once, by the heading: no "Afgelopen" badge on each.
    assert not page.select("#resultaten .ovn-badge--past")
    assert [li.get("class") for li in page.select("#resultaten > li")] == [["ovn-result", "ovn-result--past"]] * 2


def test_newest_first_never_puts_future_events_above_todays_news(client, agenda):
    links = result_links(client.get("/kennisbank/"))
    assert links[0] == agenda["pages"]["news"].url
    # Events still to come follow everything that has happened, soonest first.
    assert links[-3:] == urls(agenda, "next", "soon", "far")
    # A past event counts from when it took place.
    assert links.index(agenda["pages"]["past"].url) < links.index(agenda["pages"]["older"].url)


def test_jaar_is_the_year_an_event_takes_place(client, agenda):
    far = agenda["pages"]["far"]
    year = timezone.localtime(far.start).year
    other = timezone.localdate().year if year != timezone.localdate().year else year - 1
    assert far.url in result_links(client.get(f"/kennisbank/?jaar={year}"))
    assert far.url not in result_links(client.get(f"/kennisbank/?jaar={other}&jaar={year - 5}"))
    year_options = [el["value"] for el in soup(client.get("/agenda/")).select("#facet-jaar input")]
    assert str(year) in year_options


def event_line(event):
    return f"{timezone.localtime(event.start):%-d} "


@pytest.mark.parametrize(
    "path",
    ["/kennisbank/", "/agenda/", "/thema/sturen-in-netwerken/", "OPGAVE", "REGION", "RELATED", "HOME", "SEARCH"],
)
def test_one_event_date_on_every_surface(client, agenda, path):
    # The soonest upcoming event: within the first few items on every surface.
    far = agenda["pages"]["next"]
    if path == "OPGAVE":
        path = agenda["opgave"].url
    elif path == "REGION":
        path = agenda["region"].url
    elif path == "RELATED":
        # Related lists favour what has happened: the past event is among the four.
        far = agenda["pages"]["past"]
        path = agenda["pages"]["news"].url
    elif path == "HOME":
        path = "/"
    elif path == "SEARCH":
        path = "/zoeken/?q=Achterhoek"
    page = soup(client.get(path))
    link = page.find("a", href=far.url)
    assert link is not None, path
    container = link.find_parent("li")
    time = container.find("time")
    start = timezone.localtime(far.start)
    assert time["datetime"] == start.isoformat(), path
    # "donderdag 10 december 2026, 15:00", then the place: the site's one format with a time.
    assert time.get_text() == date_and_time(far.start), path
    assert f"{start.day} " in time.get_text() and f"{start.year}, 15:00" in time.get_text(), path
    assert container.select_one(".ovn-date__place").get_text() == "online", path
    text = container.get_text(" ", strip=True)
    assert "Gepubliceerd" not in text


def test_event_page_puts_date_place_and_registration_under_the_title(client, agenda):
    event = agenda["pages"]["next"]
    event.registration_url = "https://example.org/aanmelden"
    event.save_revision().publish()
    page = soup(client.get(event.url))
    header = page.select_one(".ovn-page-header")
    assert header.find("h1").find_next_sibling().name == "section"
    facts = header.select_one(".ovn-event-facts")
    assert facts.find("time")["datetime"] == timezone.localtime(event.start).isoformat()
    assert facts.find("a", href="https://example.org/aanmelden").get_text().startswith("Meld je aan")
    assert facts.find("a", href=f"{event.url}evenement.ics")
    assert "Gepubliceerd" not in header.get_text()


def test_past_event_is_marked(client, agenda):
    page = soup(client.get(agenda["pages"]["past"].url))
    assert page.select_one(".ovn-event-facts .ovn-badge--past").get_text() == "Afgelopen"
    assert not page.find("a", href=f"{agenda['pages']['past'].url}evenement.ics")


def test_ics_download(client, agenda):
    event = agenda["pages"]["far"]
    event.title = "Webinar: samen, sterk; en \\ meer"
    event.save_revision().publish()
    response = client.get(f"{event.url}evenement.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Webinar: samen\\, sterk\\; en \\\\ meer\r\n" in unfolded
    assert f"DTSTART:{event.start.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}" in unfolded
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert client.get(f"{agenda['pages']['news'].url}evenement.ics").status_code == 404


def test_ics_escaping_and_folding():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    long = "DESCRIPTION:" + "é" * 80
    folded = fold(long)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == long

    class Event:
        pk, title, intro, online, location, organiser = 1, "T", "I", False, "Utrecht, Stadhuis", "X"
        start = datetime.datetime(2026, 12, 10, 14, tzinfo=datetime.UTC)
        end = start + datetime.timedelta(hours=2)

    assert "LOCATION:Utrecht\\, Stadhuis" in event_ics(Event, "https://x/e/", host="x")


def test_theme_overview(client, agenda):
    make_theme("Leeg thema", description="Nog niets.")
    response = client.get("/thema/")
    assert response.status_code == 200
    page = soup(response)
    assert page.find("h1").get_text() == "Thema's"
    items = page.select(".ovn-theme-list__item")
    texts = {item.find("a").get_text(): item.get_text(" ", strip=True) for item in items}
    assert "7 resultaten" in texts["Sturen in netwerken"]
    assert "0 resultaten" in texts["Leeg thema"] and "Nog niets." in texts["Leeg thema"]
    nav = [a["href"] for a in page.select("nav[aria-label=Hoofdmenu] a")]
    assert "/thema/" in nav
    assert "http://testserver/thema/" in client.get("/sitemap.xml").content.decode()
    assert "http://testserver/thema/sturen-in-netwerken/" in client.get("/sitemap.xml").content.decode()


def test_theme_breadcrumbs_pass_through_the_overview(client, agenda):
    page = soup(client.get("/thema/sturen-in-netwerken/"))
    crumbs = [el.get_text(strip=True) for el in page.select(".utrecht-breadcrumb-nav__item")]
    assert crumbs == ["Home", "Thema's", "Sturen in netwerken"]


def test_opgave_and_region_show_the_first_few_with_toon_alle_n(client, agenda):
    opgave = soup(client.get(agenda["opgave"].url))
    link = opgave.find("a", href="/kennisbank/?opgave=klimaat")
    assert link.get_text(" ", strip=True).startswith("Toon alle 7")
    assert len(opgave.select("#inhoud-kop ~ ol > li, section[aria-labelledby=inhoud-kop] ol > li")) == 6
    region = soup(client.get(agenda["region"].url))
    texts = [a.get_text(" ", strip=True) for a in region.find_all("a") if a.get_text().startswith("Toon alle")]
    assert texts[0].startswith("Toon alle 1 ") and texts[1].startswith("Toon alle 6 ")


# --- over time: a running event, an agenda with nothing to come (issue 19) ----------


def during(event, minutes=30):
    """The clock `minutes` after `event` began (it runs two hours)."""
    return time_machine.travel(event.start + datetime.timedelta(minutes=minutes))


@pytest.mark.parametrize(
    "path", ["/kennisbank/", "/agenda/", "/thema/sturen-in-netwerken/", "OPGAVE", "REGION", "HOME", "SEARCH"]
)
def test_a_running_event_is_nu_bezig_on_every_surface(client, agenda, path):
    event = agenda["pages"]["next"]
    path = {"OPGAVE": agenda["opgave"].url, "REGION": agenda["region"].url, "HOME": "/"}.get(path, path)
    path = "/zoeken/?q=Eerstvolgende" if path == "SEARCH" else path
    with during(event):
        page = soup(client.get(path))
    item = page.find("a", href=event.url).find_parent("li")
    assert item.select_one(".ovn-badge--now").get_text() == "Nu bezig", path
    assert not item.select(".ovn-badge--past"), path
    # Only the running one: what is still to come or over is not "Nu bezig".
    assert len(page.select(".ovn-badge--now")) == 1, path


def test_home_keeps_a_running_event_in_binnenkort(client, agenda):
    with during(agenda["pages"]["next"], minutes=90):
        page = soup(client.get("/"))
    binnenkort = page.find("section", attrs={"aria-labelledby": "agenda-kop"})
    titles = [a.get_text() for a in binnenkort.select(".ovn-upcoming__title a")]
    assert titles == ["Eerstvolgende", "Daarna", "Ver weg"]


def test_agenda_keeps_a_running_event_first_among_the_events_to_come(client, agenda):
    with during(agenda["pages"]["next"]):
        page = soup(client.get("/agenda/"))
    first = page.select_one("#resultaten > li")
    assert group_heading(page) == "Komende evenementen"
    assert first.find("a")["href"] == agenda["pages"]["next"].url
    assert not page.select(".ovn-agenda-empty")


def test_a_running_event_no_longer_offers_sign_up(client, agenda):
    event = EventPage.objects.get(pk=agenda["pages"]["next"].pk)  # as stored: other tests' changes were undone
    event.registration_url = "https://example.org/aanmelden"
    event.save_revision().publish()
    before = soup(client.get(event.url))
    assert before.find("a", href="https://example.org/aanmelden")
    assert "offers" in event_jsonld_of(before)
    with during(event):
        page = soup(client.get(event.url))
    facts = page.select_one(".ovn-event-facts")
    assert facts.select_one(".ovn-badge--now").get_text() == "Nu bezig"
    assert not page.find("a", href="https://example.org/aanmelden")
    assert "Meld je aan" not in facts.get_text()
    assert "aanmelden kan niet meer" in facts.get_text()
    data = event_jsonld_of(page)
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert "offers" not in data


def event_jsonld_of(page):
    return json.loads(page.select_one('script[type="application/ld+json"]').string)


def test_agenda_with_nothing_to_come_says_so_with_feed_and_alert_links(client, agenda):
    assert not soup(client.get("/agenda/")).select(".ovn-agenda-empty")
    # A day after the last event ended: only past events remain.
    with time_machine.travel(agenda["pages"]["far"].end + datetime.timedelta(days=1)):
        page = soup(client.get("/agenda/"))
    empty = page.select_one(".ovn-agenda-empty")
    assert "Er staan nu geen evenementen gepland." in empty.get_text(" ", strip=True)
    links = {a.get_text(strip=True): a["href"] for a in empty.find_all("a")}
    assert links["Volg via e-mail"] == "/volgen/?type=evenement"
    assert links["volg de Atom-feed"] == "/agenda/feed/"
    # The past events still follow, under their own heading.
    assert result_links_of(page) == urls(agenda, "far", "soon", "next", "past", "older")
    assert group_heading(page) == "Afgelopen evenementen"


def test_agenda_filtered_to_nothing_says_nothing_is_planned_there(client, agenda):
    year = timezone.localdate().year - 5
    page = soup(client.get(f"/agenda/?jaar={year}"))
    empty = page.select_one(".ovn-agenda-empty")
    assert "Er staan nu geen evenementen gepland met deze filters." in empty.get_text(" ", strip=True)
    assert empty.find("a", href="/agenda/", string="wis alle filters")
    assert not page.select("#resultaten > li")
    assert "Er is niets gevonden" not in page.get_text()


def result_links_of(page):
    return [li.find("a")["href"] for li in page.select("#resultaten > li")]
