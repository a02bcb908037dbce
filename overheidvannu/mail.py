"""E-mail through the task queue.

`QueuedEmailBackend` is the site's EMAIL_BACKEND: it never talks to a mail
server itself. Each message becomes a `send_email_task`, which sends it with
MAIL_TRANSPORT_BACKEND (SMTP, configured by EMAIL_HOST …) and, while the
server is down, tries again after each of MAIL_RETRY_DELAYS. So Wagtail's
workflow and comment notifications, alerts and confirmations can neither
fail nor slow down the editor's action that caused them. With the immediate
task backend (no worker) the message is sent at once and a failure is
logged, never raised.
"""

import base64
import logging

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks import task

from .tasks import retry_later

logger = logging.getLogger(__name__)


def serialise(message):
    """An EmailMessage as JSON-safe data (task arguments are JSON)."""
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


def deliver(data):
    """Send one serialised message now; raises when it could not be sent."""
    connection = get_connection(settings.MAIL_TRANSPORT_BACKEND, fail_silently=False)
    sent = connection.send_messages([deserialise(data)])
    if not sent:
        raise ConnectionError("the mail backend sent nothing")


class QueuedEmailBackend(BaseEmailBackend):
    """Hands every message to the task queue; opening it costs nothing."""

    def send_messages(self, email_messages):
        count = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                send_email_task.enqueue(serialise(message))
            except Exception:
                # Never let a notification break the action that caused it.
                logger.exception("Could not queue mail to %s: %r", message.to, message.subject)
                continue
            count += 1
        return count


@task()
def send_email_task(message, attempt=0):
    """Send one e-mail (serialised by overheidvannu.mail) over the real
    transport, trying again later while the mail server is down."""
    try:
        deliver(message)
    except Exception:
        if retry_later(send_email_task, settings.MAIL_RETRY_DELAYS, attempt, message):
            logger.warning("Mail to %s failed (try %d), trying again later", message["to"], attempt + 1)
        else:
            logger.exception("Mail to %s could not be sent: %r", message["to"], message["subject"])
