"""Public addresses of discovery outside the page tree: themes and search."""

from django.urls import path

from . import views

app_name = "discovery"

urlpatterns = [
    path("thema/<slug:slug>/", views.theme_detail, name="theme_detail"),
    path("zoeken/", views.search, name="search"),
    path("zoeken/suggesties/", views.suggestions, name="search_suggestions"),
]
