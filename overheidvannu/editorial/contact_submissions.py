"""Who reads the contact tips, and how they leave the admin.

Tips hold names, e-mail addresses and free text: personal data for the
Eindredactie only. Wagtail lists a form's submissions to everyone who may
edit the form page; the `filter_form_submissions_for_user` hook
(wagtail_hooks.py) narrows that to users with the
`wagtailforms.view_formsubmission` permission, which only the Eindredacteuren
group holds (roles.py; superusers hold every permission). The hook guards the
forms menu, the listing, both exports and deleting alike.

The listing and its exports are `ContactSubmissionsListView`, set as the
contact page's `submissions_list_view_class` (Wagtail's attribute for it) by
this app's ready(), so the content model in `articles` imports no admin view.

Exports (`?export=csv`, `?export=xlsx`) neutralise formulas (OWASP, "CSV
injection"): a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
return gets a leading `'`, so a spreadsheet program shows it as text. Each
export is logged on the `overheidvannu.security` logger: who, which form, how
many rows, which format; never what the rows hold.
"""

import logging

from wagtail.contrib.forms.views import SubmissionsListView

log = logging.getLogger("overheidvannu.security")

#: The permission that opens contact tips (held by the Eindredacteuren group).
VIEW_SUBMISSIONS = "wagtailforms.view_formsubmission"
#: Characters that make a spreadsheet program read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def may_read_submissions(user):
    return user.is_active and user.has_perm(VIEW_SUBMISSIONS)


def forms_with_readable_submissions(user, editable_forms):
    """`filter_form_submissions_for_user` hook: no form's submissions for
    anyone without the permission."""
    return editable_forms if may_read_submissions(user) else editable_forms.none()


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class ContactSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions listing and export, formula-safe and logged."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        # Headings are the form's field labels, which editors type.
        return neutralise_formula(super().get_heading(queryset, field))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        log.info(
            "Contact submissions exported by %s (user %s): form %s, %d rows, %s",
            self.request.user.get_username(),
            self.request.user.pk,
            self.form_page.pk,
            queryset.count(),
            spreadsheet_format,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)
