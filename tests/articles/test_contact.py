"""Tip de redactie (`/contact/`, issue 12): a Wagtail form page with a
honeypot, a rate limit, Dutch messages that keep the input, a notification
to the editors over real SMTP, and deletion after the stated period; and
what it shares with the alerts' form (articles/public_forms.py): one voice
for errors and one character count."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from articles.public_forms import character_count

from ..contact_form import GOOD, make_contact_page, post
from ..servers import mail_server_down, mail_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact(tree):
    return make_contact_page(tree)


def field_names(client):
    return re.findall(r'name="([^"]+)"', client.get("/contact/").content.decode())


def test_the_form_page_shows_the_editors_fields_and_may_set_only_the_csrf_cookie(client, contact):
    response = client.get("/contact/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Tip de redactie</h1>" in page
    for name in ("naam", "e_mailadres", "bericht", "link", "website"):
        assert f'name="{name}"' in page
    assert set(response.cookies) <= {"csrftoken"}
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_a_tip_is_stored_confirmed_in_dutch_and_mailed_to_the_editors(client, contact, smtp):
    response = post(client, GOOD)
    assert response.status_code == 200
    assert "Bedankt voor je tip" in response.content.decode()
    submission = FormSubmission.objects.get()
    assert submission.get_data()["bericht"] == GOOD["bericht"]
    (notification,) = smtp.pop_all()
    assert notification.recipients == ["redactie@example.org"]
    assert notification["Subject"] == "Nieuwe tip"
    assert notification["Reply-To"] == "anna@example.org"
    assert "klimaatadaptatie" in mail_text(notification)


def test_a_mail_server_that_is_down_keeps_the_tip(client, contact, settings):
    mail_server_down(settings)
    response = post(client, GOOD)
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1


def test_the_honeypot_catches_a_bot_without_telling_it(client, contact, mailoutbox):
    response = post(client, {**GOOD, "website": "https://spam.example"})
    assert response.status_code == 200
    assert "Bedankt" in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mailoutbox == []


def test_submissions_are_rate_limited_per_ip_address(client, contact):
    statuses = [post(client, GOOD).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    response = post(client, GOOD)
    assert "te vaak" in response.content.decode()
    assert GOOD["bericht"] in response.content.decode()  # input kept
    assert post(client, GOOD, ip="10.0.0.10").status_code == 200
    assert FormSubmission.objects.count() == 6


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({**GOOD, "naam": ""}, "Vul ‘Naam’ in."),
        ({**GOOD, "e_mailadres": "anna-at-example"}, "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."),
        (
            {**GOOD, "link": "niet zomaar tekst met spaties"},
            "Vul een geldig webadres in, zoals https://www.voorbeeld.nl.",
        ),
        ({**GOOD, "bericht": "x" * 5001}, "‘Bericht’ mag hooguit 5.000 tekens lang zijn. Haal er nog 1 teken af."),
        ({**GOOD, "naam": "n" * 300}, "‘Naam’ mag hooguit 255 tekens lang zijn."),
    ],
)
def test_bad_input_gets_a_dutch_message_and_is_kept(client, contact, data, message):
    response = post(client, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert "<title>Fout: " in page and "Er is een probleem" in page
    assert 'aria-invalid="true"' in page
    assert "anna" in page.lower()  # what was typed is still there
    assert FormSubmission.objects.count() == 0


def test_non_utf8_and_garbage_never_give_a_server_error(client, contact):
    body = b"naam=%FF%FE&e_mailadres=anna%40example.org&bericht=%C3%28%A0"
    response = client.post("/contact/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 400)
    response = client.post("/contact/", b"\xff\xfe\x00garbage", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    response = client.post("/contact/", {"naam": ["a", "b"], "bericht": "\x00nul"})
    assert response.status_code == 400


def test_old_submissions_are_deleted_after_the_stated_period(client, contact, settings):
    post(client, GOOD)
    post(client, {**GOOD, "naam": "Bert"})
    old = FormSubmission.objects.order_by("pk").first()
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=settings.CONTACT_SUBMISSION_RETENTION_DAYS + 1)
    )
    call_command("delete_old_submissions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [s.get_data()["naam"] for s in FormSubmission.objects.all()] == ["Bert"]


def test_editors_see_submissions_in_the_admin(client, contact, admin_user):
    post(client, GOOD)
    client.force_login(admin_user)
    response = client.get(f"/admin/forms/submissions/{contact.pk}/")
    assert response.status_code == 200
    assert "Anna de Vries" in response.content.decode()


def test_the_rate_limit_counts_the_visitor_behind_the_proxy_not_the_proxy(client, contact, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(5):
        assert post(client, GOOD, ip="10.9.9.9", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code == 200
    # A forged first entry does not make a new visitor: the proxy's own entry counts.
    for _ in range(5):
        post(client, GOOD, ip="10.9.9.9", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")
    assert post(client, GOOD, ip="10.9.9.9", HTTP_X_FORWARDED_FOR="5.6.7.8, 198.51.100.7").status_code == 429


# --- the public forms' one voice --------------------------------------------------


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


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
