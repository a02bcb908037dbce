"""Visitor pass two (issue 22), what needs no browser: one date format per
length, the forms' one voice and their character count rule, polite notes
for unknown filter values, the official order of opgaven and regions in the
facets, words that read naturally, and alerts that follow a listing's words."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from articles import dates
from articles.models import StoryPage, TipPage
from articles.public_forms import character_count
from overheidvannu.alerts import following
from overheidvannu.alerts.models import Subscription
from overheidvannu.discovery.filters import ListingQuery

from ..contact_form import GOOD, make_contact_page, post
from ..factories import make_content, make_opgave, make_region, make_theme

AMSTERDAM = datetime.timezone(datetime.timedelta(hours=1))  # December: CET


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


# --- dates ----------------------------------------------------------------------------


def test_one_date_format_for_each_length():
    day = datetime.date(2026, 12, 10)
    start = datetime.datetime(2026, 12, 10, 15, 0, tzinfo=AMSTERDAM)
    assert dates.short_date(day) == "10 dec 2026"
    assert dates.long_date(day) == "10 december 2026"
    assert dates.long_date(start) == "10 december 2026"
    assert dates.date_and_time(start) == "donderdag 10 december 2026, 15:00"
    assert dates.time_span(start, start + datetime.timedelta(minutes=75)) == "donderdag 10 december 2026, 15:00–16:15"
    assert (
        dates.time_span(start, start + datetime.timedelta(days=1))
        == "donderdag 10 december 2026, 15:00 tot vrijdag 11 december 2026, 15:00"
    )
    # A moment is read in Amsterdam: 23:30 UTC on 31 December is New Year's Day there.
    assert dates.long_date(datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC)) == "1 januari 2027"
    assert dates.long_date(None) == ""


@pytest.mark.django_db
def test_publication_dates_and_progress_read_the_same_everywhere(client, tree):
    story = make_content(tree, StoryPage, "Een verhaal")
    written = dates.long_date(story.publication_date)
    page = soup(client.get(story.url))
    assert page.select_one(".ovn-meta time").get_text() == written
    listed = soup(client.get("/kennisbank/"))
    assert listed.select_one("#resultaten time").get_text() == written


# --- forms ----------------------------------------------------------------------------


def test_the_character_count_rule():
    assert character_count("regel een\r\nregel twee") == len("regel een\nregel twee")
    assert character_count("a\rb") == 3
    assert character_count("  tekst  \r\n") == 5
    assert character_count("😀") == 1


@pytest.mark.django_db
def test_a_text_at_the_limit_with_line_breaks_is_accepted(client, tree):
    make_contact_page(tree)
    # 5,000 characters as the visitor's count shows them, 5,010 as the browser sends them (CRLF).
    body = ("a" * 4980) + ("\r\nb" * 10)
    assert len(body) == 5010 and character_count(body) == 5000
    response = post(client, {**GOOD, "bericht": body})
    assert response.status_code == 200, re.findall(r'class="ovn-form-field__error"[^>]*>(.*?)</p>', response.text)
    assert FormSubmission.objects.count() == 1
    over = post(client, {**GOOD, "bericht": body + "c"}, ip="10.0.0.77")
    assert over.status_code == 400
    assert "‘Bericht’ mag hooguit 5.000 tekens lang zijn. Haal er nog 1 teken af." in over.text


@pytest.mark.django_db
def test_both_forms_speak_with_one_voice_and_name_their_tokens(client, tree):
    page = make_contact_page(tree)
    page.form_fields.filter(label="Naam").update(label="Je naam")
    page.form_fields.filter(label="E-mailadres").update(label="Je e-mailadres")
    contact = soup(post(client, {"naam": "", "e_mailadres": "", "bericht": "x"}))
    follow = soup(client.post("/volgen/", {"filters": "", "email": "", "frequency": "dagelijks"}))
    for form_page in (contact, follow):
        assert form_page.title.get_text().startswith("Fout: ")
        summary = form_page.select_one("main > [data-error-summary]")
        assert summary is not None and summary["tabindex"] == "-1"
        assert summary.find_previous_sibling() is None  # the first thing in <main>
    assert "Vul je naam in." in contact.select_one("[data-error-summary]").get_text()
    assert "Vul je e-mailadres in." in contact.select_one("[data-error-summary]").get_text()
    assert "Vul je e-mailadres in." in follow.select_one("[data-error-summary]").get_text()
    assert contact.select_one("input[name=naam]")["autocomplete"] == "name"
    assert contact.select_one("input[name=e_mailadres]")["autocomplete"] == "email"
    assert follow.select_one("input[name=email]")["autocomplete"] == "email"
    name = contact.select_one("input[name=naam]")
    assert name["aria-invalid"] == "true"
    assert contact.find(id=name["aria-describedby"]).get_text() == "Fout: Vul je naam in."
    # The limit of a long text is stated without JavaScript, and the browser never cuts it.
    textarea = contact.select_one("textarea[name=bericht]")
    assert not textarea.has_attr("maxlength") and textarea["data-maxlength"] == "5000"
    assert "hooguit 5.000 tekens" in contact.find(id=textarea["aria-describedby"].split()[0]).get_text()


# --- listings ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/kennisbank/", "/verhalen/", "/zoeken/"])
def test_an_unknown_filter_value_gets_a_polite_note(client, tree, path):
    theme = make_theme("Sterk bestuur")
    make_content(tree, StoryPage, "Samenwerking in de regio", themes=[theme])
    response = client.get(f"{path}?q=samenwerking&thema=bestaat-niet&thema={theme.slug}&jaar=abc&opgave=<b>x</b>")
    assert response.status_code == 200
    notes = [p.get_text() for p in soup(response).select(".ovn-notice__text")]
    assert notes == [
        "Het thema ‘bestaat-niet’ kennen we niet; we hebben het genegeerd.",
        "De opgave ‘<b>x</b>’ kennen we niet; we hebben die genegeerd.",
        "Het jaar ‘abc’ kennen we niet; we hebben het genegeerd.",
    ]
    assert "<b>x</b>" not in response.text  # shown as text, never as markup
    assert not soup(client.get(f"{path}?thema={theme.slug}")).select(".ovn-notice")


@pytest.mark.django_db
def test_opgaven_and_regions_keep_their_official_order_in_the_facets(client, tree):
    opgaven = [make_opgave(tree, title) for title in ("Zorg", "Klimaat", "Overkoepelende thema's")]
    regions = [make_region(tree, title) for title in ("West-Brabant", "Achterhoek")]
    make_content(tree, StoryPage, "Overal", opgaven=opgaven, regions=regions)
    page = soup(client.get("/kennisbank/"))
    assert [i["value"] for i in page.select("#facet-opgave input")] == [o.slug for o in opgaven]
    assert [i["value"] for i in page.select("#facet-regio input")] == [r.slug for r in regions]
    # The same order on the region page.
    region = regions[0]
    region.opgaven.set(opgaven)
    region.save_revision().publish()
    listed = soup(client.get(region.url)).select("section[aria-labelledby=opgaven-kop] a")
    assert [a.get_text() for a in listed] == [o.title for o in opgaven]


@pytest.mark.django_db
def test_a_page_without_results_offers_no_filters_and_a_zero_result_search_no_sort(client, tree):
    make_content(tree, StoryPage, "Iets")
    page = soup(client.get("/kennisbank/?jaar=1901"))
    assert page.select_one("#resultaten-aantal").get_text() == "0 resultaten"
    assert not page.select(".ovn-filter-panel") and "Toon 0" not in page.get_text()
    search = soup(client.get("/zoeken/?q=qqqzzzxxx"))
    assert not search.select(".ovn-filter-panel") and not search.select("#f-sorteer")
    assert "Bedoelde u" not in search.get_text()


# --- words ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_alert_description_reads_naturally(tree):
    opgave = make_opgave(tree, "Toekomstbestendig wonen", slug="toekomstbestendig-wonen")
    make_region(tree, "Achterhoek", slug="achterhoek")
    theme = make_theme("In de regio")
    query = following.read(f"type=verhaal&opgave={opgave.slug}&thema={theme.slug}&regio=achterhoek")
    assert following.describe(query) == (
        "Nieuwe verhalen over de opgave Toekomstbestendig wonen, met het thema ‘In de regio’, in de regio Achterhoek"
    )
    assert following.describe(following.read("q=woningbouw")) == (
        "Nieuwe verhalen, essays, tips en evenementen met de zoekwoorden ‘woningbouw’"
    )


@pytest.mark.django_db
def test_following_a_listing_with_words_follows_the_words(client, tree, mailoutbox, search_index):
    page = soup(client.get("/kennisbank/?q=woningbouw&type=verhaal"))
    follow = page.select_one("a.ovn-follow-link")["href"]
    assert follow == "/volgen/?q=woningbouw&type=verhaal"
    before = soup(client.get(follow))
    assert "met de zoekwoorden ‘woningbouw’" in before.select_one(".ovn-follow__description").get_text()
    Subscription.objects.create(
        email="a@example.org", filters="q=woningbouw&type=verhaal", frequency="dagelijks", confirmed_at=timezone.now()
    )
    make_content(tree, StoryPage, "Woningbouw in de Achterhoek")
    make_content(tree, StoryPage, "Schulden voorkomen")
    make_content(tree, TipPage, "Tip over woningbouw")
    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (mail,) = mailoutbox
    assert "Woningbouw in de Achterhoek" in mail.body
    assert "Schulden voorkomen" not in mail.body and "Tip over woningbouw" not in mail.body
    assert ListingQuery({}).ignored == []
