"""The weekly "wacht op jou" digest: every Eindredacteur gets one e-mail
listing what waits for their review (oldest first), with a link to each page
in the admin. Nobody with nothing waiting gets an e-mail.

Sent on Monday morning by the task worker (a periodic job, registered in
apps.py) or from cron with `python manage.py send_review_digest`."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState

from articles.permissions import REVIEWERS


def waiting_for(user):
    """(page, waiting since) for every page in a review task of the user's groups."""
    states = (
        TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, task__groupapprovaltask__groups__user=user)
        .select_related("workflow_state")
        .order_by("started_at")
        .distinct()
    )
    since = {}
    for state in states:
        if state.workflow_state.base_content_type.model == "page":
            since.setdefault(int(state.workflow_state.object_id), state.started_at)
    pages = Page.objects.in_bulk(list(since))
    return [(pages[pk], moment) for pk, moment in since.items() if pk in pages]


def digest_text(user, items):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [
        f"Beste {user.get_short_name() or user.get_username()},",
        "",
        f"Er {'wacht' if len(items) == 1 else 'wachten'} {len(items)} "
        f"{'pagina' if len(items) == 1 else 'pagina’s'} op jouw review:",
        "",
    ]
    for page, moment in items:
        days = (timezone.now() - moment).days
        waited = "sinds vandaag" if days == 0 else f"sinds {days} {'dag' if days == 1 else 'dagen'}"
        lines.append(f"- {page.title} ({waited})")
        lines.append(f"  {base}{reverse('wagtailadmin_pages:edit', args=[page.pk])}")
    lines += ["", "Groet,", "Overheid van Nu"]
    return "\n".join(lines)


def send_review_digests():
    """Send each Eindredacteur with something waiting one digest; returns
    the number of digests sent."""
    sent = 0
    reviewers = get_user_model().objects.filter(groups__name=REVIEWERS, is_active=True).exclude(email="").distinct()
    for user in reviewers:
        items = waiting_for(user)
        if not items:
            continue
        send_mail(
            f"Wacht op jou: {len(items)} {'pagina' if len(items) == 1 else 'pagina’s'} voor review",
            digest_text(user, items),
            None,
            [user.email],
        )
        sent += 1
    return sent
