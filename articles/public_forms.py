"""What the two public forms share (the contact page here and the alerts in
`overheidvannu.alerts`): small fixed-window rate limits in Django's cache,
keyed by hashes so no address or IP address is kept in the clear, and error
markup that screen readers announce with the field."""

import hashlib

from django.core.cache import cache


def hit(scope, key, limit, seconds):
    """Count one attempt; False once `limit` attempts were made in the window."""
    digest = hashlib.sha256(f"{scope}:{key}".encode()).hexdigest()
    cache_key = f"ratelimit:{scope}:{digest}"
    cache.add(cache_key, 0, seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, seconds)
        count = 1
    return count <= limit


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
