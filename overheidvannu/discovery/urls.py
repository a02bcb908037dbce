"""Public addresses of discovery outside the page tree: themes and search."""

from django.urls import path

from articles.sections import AGENDA

from . import views

app_name = "discovery"

urlpatterns = [
    path("thema/", views.theme_index, name="theme_index"),
    path("thema/<slug:slug>/", views.theme_detail, name="theme_detail"),
    path(f"{AGENDA.key}/<slug:slug>/evenement.ics", views.event_calendar, name="event_calendar"),
    path("zoeken/", views.search, name="search"),
    path("zoeken/suggesties/", views.suggestions, name="search_suggestions"),
]
