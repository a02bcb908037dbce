"""Replacing or deleting an upload that a live page shows is the Eindredactie's action.

Wagtail lets everyone who may change an image or document in its collection
also replace its file and delete it, and whoever uploaded it may always do
both. A replaced file is served at once, so one Redacteur could change what a
published page offers without review. Here, for an upload a live page uses
(articles/published_uploads.py):

* deleting it needs the model's delete permission (`wagtailimages.delete_image`,
  `wagtaildocs.delete_document`), which only the Eindredacteuren group holds
  (overheidvannu/editorial/roles.py) and superusers have: a permission policy, so the
  delete button, the delete view and the bulk action agree;
* replacing its file needs the same permission: the upload forms below
  (WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE: the content
  checks of overheidvannu/operations/uploads.py plus this rule) refuse a new
  file with a Dutch message that says how to do it with review instead
  (upload the new file and pick it in a draft of the page).

Uploads no live page uses stay the editors' own to replace and delete.

`ImageForm` and `DocumentForm` are the form bases Wagtail uses for every
image and document form (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): the content-checked forms of
overheidvannu/operations/uploads.py with this rule added.
"""

from django import forms
from django.contrib.auth import get_permission_codename
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

from articles.published_uploads import is_used_by_live_page
from overheidvannu.operations import uploads

REPLACE_REFUSED = (
    "Dit bestand staat op een gepubliceerde pagina. Alleen de eindredactie kan het vervangen. "
    "Wil je een nieuwe versie? Upload die als nieuw bestand en kies het in een concept van de pagina: "
    "dan gaat de wijziging langs de eindredactie."
)
LIVE_UPLOAD_NOTICE = (
    "Dit bestand staat op een gepubliceerde pagina: alleen de eindredactie kan het vervangen of verwijderen."
)


def may_change_live_uploads(user, model):
    """The Eindredactie (and superusers): the model's own delete permission."""
    return user.is_active and user.has_perm(f"{model._meta.app_label}.{get_permission_codename('delete', model._meta)}")


def protected_from(user, instance):
    """Does a live page use `instance`, which `user` may then not replace or delete?"""
    if instance.pk is None or may_change_live_uploads(user, type(instance)):
        return False
    cached = getattr(instance, "_ovn_used_live", None)
    if cached is None:
        cached = instance._ovn_used_live = is_used_by_live_page(instance)
    return cached


class LiveUploadPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents, with deleting what a live
    page uses left to the Eindredactie."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = list(actions)
        if "delete" in actions and protected_from(user, instance):
            actions.remove("delete")
            if not actions:
                return False
        return super().user_has_any_permission_for_instance(user, actions, instance)


def register_policies():
    """Put these policies before Wagtail's for images and documents (from
    AppConfig.ready()). For the exact class: Wagtail's image and document
    apps register theirs for the class and its subclasses in their own
    ready(), which runs after this app's, and an exact match comes first."""
    for model, auth_model in (
        (get_image_model(), "wagtailimages.Image"),
        (get_document_model(), "wagtaildocs.Document"),
    ):
        register_permission_policy(
            model,
            LiveUploadPermissionPolicy(model, auth_model=auth_model, owner_field_name="uploaded_by_user"),
            exact_class=True,
        )


class LiveFileMixin:
    """The file of an upload that a live page uses is replaced by the
    Eindredactie only; others read why at the file field."""

    def __init__(self, *args, **kwargs):
        self.editing_user = kwargs.get("user")
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and self.is_protected():
            field.help_text = LIVE_UPLOAD_NOTICE

    def is_protected(self):
        return self.editing_user is not None and protected_from(self.editing_user, self.instance)

    def refuse_replacing_a_live_file(self):
        if uploads.new_upload(self) is not None and self.is_protected():
            raise forms.ValidationError(REPLACE_REFUSED, code="live_file")


#: A browser never fills a file field again after a form comes back with an
#: error, so the editor is told plainly, at the field.
CHOOSE_AGAIN = "Kies het bestand ‘{name}’ opnieuw: na een foutmelding bewaart je browser het gekozen bestand niet."


class ChooseAgainMixin:
    """After an error elsewhere on the form, the file field says that the
    chosen file must be chosen again. (The browser also checks the alt-text
    choice before sending, static/js/admin-editorial.js, so that error rarely
    comes back from the server at all.)"""

    def _post_clean(self):
        super()._post_clean()
        upload = self.files.get("file") if self.files else None
        if self.errors and upload is not None and "file" not in self.errors:
            self.add_error("file", CHOOSE_AGAIN.format(name=upload.name))


class ImageForm(ChooseAgainMixin, LiveFileMixin, uploads.ImageForm):
    """The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): alt text, content checks, live files guarded."""

    def clean_file(self):
        self.refuse_replacing_a_live_file()
        return self.cleaned_data.get("file")


class DocumentForm(ChooseAgainMixin, LiveFileMixin, uploads.DocumentForm):
    """The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): content checks, live files guarded."""

    def clean_file(self):
        self.refuse_replacing_a_live_file()
        return super().clean_file()
