"""Background work on the database task backend, run by the real worker
command in another process, and mail that neither slows down nor gets lost
with the people who caused it, whatever the mail server does (real servers:
one that refuses, one that hangs, then aiosmtpd), with and without a worker."""

import io
import time
from collections import Counter
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.signals import task_enqueued
from django_tasks_db.models import DBTaskResult
from wagtail.models import WorkflowState

from articles.models import StoryPage
from articles.permissions import EDITORS, REVIEWERS
from overheidvannu.discovery.search.indexing import reindex_page_task
from overheidvannu.operations.mail import (
    STALE,
    send_email_task,
    send_waiting_mail,
    wait_for_background_sending,
    waiting_mail,
)

from ..admin_forms import add_url, comment_data, complete_content_form_data
from ..factories import SiteTree, make_content
from ..servers import free_port, hanging_smtp_server, run_worker, site_env, smtp_env, smtp_server, use_smtp
from .test_frontend_cache import database_url_of_test_db

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


def editorial_round(client, django_user_model, tree, seconds, phase):
    """Save, submit, comment, request changes, resubmit, approve and publish,
    as the editors do; every answer must be a success. Each action's time
    goes into `seconds` under (phase, action)."""

    def act(action, url, data, statuses=(302,)):
        response = timed(seconds, (phase, action), lambda: client.post(url, data))
        assert response.status_code in statuses, action

    editor = login(client, django_user_model, "redacteur", EDITORS)
    title = "Samen bouwen aan de dijk"
    act("save", add_url(StoryPage, tree.stories), complete_content_form_data(StoryPage, title))
    page = StoryPage.objects.get(title=title)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    act("submit", edit, {**complete_content_form_data(StoryPage, title, slug=page.slug), **SUBMIT})

    reviewer = login(client, django_user_model, "eindredacteur", REVIEWERS)
    act("comment", edit, comment_data(page, "Is deze titel niet te lang?"))
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    action = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    act("request changes", action, {"comment": "Graag een bron toevoegen."}, (200, 302))

    client.force_login(editor)
    act("resubmit", edit, {**complete_content_form_data(StoryPage, title, slug=page.slug), **SUBMIT})

    client.force_login(reviewer)
    task_state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress").current_task_state
    action = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    act("approve", action, {}, (200, 302))
    page.refresh_from_db()
    assert page.live
    data = {**complete_content_form_data(StoryPage, title + " (bijgewerkt)", slug=page.slug), "action-publish": "1"}
    act("publish", edit, data)
    client.force_login(editor)
    return editor, reviewer


# --- a mail server that refuses, then hangs, then accepts ---------------------------
#
# Each request is timed only against a generous bound: 2 s is far below the
# mail server's timeout (EMAIL_TIMEOUT), so a request under it did not wait on
# the mail server. `pytest -s` prints the figures.

#: The mail server's timeout in these tests: what a request that waited on a
#: hanging server would take at least.
MAIL_TIMEOUT = 3
#: What an editor's or visitor's request may take whatever the mail server does.
BOUND = 2.0


def timed(seconds, key, call):
    started = time.monotonic()
    response = call()
    seconds[key] = round(time.monotonic() - started, 3)
    return response


def submit_for_review(client, tree, title):
    """An editor writes a story and submits it for review in one go: Wagtail
    mails the Eindredacteuren."""
    data = {**complete_content_form_data(StoryPage, title), **SUBMIT}
    response = client.post(add_url(StoryPage, tree.stories), data)
    assert response.status_code == 302, title
    return response


def follow(visitor, address):
    """A visitor asks for alerts on every new tip: a confirmation mail."""
    data = {"filters": "type=tip", "email": address, "frequency": "dagelijks"}
    response = visitor.post("/volgen/", data, REMOTE_ADDR="10.0.0.7")
    assert response.status_code == 303, address
    return response


def make_reviewers(django_user_model):
    reviewers = Group.objects.get(name=REVIEWERS)
    for name in ("eindredacteur-a", "eindredacteur-b"):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "geheim-wachtwoord")
        user.groups.add(reviewers)


