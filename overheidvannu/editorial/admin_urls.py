"""The editorial reports' admin URLs (under /admin/, registered in wagtail_hooks.py)."""

from django.urls import path

from . import views

urlpatterns = [
    path("dekking/", views.CoverageReportView.as_view(), name="dekking"),
    path("zoektermen/", views.EditorialSearchTermsReportView.as_view(), name="zoektermen"),
    path(
        "zoektermen/results/",
        views.EditorialSearchTermsReportView.as_view(results_only=True),
        name="zoektermen_results",
    ),
    path("kapotte-links/", views.broken_links, name="kapotte_links"),
    path("prullenbak/", views.prullenbak, name="prullenbak"),
    path("prullenbak/<int:page_id>/terugzetten/", views.RestoreView.as_view(), name="prullenbak_restore"),
]
