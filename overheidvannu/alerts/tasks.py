"""The work behind a follow request, done by the task worker.

`/volgen/` answers every valid request the same way and does the same work
for it: it counts the request against the limits and queues this task,
nothing more. Whether the address is new, has a pending request or already
follows these filters is decided here, away from the visitor's answer, so
its timing tells nothing (issue 25 measured 13.0 ms for a new address
against 6.4 ms for a confirmed one when the view decided itself). With the
immediate task backend (`make run`, no worker) the task runs inside the
request, as every task does there.
"""

from django.utils import timezone
from django_tasks import task

from . import following, mail
from .models import Subscription

#: One pending confirmation mail per address per day.
PENDING_WINDOW = timezone.timedelta(days=1)


@task()
def request_subscription(email, filters, frequency):
    """Create a pending subscription and mail its confirmation link, unless
    the address has a pending one from the last day or already follows these
    filters."""
    now = timezone.now()
    same_address = Subscription.objects.filter(email__iexact=email)
    if same_address.pending().filter(requested_at__gt=now - PENDING_WINDOW).exists():
        return
    if same_address.confirmed().filter(filters=filters).exists():
        return
    subscription = Subscription.objects.create(email=email, filters=filters, frequency=frequency)
    description = following.describe(following.read(filters))
    # Queued in the mail outbox with this transaction (overheidvannu/operations/mail.py): a
    # mail server that refuses or hangs delays the mail, never loses it.
    mail.confirmation_message(subscription, description).send()
