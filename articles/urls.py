"""Public URLs of content outside the page tree: themes and search."""

from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("thema/<slug:slug>/", views.theme_detail, name="theme_detail"),
]
