"""Background work on the database task backend, run by the real worker
command in another process, and editorial actions that succeed whatever the
mail server does (a real SMTP server, down and then up)."""

import logging
import time

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import WorkflowState

from articles.editorial import EDITORS, REVIEWERS
from articles.models import StoryPage
from overheidvannu.mail import send_email_task
from overheidvannu.tasks import reindex_page_task

from .factories import SiteTree, make_content
from .servers import mail_server_down, run_worker, site_env, smtp_env, smtp_server
from .test_frontend_cache import database_url_of_test_db
from .test_page_types import add_url, comment_data, complete_content_form_data

SUBMIT = {"action-submit": "action-submit"}


def worker_env(**extra):
    return site_env(database_url_of_test_db(), TASKS_BACKEND="database", **extra)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_enqueued_while_no_worker_runs_is_done_once_one_starts(restore_migrated_data, database_tasks):
    tree = SiteTree()
    story = make_content(tree, title="Wachten op de worker")
    result = reindex_page_task.enqueue(story.pk)
    time.sleep(0.5)  # no worker: it waits
    assert reindex_page_task.get_result(result.id).status == TaskResultStatus.READY

    started = time.monotonic()
    worker = run_worker(worker_env())
    assert worker.returncode == 0, worker.stderr[-2000:]
    assert reindex_page_task.get_result(result.id).status == TaskResultStatus.SUCCESSFUL
    assert time.monotonic() - started < 60


def login(client, django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "geheim-wachtwoord")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


def editorial_round(client, django_user_model, tree):
    """Save, submit, comment, request changes, resubmit, approve and publish,
    as the editors do; every answer must be a success."""
    editor = login(client, django_user_model, "redacteur", EDITORS)
    title = "Samen bouwen aan de dijk"
    response = client.post(add_url(StoryPage, tree.stories), complete_content_form_data(StoryPage, title))
    assert response.status_code == 302, "save"
    page = StoryPage.objects.get(title=title)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(edit, {**complete_content_form_data(StoryPage, title, slug=page.slug), **SUBMIT})
    assert response.status_code == 302, "submit for review"

    reviewer = login(client, django_user_model, "eindredacteur", REVIEWERS)
    response = client.post(edit, comment_data(page, "Is deze titel niet te lang?"))
    assert response.status_code == 302, "comment"
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    action = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    response = client.post(action, {"comment": "Graag een bron toevoegen."})
    assert response.status_code in (200, 302), "request changes"

    client.force_login(editor)
    response = client.post(edit, {**complete_content_form_data(StoryPage, title, slug=page.slug), **SUBMIT})
    assert response.status_code == 302, "resubmit"

    client.force_login(reviewer)
    task_state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress").current_task_state
    action = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(action, {})
    assert response.status_code in (200, 302), "approve"
    page.refresh_from_db()
    assert page.live
    response = client.post(
        edit,
        {**complete_content_form_data(StoryPage, title + " (bijgewerkt)", slug=page.slug), "action-publish": "1"},
    )
    assert response.status_code == 302, "publish"
    return editor, reviewer


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_editorial_actions_succeed_while_the_mail_server_is_down_and_mail_arrives_once_up(
    restore_migrated_data, database_tasks, settings, client, django_user_model
):
    port = mail_server_down(settings, queued=True)
    tree = SiteTree()
    started = time.monotonic()
    editor, reviewer = editorial_round(client, django_user_model, tree)
    action_seconds = time.monotonic() - started

    queued = DBTaskResult.objects.filter(task_path__endswith="send_email_task")
    assert queued.exists(), "the notifications were queued"
    env = worker_env(**smtp_env(port), MAIL_RETRY_DELAYS="1,1,1,1,1,1")

    # The worker runs while the server is still down: every try fails and
    # is scheduled again; nothing is lost.
    worker = run_worker(env)
    assert worker.returncode == 0, worker.stderr[-2000:]
    assert not queued.filter(status=TaskResultStatus.READY, run_after__isnull=True).exists()
    pending = DBTaskResult.objects.filter(task_path__endswith="send_email_task", status=TaskResultStatus.READY)
    assert pending.exists(), "failed mails wait for another try"

    with smtp_server(port) as inbox:
        time.sleep(1.2)  # the retry delay
        worker = run_worker(env)
        assert worker.returncode == 0, worker.stderr[-2000:]
    recipients = {address for message in inbox.messages for address in message.recipients}
    assert reviewer.email in recipients, "the reviewer heard of the submission"
    assert editor.email in recipients, "the editor heard of the review"
    assert not pending.exists()
    assert action_seconds < 60


@pytest.mark.django_db
def test_without_a_worker_a_mail_server_that_is_down_is_logged_not_raised(settings, client, tree, caplog):
    """The immediate backend (no worker) sends at once; a refusal is logged
    and the editor's action still succeeds."""
    mail_server_down(settings, queued=True, timeout=2)
    from django.contrib.auth import get_user_model

    with caplog.at_level(logging.ERROR, logger="overheidvannu.tasks"):
        editorial_round(client, get_user_model(), tree)
    assert "could not be sent" in caplog.text


def test_mail_survives_the_queue_intact():
    from django.core.mail import EmailMultiAlternatives

    from overheidvannu.mail import deserialise, serialise

    message = EmailMultiAlternatives("Onderwerp é", "Tekst", "a@example.org", ["b@example.org"], cc=["c@example.org"])
    message.attach_alternative("<p>Tekst</p>", "text/html")
    message.attach("bijlage.txt", b"inhoud", "text/plain")
    copy = deserialise(serialise(message))
    assert copy.subject == "Onderwerp é" and copy.to == ["b@example.org"] and copy.cc == ["c@example.org"]
    assert copy.alternatives[0][0] == "<p>Tekst</p>"
    assert copy.attachments[0][1] in (b"inhoud", "inhoud")  # text attachments come back as str
    assert send_email_task.name
