"""Tip de redactie (`/contact/`): a Wagtail form page.

Editors change its fields and texts in the admin; submissions are stored and
listed there (Wagtail's "Formulieren", for the Eindredactie only, with
formula-safe exports: see overheidvannu/editorial/contact_submissions.py),
mailed to the address editors set, and deleted after `CONTACT_SUBMISSION_RETENTION_DAYS` by
`manage.py delete_old_submissions` (the privacy page states the period).
Spam is kept out with a honeypot field and a rate limit per IP address, never
a third-party CAPTCHA. Every input is validated with a Dutch message and kept.
"""

import logging

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField
from wagtail.search import index

from ..client_address import client_ip
from ..page_meta import page_meta
from ..permissions import EditorialPermissionsMixin
from ..public_forms import LongTextField, error_messages, hit, limit_hint

logger = logging.getLogger(__name__)

#: The honeypot: an input people never see or fill in (see the template).
HONEYPOT_FIELD = "website"
#: Submissions per IP address per hour.
SUBMISSION_LIMIT, WINDOW = 5, 60 * 60
MAX_MESSAGE_LENGTH = 5000
MAX_URL_LENGTH = 500


class ContactFormBuilder(FormBuilder):
    """Bounded inputs with messages in the forms' one voice (`public_forms`):
    a long text has a limit that is stated and counted as the visitor counts
    it, an address and a link a maximum length too; name and e-mail fields
    carry their `autocomplete` tokens (WCAG 1.3.5)."""

    def get_field_options(self, field):
        options = super().get_field_options(field)
        kind = {
            "email": "email",
            "url": "url",
            "number": "number",
            "date": "date",
            "datetime": "datetime",
            "checkbox": "checkbox",
            "dropdown": "choice",
            "radio": "choice",
            "multiselect": "choice",
            "checkboxes": "choice",
        }.get(field.field_type, "text")
        options["error_messages"] = error_messages(field.label, kind=kind, limit=FIELD_LIMITS.get(field.field_type))
        return options

    def create_singleline_field(self, field, options):
        token = autocomplete_token(field)
        if token:
            options["widget"] = forms.TextInput(attrs={"autocomplete": token})
        return super().create_singleline_field(field, options)

    def create_multiline_field(self, field, options):
        hint = limit_hint(MAX_MESSAGE_LENGTH)
        options["help_text"] = f"{options['help_text']} {hint}" if options.get("help_text") else hint
        return LongTextField(max_length=MAX_MESSAGE_LENGTH, widget=forms.Textarea, **options)

    def create_email_field(self, field, options):
        options["max_length"] = FIELD_LIMITS["email"]
        options["widget"] = forms.EmailInput(attrs={"autocomplete": "email"})
        return super().create_email_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = MAX_URL_LENGTH
        options["assume_scheme"] = "https"
        return super().create_url_field(field, options)


#: The maximum length per field type (a single line is Wagtail's 255).
FIELD_LIMITS = {"singleline": 255, "email": 254, "url": MAX_URL_LENGTH, "multiline": MAX_MESSAGE_LENGTH}
#: A single-line field whose name says what it holds gets the browser's token for it.
AUTOCOMPLETE_BY_NAME = (
    (("naam", "name"), "name"),
    (("organisatie", "organization"), "organization"),
    (("telefoon", "phone"), "tel"),
)


def autocomplete_token(field):
    """The HTML `autocomplete` token for an editor's single-line field, from
    its name ("Je naam" -> "name"), or None."""
    name = field.clean_name.lower()
    for words, token in AUTOCOMPLETE_BY_NAME:
        if any(word in name.split("_") for word in words):
            return token
    return None


class ContactFormField(AbstractFormField):
    page = ParentalKey("articles.ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    class Meta(AbstractFormField.Meta):
        verbose_name = "formulierveld"
        verbose_name_plural = "formuliervelden"


class ContactPage(EditorialPermissionsMixin, AbstractEmailForm):
    intro = models.TextField(
        "introductie", max_length=600, blank=True, help_text="Wat de redactie graag hoort, boven het formulier."
    )
    privacy_note = models.TextField(
        "privacytekst",
        max_length=600,
        blank=True,
        help_text="Wat er met de gegevens gebeurt en hoe lang ze bewaard worden (zoals op de privacypagina).",
    )
    thank_you_text = RichTextField(
        "bedankttekst", blank=True, features=["bold", "italic", "link"], help_text="Getoond na het versturen."
    )
    form_builder = ContactFormBuilder
    # Search finds it by its name: its title ("Tip de redactie") or its address ("contact").
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("slug"), index.SearchField("intro")]
    landing_page_template = "articles/contact_page_landing.html"

    parent_page_types = ["discovery.HomePage"]
    subpage_types = []
    max_count = 1
    content_panels = AbstractEmailForm.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Formuliervelden"),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="Melding per e-mail aan de redactie",
        ),
    ]

    class Meta:
        verbose_name = "contactformulier"
        verbose_name_plural = "contactformulieren"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_meta(self, request, description=self.intro))
        context["honeypot_field"] = HONEYPOT_FIELD
        return context

    def serve(self, request, *args, **kwargs):
        response = self._serve(request, *args, **kwargs)
        # The page carries a CSRF token: never in a shared cache.
        patch_cache_control(response, private=True, no_cache=True, no_store=True)
        return response

    def _serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return self._render_form(request, self.get_form(page=self, user=request.user))
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if request.POST.get(HONEYPOT_FIELD):
            # A bot: it sees the usual thanks, nothing is stored or sent.
            return self.render_landing_page(request)
        if not form.is_valid():
            return self._render_form(request, form, status=400)
        # Only submissions that would be stored count: correcting a mistake costs nothing.
        if not hit("contact", client_ip(request), SUBMISSION_LIMIT, WINDOW):
            form.add_error(None, "Je hebt dit formulier te vaak verstuurd. Probeer het over een uur opnieuw.")
            return self._render_form(request, form, status=429)
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def _render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def send_mail(self, form):
        """The notification to the editors, with the sender's address as
        Reply-To. A mail server that is down loses the mail, not the tip: the
        submission is already stored and listed in the admin."""
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        reply_to = [
            form.cleaned_data[name]
            for name, field in form.fields.items()
            if isinstance(field, forms.EmailField) and form.cleaned_data.get(name)
        ][:1]
        message = EmailMessage(
            self.subject or f"Nieuwe tip via {self.title}",
            self.render_email(form),
            self.from_address or settings.DEFAULT_FROM_EMAIL,
            addresses,
            reply_to=reply_to,
        )
        try:
            message.send()
        except Exception:
            logger.exception("The notification of a contact-form submission could not be sent.")
