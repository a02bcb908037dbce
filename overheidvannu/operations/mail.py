"""E-mail through a durable outbox: nobody waits on the mail server, and no
mail is lost while it is down.

`QueuedEmailBackend` is the site's EMAIL_BACKEND: it never talks to a mail
server itself. Each message becomes a `send_email_task` row in the database
(django-tasks-db), written in the same transaction as the action that caused
it, and is sent with MAIL_TRANSPORT_BACKEND (SMTP, configured by EMAIL_HOST …):

- With a worker (TASKS_BACKEND=database) the row is an ordinary task of the
  default backend: the request only writes it, `manage.py db_worker` sends it.
- Without one (the immediate backend: `make run`, a lone gunicorn) the row
  goes to the `mail` task backend (a database backend too, see TASKS in
  settings), and after the transaction commits a background thread of the
  same process sends what is due (`send_waiting_mail`), so the request that
  queued it returns at once, whatever the mail server does.

A mail the server refuses or does not answer (within EMAIL_TIMEOUT) is tried
again after each of MAIL_RETRY_DELAYS, then every last delay for as long as
it takes: never dropped. Only a refusal meant for good (5xx for its
recipients or its content) ends it, logged as an error. Without a worker the
next try comes with the next mail this process sends after the delay, or from
`manage.py send_queued_mail` (cron, see README). With a worker the same
command is a periodic job (overheidvannu/operations/periodic.py) that also puts back the
mail of a worker that died while sending.
"""

import base64
import datetime
import logging
import re
import smtplib
import threading
import time

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import connections, transaction
from django.db.models import Count, Min
from django.db.models.fields.json import KT
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.module_loading import import_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task, task_backends
from django_tasks.base import TaskResultStatus
from django_tasks.exceptions import InvalidTaskBackendError
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from .tasks import retry_later

logger = logging.getLogger(__name__)

#: The task backend (settings.TASKS) that holds mail when the default backend
#: runs tasks in the request: a database backend nobody else uses.
OUTBOX_BACKEND = "mail"
#: A mail that has been "being sent" this long was taken by a worker that
#: died (sending takes at most a few EMAIL_TIMEOUTs): it waits again.
STALE = datetime.timedelta(minutes=15)


#: Anything shaped like an e-mail address, in a mail server's answer.
ADDRESS = re.compile(r"[^\s<>()\[\]{}'\",;:]+@[^\s<>()\[\]{}'\",;:]+")


def recipients_for_log(addresses):
    """How a log line names a mail's recipients: their number and a short
    keyed digest (the same recipients give the same digest, so one person's
    failing mail can be followed), never an address. Logs are kept longer
    and read by more people than the outbox, which forgets a mail once it is
    handled."""
    addresses = sorted({str(address).strip().lower() for address in addresses})
    digest = salted_hmac("overheidvannu.operations.mail.log", "\n".join(addresses)).hexdigest()[:12]
    return f"{len(addresses)} recipient(s) #{digest}"


def error_for_log(error):
    """A sending error as a log line may show it: its kind and the mail
    server's answer, with any address in it (a refusal names the mailbox)
    left out."""
    return f"{type(error).__name__}: {ADDRESS.sub('<address>', str(error))}"


def serialise(message):
    """An EmailMessage as JSON-safe data (task arguments are JSON), with the
    moment it was first queued."""
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, tuple) or hasattr(attachment, "content"):
            filename, content, mimetype = attachment
            if isinstance(content, str):
                content = content.encode()
            attachments.append([filename, base64.b64encode(content).decode("ascii"), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in (message.extra_headers or {}).items()},
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
        "queued_at": timezone.now().isoformat(),
    }


