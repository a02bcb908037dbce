"""What the two public forms share (the contact page here and the alerts in
`overheidvannu.alerts`): small fixed-window rate limits that every worker
shares (`articles.ratelimits.store`: Redis, else the database), keyed by
hashes so no address or IP address is kept in the clear, and one voice for
their messages.

Errors follow the GOV.UK pattern (templates/components/form_errors.html and
form_field.html): a summary first in <main> with a link to each field, "Fout: "
before the page title, and each field marked and described. Django ties the
hint (`<id>_helptext`) and the message (`<id>_error`) to the input with
`aria-describedby` and sets `aria-invalid` itself.
"""

from django import forms
from django.core.exceptions import ValidationError

from .ratelimits import store

EMAIL_INVALID = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."
URL_INVALID = "Vul een geldig webadres in, zoals https://www.voorbeeld.nl."
#: Labels that speak to the visitor ("Je naam") are used as they are: "Vul je naam in."
POSSESSIVES = ("je ", "jouw ", "uw ")


def hit(scope, key, limit, seconds):
    """Count one attempt; False once `limit` attempts were made in the window.
    Counted where every gunicorn worker and node sees the same number."""
    return store.hit(scope, key, limit, seconds)


def number(value):
    """A whole number the Dutch way: 5000 is "5.000"."""
    return f"{value:,}".replace(",", ".")


def _named(label):
    """The field as the object of a sentence: "je naam", or "‘Link’"."""
    label = label.strip()
    if label.lower().startswith(POSSESSIVES):
        return label[0].lower() + label[1:]
    return f"‘{label}’"


def required_message(label):
    """ "Vul je naam in." / "Vul ‘Link’ in." """
    return f"Vul {_named(label)} in."


def choice_required_message(label):
    return f"Kies {_named(label)}."


def checkbox_required_message(label):
    return f"Vink {_named(label)} aan."


def too_long_message(label, limit):
    named = _named(label)
    return f"{named[0].upper() + named[1:]} mag hooguit {number(limit)} tekens lang zijn."


def error_messages(label, *, limit=None, kind="text"):
    """Django `error_messages` for a field labelled `label`, in the forms' one voice."""
    messages = {"required": required_message(label)}
    if kind == "choice":
        messages = {"required": choice_required_message(label), "invalid_choice": choice_required_message(label)}
    elif kind == "checkbox":
        messages = {"required": checkbox_required_message(label)}
    elif kind == "email":
        messages["invalid"] = EMAIL_INVALID
    elif kind == "url":
        messages["invalid"] = URL_INVALID
    elif kind == "number":
        messages["invalid"] = f"Vul bij {_named(label)} een getal in."
    elif kind in ("date", "datetime"):
        messages["invalid"] = f"Vul bij {_named(label)} een datum in, zoals 31-12-2026."
    if limit is not None:
        messages["max_length"] = too_long_message(label, limit)
    return messages


def normalise_line_breaks(text):
    """Browsers send a line break as CRLF, but count and show it as one
    character: so does the server."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def character_count(text):
    """The length the server checks, and the character count shows
    (static/js/site.js counts the same way): line breaks count once, spaces
    around the text not at all (Django strips them), and a character outside
    the Basic Multilingual Plane (an emoji) counts once."""
    return len(normalise_line_breaks(text).strip())


class LongTextField(forms.CharField):
    """A long text with a limit that the visitor sees and that counts as the
    visitor does. No `maxlength` attribute: the browser would cut the text
    without a word (GOV.UK's character count); the limit is stated in the hint,
    counted live by site.js (`data-maxlength`), and checked here."""

    def __init__(self, *, max_length, **kwargs):
        self.limit = max_length
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = normalise_line_breaks(value)
        return super().to_python(value)

    def validate(self, value):
        super().validate(value)
        if value and character_count(value) > self.limit:
            over = character_count(value) - self.limit
            raise ValidationError(
                f"{self.error_messages['max_length']} Haal er nog {number(over)} "
                f"{'teken' if over == 1 else 'tekens'} af.",
                code="max_length",
            )

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs["data-maxlength"] = str(self.limit)
        return attrs


def limit_hint(limit):
    return f"Je kunt hooguit {number(limit)} tekens gebruiken."
