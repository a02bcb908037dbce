from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.follow, name="follow"),
    path("aangevraagd/", views.requested, name="requested"),
    path("bevestigen/<str:token>/", views.confirm, name="confirm"),
    path("afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("beheren/<str:token>/", views.manage, name="manage"),
]
