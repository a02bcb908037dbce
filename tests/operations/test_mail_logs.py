"""No e-mail address in the site's logs: whatever becomes of a mail (sent,
refused for good, the mail server down, the outbox unusable), its log lines
name the recipients by number and digest only. Logs are kept longer and read
by more people than the outbox, which forgets a mail once it is handled."""

import logging
import re

import pytest
from django.core.mail import EmailMessage

from overheidvannu.operations.mail import send_waiting_mail

from ..servers import mail_server_down, smtp_server, use_smtp

READER = "lezer.de.vries@example.org"
COPY = "collega@example.org"
HIDDEN = "meelezer@example.org"
ADDRESSES = (READER, COPY, HIDDEN)


def site_log_lines(caplog):
    """Every line the site and the frameworks logged, with any traceback;
    not the test's own SMTP server (aiosmtpd logs as `mail.*`)."""
    lines = []
    for record in caplog.records:
        if record.name.startswith("mail."):
            continue
        lines.append(record.getMessage())
        if record.exc_info:
            lines.append(logging.Formatter().formatException(record.exc_info))
    return "\n".join(lines)


def send(recipient, subject="Bevestig je aanmelding"):
    message = EmailMessage(subject, "Tekst", "redactie@example.org", [recipient], cc=[COPY], bcc=[HIDDEN])
    return message.send()


def assert_no_address(text):
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text), text
    for address in ADDRESSES:
        assert address not in text


@pytest.fixture
def every_log_line(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


@pytest.mark.django_db
def test_a_mail_refused_for_good_is_logged_without_its_addresses(settings, every_log_line):
    with smtp_server(refuse=set(ADDRESSES)) as inbox:
        use_smtp(settings, inbox.port, queued=True)
        send(READER)
        assert send_waiting_mail() == 0
    text = site_log_lines(every_log_line)
    assert_no_address(text)
    assert "refused by the mail server" in text and "3 recipient(s) #" in text  # the event is still told


@pytest.mark.django_db
def test_a_mail_that_waits_for_the_mail_server_is_logged_without_its_addresses(settings, every_log_line):
    mail_server_down(settings, queued=True)
    send(READER)
    assert send_waiting_mail() == 0
    text = site_log_lines(every_log_line)
    assert_no_address(text)
    assert "trying again later" in text and "3 recipient(s) #" in text


@pytest.mark.django_db
def test_a_mail_that_cannot_be_queued_is_logged_without_its_addresses(settings, every_log_line):
    use_smtp(settings, 25, queued=True)
    # The outbox (the `mail` task backend) is missing: nothing can be queued.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert send(READER) == 0
    text = site_log_lines(every_log_line)
    assert_no_address(text)
    assert "Could not queue mail" in text


def test_the_same_recipients_get_the_same_digest_so_a_failing_mailbox_can_be_followed():
    from overheidvannu.operations.mail import recipients_for_log

    assert recipients_for_log([READER]) == recipients_for_log([READER.upper()])
    assert recipients_for_log([READER]) != recipients_for_log([COPY])
