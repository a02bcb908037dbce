"""Template tags of the editorial admin."""

from django import template
from django.urls import reverse
from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.permission_policies.pages import PagePermissionPolicy

from articles.permissions import SECTION_DEPTH

register = template.Library()

#: Uploads: whoever uploaded one may delete it (overheidvannu/editorial/uploads.py), whatever the permission.
OWN_UPLOADS = {"wagtailimages", "wagtaildocs"}


def _lists_fixed_pages_only(context):
    """Whether the listing shows the children of Root or of the home page
    (not searched or filtered): the sections and legal pages, which only a
    superuser takes offline (articles/permissions.py)."""
    parent = context.get("parent_page")
    searching = context.get("is_searching") or context.get("is_filtering")
    return parent is not None and not searching and parent.depth < SECTION_DEPTH


def _refused_page_actions(user, context):
    """The page bulk actions that would refuse every page for `user`: moving
    and deleting are for superusers only (articles/permissions.py),
    publishing and taking offline for whoever may publish somewhere, and
    taking the sections and legal pages offline for nobody but a superuser."""
    if user.is_active and user.is_superuser:
        return set()
    refused = {"delete", "move"}
    if not PagePermissionPolicy().user_has_permission(user, "publish"):
        refused |= {"publish", "unpublish"}
    if _lists_fixed_pages_only(context):
        refused.add("unpublish")
    return refused


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def editorial_bulk_action_choices(context, app_label, model_name):
    """Wagtail's bulk action buttons (`bulk_action_choices`) without the
    ones that could do nothing for this user: a button that only ever
    answers "you may not" is not offered."""
    choices = bulk_action_choices(context, app_label, model_name)
    if "request" not in context:
        return choices
    user = context["request"].user
    if (app_label, model_name) == ("wagtailcore", "page"):
        actions = _refused_page_actions(user, context)
    elif app_label in OWN_UPLOADS or user.has_perm(f"{app_label}.delete_{model_name}"):
        actions = set()
    else:
        actions = {"delete"}  # snippets: only with the model's delete permission
    refused = {reverse("wagtail_bulk_action", args=[app_label, model_name, action]) for action in actions}
    if not refused:
        return choices

    def offered(button):
        return getattr(button, "url", None) not in refused

    buttons = []
    for button in choices["buttons"]:
        if hasattr(button, "dropdown_buttons"):
            button.dropdown_buttons = [item for item in button.dropdown_buttons if offered(item)]
            if not button.dropdown_buttons:
                continue
        if offered(button):
            buttons.append(button)
    return {**choices, "buttons": buttons}
