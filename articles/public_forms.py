"""What the two public forms share (the contact page here and the alerts in
`overheidvannu.alerts`): small fixed-window rate limits that every worker
shares (`articles.ratelimits.store`: Redis, else the database), keyed by
hashes so no address or IP address is kept in the clear, and error markup
that screen readers announce with the field."""

from .ratelimits import store


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