@pytest.fixture
def queued_mail():
    """(recipients, subject) of every mail this process queues, counted once
    (later tries are queued with their attempt number and left out)."""
    queued = Counter()

    def record(sender, task_result, **kwargs):
        if task_result.task.name == send_email_task.name and len(task_result.args) == 1:
            message = task_result.args[0]
            queued[(tuple(message["to"]), message["subject"])] += 1

    task_enqueued.connect(record)
    yield queued
    task_enqueued.disconnect(record)


def received(inbox):
    return Counter((tuple(message.recipients), str(message["Subject"])) for message in inbox.messages)


def an_editor_and_a_visitor_act(client, tree, seconds, phase, number):
    timed(seconds, (phase, "submit for review"), lambda: submit_for_review(client, tree, f"Verhaal {number}"))
    timed(seconds, (phase, "/volgen/"), lambda: follow(Client(), f"lezer-{number}@example.org"))


def the_editorial_round_and_a_visitor(client, django_user_model, tree, seconds, phase):
    editorial_round(client, django_user_model, tree, seconds, phase)
    timed(seconds, (phase, "/volgen/"), lambda: follow(Client(), "lezer-1@example.org"))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_a_worker_a_refusing_or_hanging_mail_server_costs_nobody_time_and_loses_no_mail(
    restore_migrated_data, settings, client, django_user_model, queued_mail
):
    """The immediate backend (`make run`, a lone gunicorn): the request only
    writes the mail to the outbox; a thread of the process sends it after
    commit, and what the server refuses or leaves unanswered waits for the
    next try."""
    port = use_smtp(settings, free_port(), queued=True, timeout=MAIL_TIMEOUT)
    settings.MAIL_RETRY_DELAYS = [1]
    tree = SiteTree()
    make_reviewers(django_user_model)
    seconds = {}

    # Nothing listens: the connection is refused.
    the_editorial_round_and_a_visitor(client, django_user_model, tree, seconds, "refuses")
    wait_for_background_sending()
    assert waiting_mail().count() == sum(queued_mail.values()) > 2, "nothing is lost"

    # A server that takes the connection and never answers.
    with hanging_smtp_server(port) as hanging:
        an_editor_and_a_visitor_act(client, tree, seconds, "hangs", 2)
        wait_for_background_sending()
        assert hanging.connections >= 1, "the mail server was tried while it hung"
    assert waiting_mail().count() == sum(queued_mail.values())

    # It answers again: the next mail sent takes what waited along.
    with smtp_server(port) as inbox:
        time.sleep(1.1)  # MAIL_RETRY_DELAYS: the tries that failed are due again
        an_editor_and_a_visitor_act(client, tree, seconds, "accepts", 3)
        wait_for_background_sending()
        call_command("send_queued_mail", stdout=io.StringIO())  # as cron would: nothing is left
    print("\nresponse times without a worker (s):", seconds)

    expected = queued_mail
    assert received(inbox) == expected, "every mail arrives exactly once"
    assert {address for recipients, _ in expected for address in recipients} >= {
        "redacteur@example.org",  # heard of the review
        "eindredacteur@example.org",
        "eindredacteur-a@example.org",
        "eindredacteur-b@example.org",
        "lezer-1@example.org",
        "lezer-2@example.org",
        "lezer-3@example.org",
    }
    assert not waiting_mail().exists()
    assert {key: value for key, value in seconds.items() if value >= BOUND} == {}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_a_worker_a_refusing_or_hanging_mail_server_costs_nobody_time_and_loses_no_mail(
    restore_migrated_data, database_tasks, settings, client, django_user_model, queued_mail
):
    """TASKS_BACKEND=database: the request only writes the mail (in its
    transaction); the real worker sends it, and after a refusal or a hang
    leaves the server alone for the first retry delay instead of spending a
    timeout on every mail."""
    port = use_smtp(settings, free_port(), queued=True, timeout=MAIL_TIMEOUT)
    env = worker_env(**smtp_env(port), EMAIL_TIMEOUT=MAIL_TIMEOUT, MAIL_RETRY_DELAYS="60")
    tree = SiteTree()
    make_reviewers(django_user_model)
    seconds = {}

    def run_the_worker():
        # The tries that wait for their time are due now (as if it passed).
        waiting_mail().update(run_after=timezone.now())
        started = time.monotonic()
        worker = run_worker(env)
        assert worker.returncode == 0, worker.stderr[-2000:]
        return time.monotonic() - started

    the_editorial_round_and_a_visitor(client, django_user_model, tree, seconds, "refuses")
    run_the_worker()
    assert waiting_mail().count() == sum(queued_mail.values()) > 2, "nothing is lost"

    with hanging_smtp_server(port) as hanging:
        an_editor_and_a_visitor_act(client, tree, seconds, "hangs", 2)
        # (The editor's request may have knocked once, to say the mail waits:
        # overheidvannu/editorial/notifications.py.)
        before_the_worker = hanging.connections
        worker_seconds = run_the_worker()
    assert hanging.connections - before_the_worker == 1, "one timeout, not one per mail"
    assert waiting_mail().count() == sum(queued_mail.values())

    with smtp_server(port) as inbox:
        an_editor_and_a_visitor_act(client, tree, seconds, "accepts", 3)
        run_the_worker()
    print("\nresponse times with a worker (s):", seconds, "worker run while the server hung:", round(worker_seconds, 1))

    expected = queued_mail
    assert len(expected) >= 9
    assert received(inbox) == expected, "every mail arrives exactly once"
    assert not waiting_mail().exists()
    assert {key: value for key, value in seconds.items() if value >= BOUND} == {}