def deserialise(data):
    cls = EmailMultiAlternatives if data["alternatives"] else EmailMessage
    message = cls(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data.get("content_subtype", "plain")
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


def deliver(data, connection=None):
    """Send one serialised message now, over `connection` (opened if need be
    and left open for the next message) or a connection of its own; raises
    when it could not be sent."""
    if connection is None:
        connection = get_connection(settings.MAIL_TRANSPORT_BACKEND, fail_silently=False)
    else:
        connection.open()
    if not connection.send_messages([deserialise(data)]):
        raise ConnectionError("the mail backend sent nothing")


def refused_for_good(error):
    """Whether the mail server refused this message for good (a 5xx for every
    recipient, or for its content): trying again would not help. A server
    that is down, does not answer, refuses the login or the sender, or says
    "try later" (4xx) is worth trying again."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return bool(error.recipients) and all(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPDataError):
        return error.smtp_code >= 500
    return False


#: What became of one try (kept as the task's result).
SENT, REFUSED, LATER = "sent", "refused", "later"


def _can_defer(alias):
    try:
        return task_backends[alias].supports_defer
    except InvalidTaskBackendError:
        return False


def attempt_delivery(message, attempt=0, *, backend, connection=None):
    """Try to send one queued message; when it cannot go out yet, queue its
    next try on `backend` (or, when that cannot hold a task for later, such as
    a default backend switched to `immediate`, on the `mail` backend).
    Returns SENT, REFUSED (for good) or LATER."""
    if not _can_defer(backend):
        backend = OUTBOX_BACKEND
    try:
        deliver(message, connection)
    except Exception as error:
        if refused_for_good(error):
            logger.error(
                "Mail to %s refused by the mail server: %r (%s)",
                recipients_for_log(deserialise(message).recipients()),
                message["subject"],
                error_for_log(error),
            )
            return REFUSED
        recipients = recipients_for_log(deserialise(message).recipients())
        if retry_later(send_email_task, settings.MAIL_RETRY_DELAYS, attempt, message, backend=backend, forever=True):
            logger.warning(
                "Mail to %s not sent (try %d: %s); trying again later", recipients, attempt + 1, error_for_log(error)
            )
        else:
            logger.error("Mail to %s could not be sent and cannot wait: %r", recipients, message["subject"])
        return LATER
    return SENT


#: Until when (time.monotonic()) this worker process leaves the mail server
#: alone after it refused or did not answer: the mail tasks due meanwhile
#: wait too, instead of each costing the worker a timeout.
_server_down_until = 0.0


@task(takes_context=True)
def send_email_task(context, message, attempt=0):
    """Send one e-mail (serialised by overheidvannu.operations.mail) over the real
    transport, trying again later while the mail server is down."""
    global _server_down_until
    backend = context.task_result.backend
    pause = _server_down_until - time.monotonic()
    if pause > 0 and _can_defer(backend):
        # Not a try: the same attempt, once the pause is over.
        run_after = timezone.now() + datetime.timedelta(seconds=pause)
        send_email_task.using(run_after=run_after, backend=backend).enqueue(message, attempt)
        return LATER
    outcome = attempt_delivery(message, attempt, backend=backend)
    if outcome == LATER and settings.MAIL_RETRY_DELAYS:
        _server_down_until = time.monotonic() + settings.MAIL_RETRY_DELAYS[0]
    return outcome


def outbox_backend():
    """The task backend mail waits in: the default one when it keeps tasks in
    the database (a worker sends them), the `mail` backend otherwise."""
    if isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return DEFAULT_TASK_BACKEND_ALIAS
    return OUTBOX_BACKEND


def transport_configured():
    """False when the real transport is SMTP without EMAIL_HOST: the site is
    set up to send no mail (and /volgen/ says alerts are unavailable)."""
    transport = import_string(settings.MAIL_TRANSPORT_BACKEND)
    return not issubclass(transport, SMTPBackend) or bool(settings.EMAIL_HOST)


class QueuedEmailBackend(BaseEmailBackend):
    """Writes every message to the outbox; opening it costs nothing."""

    def send_messages(self, email_messages):
        if not transport_configured():
            logger.warning("No EMAIL_HOST: %d mail(s) not sent", len(email_messages))
            return 0
        backend = outbox_backend()
        count = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                send_email_task.using(backend=backend).enqueue(serialise(message))
            except Exception:
                # Never let a notification break the action that caused it.
                logger.exception(
                    "Could not queue mail to %s: %r", recipients_for_log(message.recipients()), message.subject
                )
                continue
            count += 1
        if count and backend == OUTBOX_BACKEND:
            # No worker: this process sends it once the action is stored.
            transaction.on_commit(send_in_background, robust=True)
        return count


def waiting_mail():
    """The rows of mail not sent yet: due now or waiting for another try."""
    return DBTaskResult.objects.filter(task_path=send_email_task.module_path, status=TaskResultStatus.READY)


def outbox_figures():
    """What /healthz tells about mail: how many messages are not sent yet
    (due, or waiting for another try) and how long ago the oldest was first
    queued (seconds; 0 when none waits)."""
    now = timezone.now()
    figures = waiting_mail().aggregate(waiting=Count("pk"), first=Min(KT("args_kwargs__args__0__queued_at")))
    first = datetime.datetime.fromisoformat(figures["first"]) if figures["first"] else None
    seconds = max(0, round((now - first).total_seconds())) if first else 0
    return {"waiting": figures["waiting"], "oldest_waiting_seconds": seconds}


def put_back_stale():
    """Mail taken by a worker that died while sending waits again (it may
    have gone out just before: at worst one mail twice, never none)."""
    stale = DBTaskResult.objects.filter(
        task_path=send_email_task.module_path,
        status=TaskResultStatus.RUNNING,
        started_at__lt=timezone.now() - STALE,
    )
    return stale.update(status=TaskResultStatus.READY)


def send_waiting_mail():
    """Send the mail that is due, over one connection, until the mail server
    takes none (it refuses or does not answer: the rest wait for the next
    try). Each message is locked while it is sent (`SKIP LOCKED`), so
    senders in several processes, and a worker, never send one twice.
    Returns the number sent."""
    due = DBTaskResult.objects.ready().filter(task_path=send_email_task.module_path)
    connection = get_connection(settings.MAIL_TRANSPORT_BACKEND, fail_silently=False)
    sent = 0
    try:
        while True:
            with transaction.atomic():
                row = due.select_for_update(skip_locked=True).first()
                if row is None:
                    return sent
                arguments = row.args_kwargs
                outcome = attempt_delivery(
                    *arguments["args"], **arguments["kwargs"], backend=row.backend_name, connection=connection
                )
                # Done: a failed try has queued the next one. Nothing of a
                # handled mail (addresses, signed links) is kept.
                row.delete()
            if outcome == LATER:
                return sent
            sent += outcome == SENT
    finally:
        try:
            connection.close()
        except Exception:  # a connection the server dropped cannot be closed politely
            logger.debug("Closing the mail connection failed", exc_info=True)


# --- without a worker: one sending thread per process ------------------------------

_sender_lock = threading.Lock()
_sender = None
_more = threading.Event()  # mail was queued since the thread last looked


def send_in_background():
    """After a commit that queued mail (no worker): have this process's
    sending thread look at the outbox, starting it if none runs. The thread
    ends when nothing more was queued; the process waits for it when it
    exits (a management command, a gunicorn worker stopping)."""
    global _sender
    with _sender_lock:
        _more.set()
        if _sender is None:
            _sender = threading.Thread(target=_send_while_queued, name="ovn-mail-outbox")
            _sender.start()


def _send_while_queued():
    global _sender
    try:
        while True:
            with _sender_lock:
                if not _more.is_set():
                    _sender = None
                    return
                _more.clear()
            try:
                send_waiting_mail()
            except Exception:
                logger.exception("The outbox could not be read; its mail waits for the next try")
    finally:
        with _sender_lock:
            if _sender is threading.current_thread():  # ended by something else than the loop
                _sender = None
        connections.close_all()  # this thread's own database connections


def wait_for_background_sending(timeout=None):
    """Wait until this process's sending thread is done (for tests, which
    look at the mail server afterwards)."""
    thread = _sender
    if thread is not None:
        thread.join(timeout)
