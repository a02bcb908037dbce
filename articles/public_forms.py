"""What the two public forms share (the contact page here and the alerts in
`overheidvannu.alerts`): small fixed-window rate limits that every worker
shares (`articles.ratelimits.store`: Redis, else the database), keyed by
hashes so no address or IP address is kept in the clear, and error markup
that screen readers announce with the field."""

from django.conf import settings

from .ratelimits import store


def client_ip(request):
    """The visitor's IP address. Behind `NUM_PROXIES` trusted proxies (each
    appending to X-Forwarded-For) it is that many entries from the end of
    the header, so a forged first entry does not count; without proxies,
    or without the header, it is REMOTE_ADDR."""
    proxies = getattr(settings, "NUM_PROXIES", 0)
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and forwarded:
        return forwarded[-min(proxies, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")


def hit(scope, key, limit, seconds):
    """Count one attempt; False once `limit` attempts were made in the window.
    Counted where every gunicorn worker and node sees the same number."""
    return store.hit(scope, key, limit, seconds)


def mark_errors(form):
    """Tie each field's error message to its input (`aria-invalid`,
    `aria-describedby`); templates render the message with id `<id>-fout`."""
    for name in form.errors:
        if name in form.fields:
            field = form[name]
            attrs = form.fields[name].widget.attrs
            attrs["aria-invalid"] = "true"
            described = [value for value in attrs.get("aria-describedby", "").split() if value]
            if form.fields[name].help_text:
                described.append(f"{field.auto_id}_helptext")
            described.append(f"{field.auto_id}-fout")
            attrs["aria-describedby"] = " ".join(dict.fromkeys(described))
    return form
