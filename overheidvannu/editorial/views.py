"""Admin views of the editorial process: the Prullenbak (pages taken
offline, restored by publishing them again; see articles/editorial.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy


def offline_pages_for(user):
    """Pages that were live once and are offline now, that the user may edit."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return (
        Page.objects.filter(pk__in=editable.values("pk"), live=False, first_published_at__isnull=False)
        .select_related("content_type")
        .order_by("-latest_revision_created_at")
    )


def prullenbak(request):
    pages = list(offline_pages_for(request.user)[:200])
    for page in pages:
        page.can_restore = page.permissions_for_user(request.user).can_publish()
    return TemplateResponse(
        request,
        "articles/admin/prullenbak.html",
        {"pages": pages, "page_title": "Prullenbak", "header_icon": "bin"},
    )


@require_POST
def prullenbak_restore(request, page_id):
    page = get_object_or_404(Page, pk=page_id, live=False).specific
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    revision = page.get_latest_revision() or page.save_revision(user=request.user)
    revision.publish(user=request.user)
    messages.success(request, f"“{page.title}” staat weer online.")
    return redirect("prullenbak")


def broken_links(request):
    from .models import ExternalLinkCheck

    editable = PagePermissionPolicy().instances_user_has_permission_for(request.user, "change")
    checks = ExternalLinkCheck.objects.filter(ok=False, page__in=editable).select_related("page")
    last = ExternalLinkCheck.objects.order_by("-checked_at").values_list("checked_at", flat=True).first()
    return TemplateResponse(
        request,
        "articles/admin/kapotte_links.html",
        {"links": list(checks[:500]), "checked_at": last, "page_title": "Kapotte links", "header_icon": "link"},
    )