@pytest.mark.django_db
def test_a_mail_refused_for_good_is_not_tried_again_and_holds_up_no_other(settings):
    with smtp_server(refuse={"bestaat-niet@example.org"}) as inbox:
        use_smtp(settings, inbox.port, queued=True)
        EmailMessage("Een", "Tekst", "redactie@example.org", ["bestaat-niet@example.org"]).send()
        EmailMessage("Twee", "Tekst", "redactie@example.org", ["lezer@example.org"]).send()
        assert send_waiting_mail() == 1
        assert send_waiting_mail() == 0
    assert [(message.recipients, message["Subject"]) for message in inbox.messages] == [(["lezer@example.org"], "Twee")]
    assert not waiting_mail().exists()


@pytest.mark.django_db
def test_mail_of_a_worker_that_died_while_sending_goes_out_with_the_next_sweep(settings, database_tasks):
    with smtp_server() as inbox:
        use_smtp(settings, inbox.port, queued=True)
        EmailMessage("Bevestig je aanmelding", "Tekst", "redactie@example.org", ["lezer@example.org"]).send()
        (row,) = DBTaskResult.objects.all()
        row.claim("worker-that-died")
        DBTaskResult.objects.filter(pk=row.pk).update(started_at=timezone.now() - STALE - timedelta(minutes=1))
        call_command("send_queued_mail", stdout=io.StringIO())  # its periodic job, or cron
    (message,) = inbox.messages
    assert message["Subject"] == "Bevestig je aanmelding"
    assert not waiting_mail().exists()


@pytest.mark.django_db
def test_without_a_mail_server_configured_no_mail_piles_up(settings):
    use_smtp(settings, free_port(), queued=True)
    settings.EMAIL_HOST = ""
    assert EmailMessage("Een", "Tekst", "redactie@example.org", ["lezer@example.org"]).send() == 0
    assert not waiting_mail().exists()


def test_mail_survives_the_queue_intact():
    from django.core.mail import EmailMultiAlternatives

    from overheidvannu.operations.mail import deserialise, serialise

    message = EmailMultiAlternatives("Onderwerp é", "Tekst", "a@example.org", ["b@example.org"], cc=["c@example.org"])
    message.attach_alternative("<p>Tekst</p>", "text/html")
    message.attach("bijlage.txt", b"inhoud", "text/plain")
    copy = deserialise(serialise(message))
    assert copy.subject == "Onderwerp é" and copy.to == ["b@example.org"] and copy.cc == ["c@example.org"]
    assert copy.alternatives[0][0] == "<p>Tekst</p>"
    assert copy.attachments[0][1] in (b"inhoud", "inhoud")  # text attachments come back as str
    assert send_email_task.name
