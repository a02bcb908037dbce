"""Sending what is due, idempotently.

Each subscription is handled in its own transaction, its row locked with
`SKIP LOCKED`: two runs at once never both take it, and `last_sent_at` is
moved to the moment the run started only when its mail went out (with the
task worker: was queued, in the same transaction). Run twice, nobody gets a
mail twice; a mail that could not go out is tried again by the next run.

Run every hour: by the task worker (overheidvannu/operations/periodic.py) or from cron
(`manage.py send_alerts`).
"""

import datetime
import logging

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import following, mail
from .models import Frequency, Subscription

logger = logging.getLogger(__name__)

#: A little less than a day or a week, so an hourly or daily schedule that
#: runs a few minutes early still sends on time.
SLACK = datetime.timedelta(hours=1)
PERIODS = {Frequency.DAILY: datetime.timedelta(days=1), Frequency.WEEKLY: datetime.timedelta(days=7)}
#: Unconfirmed requests are deleted after this long (the privacy page says so).
PENDING_MAX_AGE = datetime.timedelta(days=7)


def due(now):
    condition = Q()
    for frequency, period in PERIODS.items():
        condition |= Q(frequency=frequency) & (Q(last_sent_at__isnull=True) | Q(last_sent_at__lte=now - period + SLACK))
    return Subscription.objects.confirmed().filter(condition)


def delete_expired_requests(now=None):
    now = now or timezone.now()
    deleted, _ = Subscription.objects.pending().filter(requested_at__lt=now - PENDING_MAX_AGE).delete()
    return deleted


def send_alerts(now=None):
    """The hourly work (`manage.py send_alerts`, or the task worker's
    periodic job): delete expired requests, then send what is due."""
    deleted = delete_expired_requests(now)
    return {"sent": send_due(now), "deleted": deleted}


def send_due(now=None):
    """Send every alert that is due; returns the number of mails sent."""
    now = now or timezone.now()
    sent = 0
    connection = get_connection()
    try:
        for pk in due(now).order_by("pk").values_list("pk", flat=True):
            try:
                sent += _send_one(pk, now, connection)
            except Exception:
                logger.exception("Alert %s could not be sent; it is tried again on the next run.", pk)
    finally:
        connection.close()
    return sent


def _send_one(pk, now, connection):
    with transaction.atomic():
        subscription = due(now).select_for_update(skip_locked=True).filter(pk=pk).first()
        if subscription is None:  # taken by another run, or no longer due
            return 0
        since = subscription.last_sent_at or subscription.confirmed_at
        items = following.new_items(subscription.filters, since, now)
        if not items:
            return 0
        query = following.read(subscription.filters)
        listing_url = mail.absolute(following.listing_path(subscription.filters))
        message = mail.alert_message(subscription, following.describe(query), items, listing_url)
        message.connection = connection
        if not message.send():  # nothing went out (or into the queue): still due next run
            raise ConnectionError("the mail backend took no message")
        subscription.last_sent_at = now
        subscription.save(update_fields=["last_sent_at"])
        return 1
