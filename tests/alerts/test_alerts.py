"""E-mail alerts (issue 12): the whole path against a real SMTP server.

The test SMTP server (the `smtp` fixture, tests/servers.py) receives every mail;
the test follows the links in them as a reader would: subscribe, confirm,
receive exactly the matching new story, unsubscribe with one click, nothing
more. Following the magazine (issue 23) means a mail for each new edition.
"""

import datetime
import io
import re
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from articles.models import StoryPage, TipPage
from overheidvannu.alerts import following
from overheidvannu.alerts.models import Subscription
from overheidvannu.discovery.filters import ListingQuery

from ..factories import add_edition, add_magazine, make_content, make_opgave, make_region, make_theme
from ..servers import mail_server_down, mail_text, smtp_server

pytestmark = pytest.mark.django_db


def html_of(message):
    return message.get_body(("html",)).get_content()


def link_in(message, path):
    match = re.search(rf"http://testserver(/volgen/{path}/[^\s/]+/)", mail_text(message))
    assert match, mail_text(message)
    return match.group(1)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def subscribe(client, filters, address="lezer@example.org", frequency="dagelijks", **extra):
    return client.post(
        "/volgen/", {"filters": filters, "email": address, "frequency": frequency}, REMOTE_ADDR="10.0.0.1", **extra
    )


@pytest.fixture
def wonen_achterhoek(tree):
    opgave = make_opgave(tree, "Toekomstbestendig wonen", slug="toekomstbestendig-wonen")
    region = make_region(tree, "Achterhoek", slug="achterhoek")
    other = make_opgave(tree, "Regionale economie", slug="regionale-economie")
    return opgave, region, other


def test_subscribe_confirm_receive_only_the_match_and_unsubscribe_with_one_click(client, smtp, tree, wonen_achterhoek):
    opgave, region, other = wonen_achterhoek

    # The follow page says in words what is followed.
    response = client.get("/volgen/?type=verhaal&type=tip&opgave=toekomstbestendig-wonen&regio=achterhoek")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nieuwe verhalen en tips over de opgave Toekomstbestendig wonen, in de regio Achterhoek" in page
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]

    filters = "type=verhaal&type=tip&opgave=toekomstbestendig-wonen&regio=achterhoek"
    response = subscribe(client, filters)
    assert response.status_code == 303
    assert response["Location"] == "/volgen/aangevraagd/"
    assert "Controleer je e-mail" in client.get(response["Location"]).content.decode()

    # The first mail only asks to confirm; nothing is sent before confirmation.
    (confirmation,) = smtp.pop_all()
    assert confirmation.recipients == ["lezer@example.org"]
    assert "Bevestig" in confirmation["Subject"]
    assert "Toekomstbestendig wonen" in html_of(confirmation)
    make_content(tree, StoryPage, "Te vroeg: vóór de bevestiging", opgaven=[opgave], regions=[region])
    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert smtp.pop_all() == []

    confirm_path = link_in(confirmation, "bevestigen")
    response = client.get(confirm_path)  # a mail scanner opening the link confirms nothing
    assert response.status_code == 200
    assert Subscription.objects.get().confirmed_at is None
    response = client.post(confirm_path)
    assert response.status_code == 200
    assert "Aanmelding bevestigd" in response.content.decode()
    assert Subscription.objects.get().confirmed_at is not None

    make_content(tree, StoryPage, "Samen bouwen in Winterswijk", opgaven=[opgave], regions=[region])
    make_content(tree, StoryPage, "Banen in de Eemshaven", opgaven=[other], regions=[region])
    make_content(tree, TipPage, "Een tip over wonen elders", opgaven=[opgave])

    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (alert,) = smtp.pop_all()
    assert alert.recipients == ["lezer@example.org"]
    body = mail_text(alert)
    assert "Samen bouwen in Winterswijk" in body and "Samen bouwen in Winterswijk" in html_of(alert)
    assert "Banen in de Eemshaven" not in body
    assert "Een tip over wonen elders" not in body
    assert "Te vroeg" not in body  # published before the subscription was confirmed
    assert "http://testserver/verhalen/samen-bouwen-in-winterswijk/" in body
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = re.fullmatch(r"\s*<([^>\s]+)>\s*", str(alert["List-Unsubscribe"])).group(1)
    assert unsubscribe_url.startswith("http://testserver/volgen/afmelden/")
    assert "/volgen/beheren/" in body

    # Idempotent: a second run sends nothing.
    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert smtp.pop_all() == []

    # RFC 8058 one-click: a POST without cookies or CSRF token.
    response = client.post(
        unsubscribe_url.removeprefix("http://testserver"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not response.cookies
    assert Subscription.objects.count() == 0

    make_content(tree, StoryPage, "Nog een woonverhaal", opgaven=[opgave], regions=[region])
    later = timezone.now() + datetime.timedelta(days=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert smtp.pop_all() == []


def test_an_alert_lists_what_is_new_since_the_previous_mail_and_nothing_when_nothing_is_new(client, tree, mailoutbox):
    theme = make_theme("Sterk bestuur")
    subscription = Subscription.objects.create(
        email="a@example.org", filters=f"thema={theme.slug}", frequency="wekelijks", confirmed_at=timezone.now()
    )
    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mailoutbox == []  # nothing new: nothing sent

    make_content(tree, StoryPage, "Eerste", themes=[theme])
    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mailoutbox) == 1 and "Eerste" in mailoutbox[0].body

    make_content(tree, StoryPage, "Tweede", themes=[theme])
    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mailoutbox) == 1  # weekly: not due yet

    in_eight_days = timezone.now() + datetime.timedelta(days=8)
    with mock.patch("django.utils.timezone.now", return_value=in_eight_days):
        call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
        call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mailoutbox) == 2
    assert "Tweede" in mailoutbox[1].body and "Eerste" not in mailoutbox[1].body
    subscription.refresh_from_db()
    assert subscription.last_sent_at == in_eight_days


