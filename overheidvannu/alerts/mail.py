"""The two mails of an alert: the confirmation request and the alert itself.

Both in Dutch, as plain text and simple, accessible HTML (one column, real
headings and links, no images, no tracking). Every alert mail carries a
one-click unsubscribe (RFC 8058: `List-Unsubscribe` with an HTTPS address and
`List-Unsubscribe-Post`) and a link to manage all of the address's alerts.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.module_loading import import_string

from overheidvannu.operations.mail import QueuedEmailBackend

from . import tokens


def mail_available():
    """Whether mail can go out. In production SMTP needs `EMAIL_HOST`; without
    it the follow page says alerts are unavailable instead of failing."""
    backend = import_string(settings.EMAIL_BACKEND)
    if issubclass(backend, QueuedEmailBackend):
        # Queued mail goes out over the transport behind the queue.
        backend = import_string(settings.MAIL_TRANSPORT_BACKEND)
    if issubclass(backend, SMTPBackend):
        return bool(getattr(settings, "EMAIL_HOST", ""))
    return True


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def manage_url(email):
    return absolute(reverse("alerts:manage", args=[tokens.make("manage", email)]))


def unsubscribe_url(subscription):
    return absolute(
        reverse("alerts:unsubscribe", args=[tokens.make("unsubscribe", [subscription.pk, subscription.email])])
    )


def confirm_url(subscription):
    return absolute(reverse("alerts:confirm", args=[tokens.make("confirm", [subscription.pk, subscription.email])]))


def _message(subject, template, context, to, headers=None):
    context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
    text = render_to_string(f"alerts/mail/{template}.txt", context)
    html = render_to_string(f"alerts/mail/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [to], headers=headers or {})
    message.attach_alternative(html, "text/html")
    return message


def confirmation_message(subscription, description):
    return _message(
        "Bevestig je e-mailattendering van Overheid van Nu",
        "confirm",
        {
            "description": description,
            "frequency": subscription.get_frequency_display().lower(),
            "confirm_url": confirm_url(subscription),
            "days_valid": tokens.CONFIRM_MAX_AGE.days,
        },
        subscription.email,
        headers={"Auto-Submitted": "auto-generated"},
    )


def alert_message(subscription, description, items, listing_url):
    rows = []
    for item in items:
        url = item.get_url()
        rows.append(
            {
                "title": item.title,
                "kind": item.kind_label,  # an edition's too: "Magazine"
                "date": item.publication_date,
                "intro": item.intro,
                "url": url if url.startswith("http") else absolute(url),
            }
        )
    unsubscribe = unsubscribe_url(subscription)
    count = len(rows)
    subject = f"{description}: {count} {'nieuw item' if count == 1 else 'nieuwe items'}"
    return _message(
        subject[:200],
        "alert",
        {
            "description": description,
            "items": rows,
            "listing_url": listing_url,
            "unsubscribe_url": unsubscribe,
            "manage_url": manage_url(subscription.email),
            "frequency": subscription.get_frequency_display().lower(),
        },
        subscription.email,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
            "Precedence": "bulk",
        },
    )
