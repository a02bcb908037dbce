"""Mail for editors: production reads EMAIL_* from the environment, review
requests and password resets arrive, and the weekly digest for reviewers."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command

from articles.permissions import EDITORS, REVIEWERS

from .test_workflow import login_as, submit_story_as_editor

pytestmark = pytest.mark.django_db


def test_production_reads_mail_settings_from_the_environment():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "overheidvannu.settings.production",
        "SECRET_KEY": "x" * 50,
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_PORT": "2525",
        "EMAIL_HOST_USER": "redactie",
        "EMAIL_HOST_PASSWORD": "geheim",
        "EMAIL_USE_TLS": "0",
        "DEFAULT_FROM_EMAIL": "Redactie <redactie@example.org>",
    }
    code = (
        "from django.conf import settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_USE_TLS, s.DEFAULT_FROM_EMAIL, "
        "s.MAIL_TRANSPORT_BACKEND)"
    )
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split(" ", 4)[:4] == ["smtp.example.org", "2525", "redactie", "False"]
    assert "Redactie <redactie@example.org>" in out.stdout
    assert out.stdout.strip().endswith("django.core.mail.backends.smtp.EmailBackend")


def test_reviewers_hear_of_a_submission(client, django_user_model, tree):
    reviewer = django_user_model.objects.create_user("eind", "eind@example.org", "x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    login_as(client, django_user_model, "redacteur", EDITORS)
    submit_story_as_editor(client, tree)
    assert any("eind@example.org" in message.to for message in mail.outbox)


def test_password_reset_sends_a_link(client, django_user_model):
    django_user_model.objects.create_user("redacteur", "redacteur@example.org", "x")
    response = client.post("/admin/password_reset/", {"email": "redacteur@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/admin/password_reset/confirm/" in mail.outbox[0].body


def test_weekly_digest_lists_what_waits(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree, "Wacht op review")
    reviewer = login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    login_as(client, django_user_model, "niemand-wacht", EDITORS)
    mail.outbox.clear()
    call_command("send_review_digest")
    assert [message.to for message in mail.outbox] == [[reviewer.email]]
    body = mail.outbox[0].body
    assert "Wacht op review" in body
    assert f"/admin/pages/{page.pk}/edit/" in body
    assert mail.outbox[0].subject.startswith("Wacht op jou: 1 pagina")