def test_a_deleted_theme_makes_an_alert_match_nothing_not_everything(tree, mailoutbox):
    theme = make_theme("Verdwijnt")
    Subscription.objects.create(
        email="a@example.org", filters=f"thema={theme.slug}", frequency="dagelijks", confirmed_at=timezone.now()
    )
    theme.delete()
    make_content(tree, StoryPage, "Over iets anders")
    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mailoutbox == []


def test_the_answer_never_reveals_whether_an_address_is_subscribed(client, tree, wonen_achterhoek, mailoutbox):
    filters = "opgave=toekomstbestendig-wonen"
    Subscription.objects.create(
        email="bekend@example.org", filters=filters, frequency="dagelijks", confirmed_at=timezone.now()
    )
    known = subscribe(client, filters, "bekend@example.org")
    unknown = subscribe(client, filters, "nieuw@example.org")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert [message.to for message in mailoutbox] == [["nieuw@example.org"]]

    # One pending confirmation per address per day, whatever is asked for.
    again = subscribe(client, "regio=achterhoek", "nieuw@example.org")
    assert (again.status_code, again["Location"]) == (unknown.status_code, unknown["Location"])
    assert len(mailoutbox) == 1
    assert Subscription.objects.filter(email="nieuw@example.org").count() == 1


def test_the_form_is_rate_limited_per_address_and_ip_address(client, tree, mailoutbox):
    statuses = [subscribe(client, "", f"x{n}@example.org" if n else "x@example.org").status_code for n in range(1)]
    for _ in range(5):
        statuses.append(subscribe(client, "", "x@example.org").status_code)
    assert statuses[:5] == [303] * 5
    assert statuses[5] == 429
    assert "te vaak" in subscribe(client, "", "x@example.org").content.decode()
    # Another visitor (IP address) is not affected.
    response = client.post(
        "/volgen/", {"filters": "", "email": "y@example.org", "frequency": "wekelijks"}, REMOTE_ADDR="10.0.0.2"
    )
    assert response.status_code == 303
    assert len(mailoutbox) == 2  # x's first request and y's; x's repeats were within a day


