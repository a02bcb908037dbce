"""Wagtail's "Wachtwoord vergeten?" (/admin/password_reset/, issue 25):
limited per client and per target address like the public forms, with the
same answer whether or not an account has the address."""

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("redacteur", "redacteur@example.org", "een-lang-geheim-wachtwoord")


def ask(client, email, ip):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=ip)


def test_at_most_three_reset_mails_an_hour_reach_one_address_whoever_asks(client, editor, mailoutbox):
    answers = [ask(client, "redacteur@example.org", f"192.0.2.{n}") for n in range(1, 7)]
    assert {(answer.status_code, answer["Location"]) for answer in answers} == {(302, "/admin/password_reset/done/")}
    assert [message.to for message in mailoutbox] == [["redacteur@example.org"]] * 3
    # Upper case is the same address.
    ask(client, "Redacteur@Example.org", "192.0.2.50")
    assert len(mailoutbox) == 3


def test_the_answer_is_the_same_whether_or_not_an_account_has_the_address(client, editor, mailoutbox):
    known = ask(client, "redacteur@example.org", "192.0.2.1")
    unknown = ask(client, "niemand@example.org", "192.0.2.2")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert [message.to for message in mailoutbox] == [["redacteur@example.org"]]


def test_one_client_may_ask_ten_times_an_hour_then_gets_a_dutch_429(client, editor, mailoutbox):
    statuses = [ask(client, f"iemand{n}@example.org", "198.51.100.7").status_code for n in range(10)]
    assert statuses == [302] * 10
    for email in ("redacteur@example.org", "niemand@example.org"):
        refused = ask(client, email, "198.51.100.7")
        assert refused.status_code == 429
        page = refused.content.decode()
        assert "Je hebt te vaak een nieuw wachtwoord aangevraagd. Probeer het over een uur opnieuw." in page
        assert 'value="' + email + '"' in page
    assert mailoutbox == []
    # Another client is not affected.
    assert ask(client, "redacteur@example.org", "198.51.100.8").status_code == 302
    assert len(mailoutbox) == 1


def test_password_reset_sends_a_link(client, django_user_model):
    django_user_model.objects.create_user("redacteur", "redacteur@example.org", "x")
    response = client.post("/admin/password_reset/", {"email": "redacteur@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/admin/password_reset/confirm/" in mail.outbox[0].body
