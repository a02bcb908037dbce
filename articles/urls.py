"""Public URLs of content outside the page tree: themes and search."""

from django.urls import path

from . import search, views

app_name = "articles"

urlpatterns = [
    path("thema/<slug:slug>/", views.theme_detail, name="theme_detail"),
    path("zoeken/", search.search, name="search"),
    path("zoeken/suggesties/", search.suggestions, name="search_suggestions"),
]
