"""Dutch where Wagtail's admin leaves English that its translations cannot
reach: form fields Wagtail declares without a label, so Django derives an
English one from the field name ("Password" on the login screen, "Link
text" and "Phone number" in the link choosers).

The strings Wagtail does mark for translation but leaves in English in its
Dutch catalogue ("Checks", "Minimap", …) are translated in `locale/`
(LOCALE_PATHS); text hard-coded in Wagtail's templates is set in
static/js/admin-editorial.js. tests/editorial/test_admin_dutch.py reads the admin
as both editor groups do and fails on any of them.
"""

from django.utils.translation import gettext_lazy
from wagtail.admin.forms import choosers
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

# Link chooser form (Wagtail's, in wagtail.admin.forms.choosers) → {field: label}. The admin
# speaks Dutch only (WAGTAILADMIN_PERMITTED_LANGUAGES), so these need no translation.
LINK_CHOOSER_LABELS = {
    "ExternalLinkChooserForm": {"link_text": "Linktekst"},
    "AnchorLinkChooserForm": {"link_text": "Linktekst"},
    "EmailLinkChooserForm": {
        "email_address": "E-mailadres",
        "link_text": "Linktekst",
        "subject": "Onderwerp",
        "body": "Tekst van het bericht",
    },
    "PhoneLinkChooserForm": {
        "phone_number": "Telefoonnummer",
        "link_text": "Linktekst",
    },
}


class LoginForm(WagtailLoginForm):
    """Wagtail's login form (WAGTAILADMIN_USER_LOGIN_FORM) with its password
    field labelled through Django's own translation ("Wachtwoord")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")


def label_link_choosers():
    """Give the link choosers' unlabelled fields their Dutch labels (once, at
    start-up, from this app's ready())."""
    for form_name, labels in LINK_CHOOSER_LABELS.items():
        fields = getattr(choosers, form_name).base_fields
        for field_name, label in labels.items():
            if field_name in fields and fields[field_name].label is None:
                fields[field_name].label = label
