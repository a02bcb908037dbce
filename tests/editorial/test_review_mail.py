"""Mail of the review process: reviewers hear of a submission, and the weekly
digest lists what waits for them. (Production's mail settings:
tests/site/test_setup_paths.py; the password reset mail:
tests/security/test_password_reset.py.)"""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command

from articles.permissions import EDITORS, REVIEWERS

from .test_workflow import login_as, submit_story_as_editor

pytestmark = pytest.mark.django_db


def test_reviewers_hear_of_a_submission(client, django_user_model, tree):
    reviewer = django_user_model.objects.create_user("eind", "eind@example.org", "x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    login_as(client, django_user_model, "redacteur", EDITORS)
    submit_story_as_editor(client, tree)
    assert any("eind@example.org" in message.to for message in mail.outbox)


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