def test_bad_input_is_kept_with_a_dutch_message(client, tree):
    response = client.post(
        "/volgen/", {"filters": "thema=bestaat-niet", "email": "geen-adres", "frequency": "uurlijks"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Vul een geldig e-mailadres in" in page
    assert "Kies dagelijks of wekelijks" in page
    assert 'value="geen-adres"' in page
    assert 'aria-invalid="true"' in page
    response = client.post("/volgen/", b"email=%FF%FE&frequency=%C3", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


@pytest.mark.parametrize(
    "query",
    ["?opgave=bestaat-niet", "?jaar=abc&pagina=-1", "?thema=" + "x" * 3000, "?type=verhaal&sorteer=oud&q=woning"],
)
def test_any_query_string_gives_a_follow_page(client, tree, query):
    response = client.get("/volgen/" + query)
    assert response.status_code == 200


def test_without_smtp_the_follow_page_says_alerts_are_unavailable(client, tree, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = ""
    response = client.get("/volgen/?type=tip")
    assert response.status_code == 200
    assert "niet beschikbaar" in response.content.decode()
    assert subscribe(client, "type=tip").status_code == 200
    assert Subscription.objects.count() == 0


def test_a_mail_server_that_is_down_gives_the_same_answer_and_loses_nothing(client, tree, settings):
    # As in production: the mail goes through the outbox (overheidvannu/operations/mail.py).
    port = mail_server_down(settings, queued=True)
    response = subscribe(client, "type=tip")
    assert response.status_code == 303
    assert Subscription.objects.get().confirmed_at is None
    with smtp_server(port) as inbox:
        call_command("send_queued_mail", stdout=io.StringIO())  # the periodic job, or cron
        (confirmation,) = inbox.wait_for(1)
    assert confirmation["To"] == "lezer@example.org"


def test_links_that_are_tampered_with_or_expired_are_refused(client, tree, mailoutbox):
    subscribe(client, "type=tip")
    (confirmation,) = mailoutbox
    path = re.search(r"http://testserver(/volgen/bevestigen/[^\s/]+/)", confirmation.body).group(1)
    assert client.get(path[:-3] + "x/").status_code == 404
    in_eight_days = timezone.now() + datetime.timedelta(days=8)
    with mock.patch("django.core.signing.time.time", return_value=in_eight_days.timestamp()):
        assert client.post(path).status_code == 404
    assert Subscription.objects.get().confirmed_at is None
    assert client.get("/volgen/beheren/onzin/").status_code == 404
    assert client.post("/volgen/afmelden/onzin/").status_code == 404


def test_unconfirmed_requests_are_deleted_after_seven_days(client, tree, mailoutbox):
    subscribe(client, "type=tip")
    Subscription.objects.update(requested_at=timezone.now() - datetime.timedelta(days=8))
    call_command("send_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Subscription.objects.count() == 0


def test_manage_page_lists_an_address_s_alerts_and_unsubscribes_all(client, tree):
    from overheidvannu.alerts import tokens

    for filters in ("type=tip", "type=essay"):
        Subscription.objects.create(email="a@example.org", filters=filters, confirmed_at=timezone.now())
    Subscription.objects.create(email="b@example.org", filters="type=tip", confirmed_at=timezone.now())
    path = f"/volgen/beheren/{tokens.make('manage', 'a@example.org')}/"
    response = client.get(path)
    page = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert "Nieuwe tips" in page and "Nieuwe essays" in page
    assert "b@example.org" not in page
    client.post(path, {"actie": "alles-opzeggen"})
    assert list(Subscription.objects.values_list("email", flat=True)) == ["b@example.org"]


def test_listing_theme_opgave_and_region_pages_link_to_follow_their_filters(client, tree, wonen_achterhoek):
    opgave, region, _ = wonen_achterhoek
    theme = make_theme("Sterk bestuur")
    for page in (tree.kennisbank, tree.stories, opgave, region):
        page.save_revision().publish()
    assert 'href="/volgen/?type=verhaal"' in client.get("/verhalen/").content.decode()
    # The words of a listing are followed too.
    listing = client.get(f"/kennisbank/?thema={theme.slug}&q=x").content.decode()
    assert f'href="/volgen/?q=x&amp;thema={theme.slug}"' in listing
    assert f'href="/volgen/?thema={theme.slug}"' in client.get(f"/thema/{theme.slug}/").content.decode()
    assert 'href="/volgen/?opgave=toekomstbestendig-wonen"' in client.get(opgave.url).content.decode()
    assert 'href="/volgen/?regio=achterhoek"' in client.get(region.url).content.decode()


def test_editors_see_counts_per_selection_never_addresses(client, tree, django_user_model):
    from django.contrib.auth.models import Group

    from articles.permissions import EDITORS, REVIEWERS

    Subscription.objects.create(email="geheim@example.org", filters="type=tip", confirmed_at=timezone.now())
    reviewer = django_user_model.objects.create_user("eind", password="x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    editor = django_user_model.objects.create_user("red", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(reviewer)
    page = client.get("/admin/attenderingen/").content.decode()
    assert "Nieuwe tips" in page and "geheim@example.org" not in page
    client.force_login(editor)
    assert client.get("/admin/attenderingen/").status_code in (302, 403)


def test_a_selection_too_large_to_store_gets_a_message_not_an_error(client, tree):
    years = "&".join(f"jaar={year}" for year in range(1900, 2101))
    response = subscribe(client, years)
    assert response.status_code == 400
    assert "te veel filters" in response.content.decode()
    assert Subscription.objects.count() == 0


def test_every_address_costs_the_same_work_whether_new_pending_or_following(
    client, tree, database_tasks, mailoutbox, monkeypatch
):
    """Issue 25: `/volgen/` told by its timing whether an address was
    subscribed. Now the answer does the same queries and queues the same
    task for a new address, one with a pending request and one that already
    follows the filters; the worker decides the rest."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils.module_loading import import_string
    from django_tasks_db.models import DBTaskResult

    from articles.ratelimits import store

    Subscription.objects.create(email="volgt@example.org", filters="type=tip", confirmed_at=timezone.now())
    Subscription.objects.create(email="wacht@example.org", filters="type=essay")
    # Pruning ended rate-limit windows (once a minute per process) is no part of any one answer.
    monkeypatch.setattr(store, "_next_prune", float("inf"))

    def shape(sql):
        """A query without its values: what work it is, not for whom."""
        return re.sub(r"\d+", "?", re.sub(r"'(?:[^']|'')*'", "?", sql))

    def answer(address):
        before = set(DBTaskResult.objects.values_list("pk", flat=True))
        with CaptureQueriesContext(connection) as queries:
            response = subscribe(client, "type=tip", address)
        queued = DBTaskResult.objects.exclude(pk__in=before)
        return {
            "answer": (response.status_code, response["Location"]),
            "queries": [shape(query["sql"]) for query in queries.captured_queries],
            "tasks": [(task.task_path, len(task.args_kwargs["args"])) for task in queued],
        }

    answer("eerste@example.org")  # the site's own caches warm up on a first request
    new, pending, following = answer("nieuw@example.org"), answer("wacht@example.org"), answer("volgt@example.org")
    assert new == pending == following
    assert new["answer"] == (303, "/volgen/aangevraagd/")
    assert new["tasks"] == [("overheidvannu.alerts.tasks.request_subscription", 3)]
    assert not any("alerts_subscription" in query for query in new["queries"])
    assert mailoutbox == []

    # The worker's part: only the new address gets a confirmation request.
    for task in DBTaskResult.objects.filter(task_path__endswith="request_subscription"):
        import_string(task.task_path).call(*task.args_kwargs["args"], **task.args_kwargs["kwargs"])
    assert [message.to for message in mailoutbox] == [["eerste@example.org"], ["nieuw@example.org"]]
    assert Subscription.objects.filter(email="wacht@example.org").count() == 1
    assert Subscription.objects.filter(email="volgt@example.org").count() == 1


# --- words that read naturally --------------------------------------------------


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


# --- the magazine ----------------------------------------------------------------------
# `/volgen/?magazine=ja`, linked from the overview and every edition, means a mail when a
# new edition appears, not every new story.


def send_alerts():
    call_command("send_alerts", stdout=io.StringIO())


def test_the_follow_page_says_it_follows_new_editions(client, tree):
    page = client.get("/volgen/?magazine=ja").content.decode()
    assert "Nieuwe edities van het magazine Verbinden en verbeteren" in page
    assert re.search(r'name="filters" value="magazine=ja"', page)


def test_a_new_edition_is_mailed_and_new_stories_are_not(client, tree, mailoutbox):
    magazine = add_magazine(tree)
    assert subscribe(client, "magazine=ja").status_code == 303
    subscription = Subscription.objects.get()
    assert subscription.filters == "magazine=ja"
    subscription.confirmed_at = timezone.now()
    subscription.save()
    mailoutbox.clear()

    story = make_content(tree, StoryPage, "Een nieuw verhaal")
    send_alerts()
    assert mailoutbox == [], "a new story is not a new edition"

    edition = add_edition(magazine, "2022/03", [("Regio", [story])], title="Grenzeloos samenwerken")
    send_alerts()
    (mail,) = mailoutbox
    assert "Nieuwe edities van het magazine Verbinden en verbeteren" in mail.subject
    assert "Grenzeloos samenwerken" in mail.body and "Magazine" in mail.body
    assert f"http://testserver{edition.url}" in mail.body
    assert "http://testserver/magazine/" in mail.body
