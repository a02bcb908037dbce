"""Telling the editor when a notification e-mail could not go out yet.

Mail never makes an editor wait: it is written to the outbox in the action's
own transaction and sent after the commit, by the task worker or by the web
process's sending thread (overheidvannu/operations/mail.py), and tried again
until the mail server takes it. So an action returns at once whether the
mail server is up, refuses or hangs. What the editor should still know is
that the people waiting for the notification do not have it yet: when an
admin action queued mail (django-tasks' `task_enqueued` signal) and the mail
server does not greet within `PROBE_TIMEOUT`, the next page says so in
Dutch, and that it goes out later by itself.
"""

import contextlib
import logging
import socket
import ssl
import threading

from django.conf import settings
from django.contrib import messages
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.utils.module_loading import import_string
from django_tasks.signals import task_enqueued

from overheidvannu.operations.mail import send_email_task

logger = logging.getLogger(__name__)

#: Seconds the mail server gets to say hello (an SMTP server greets at once).
PROBE_TIMEOUT = 0.5
MAIL_WAITS = (
    "Let op: de melding per e-mail is nog niet verstuurd, want de mailserver reageert nu niet. "
    "De melding wordt later verstuurd; je hoeft niets opnieuw te doen."
)

_watching = threading.local()


class QueuedMail:
    queued = 0


def _count_queued_mail(sender, task_result, **kwargs):
    watch = getattr(_watching, "current", None)
    if watch is not None and task_result.task.module_path == send_email_task.module_path:
        watch.queued += 1


task_enqueued.connect(_count_queued_mail, dispatch_uid="editorial-count-queued-mail")


@contextlib.contextmanager
def watch_queued_mail():
    """Count the mail queued in this thread while the block runs."""
    previous = getattr(_watching, "current", None)
    _watching.current = watch = QueuedMail()
    try:
        yield watch
    finally:
        _watching.current = previous


def mail_server_answers(timeout=PROBE_TIMEOUT):
    """Whether the SMTP server of MAIL_TRANSPORT_BACKEND greets ("220")
    within `timeout` seconds. True for a transport that is not SMTP."""
    transport = import_string(settings.MAIL_TRANSPORT_BACKEND)
    if not issubclass(transport, SMTPBackend) or not settings.EMAIL_HOST:
        return True
    try:
        with socket.create_connection((settings.EMAIL_HOST, settings.EMAIL_PORT), timeout=timeout) as raw:
            sock = raw
            if getattr(settings, "EMAIL_USE_SSL", False):
                sock = ssl.create_default_context().wrap_socket(raw, server_hostname=settings.EMAIL_HOST)
            sock.settimeout(timeout)
            greeting = sock.recv(512)
            with contextlib.suppress(OSError):
                sock.sendall(b"QUIT\r\n")
            return greeting.startswith(b"220")
    except (OSError, ssl.SSLError) as error:
        logger.info("The mail server did not answer within %.1f s: %s", timeout, error)
        return False


def warn_when_mail_waits(request):
    """After an action that queued mail: say so when it cannot go out now."""
    if not mail_server_answers():
        messages.warning(request, MAIL_WAITS)
