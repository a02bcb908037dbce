"""Wagtail hooks of the admin's doors: the two-factor screens, the account
menu entry for them, the second factor before private pages and documents,
and the lockout overview."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import lockouts_admin, two_factor

# The second factor guards private pages and restricted documents too; before
# Wagtail's own checks, which would offer the password form again.
hooks.register("before_serve_page", two_factor.private_page_needs_second_factor, order=-1)
hooks.register("before_serve_document", two_factor.restricted_document_needs_second_factor, order=-1)


@hooks.register("register_admin_urls")
def security_admin_urls():
    return [
        path("tweestapsverificatie/", two_factor.manage, name="ovn_2fa_manage"),
        path("tweestapsverificatie/instellen/", two_factor.setup, name="ovn_2fa_setup"),
        path("tweestapsverificatie/controleren/", two_factor.verify, name="ovn_2fa_verify"),
        path(
            "tweestapsverificatie/herstelcodes/",
            two_factor.regenerate_recovery_codes,
            name="ovn_2fa_recovery_codes",
        ),
        path("tweestapsverificatie/uitzetten/", two_factor.disable, name="ovn_2fa_disable"),
        path("inlogblokkades/", lockouts_admin.index, name="ovn_lockouts"),
        path("inlogblokkades/<int:pk>/vrijgeven/", lockouts_admin.release, name="ovn_lockout_release"),
        path("inlogblokkades/adres-vrijgeven/", lockouts_admin.release_address, name="ovn_lockout_release_address"),
        path("inlogblokkades/naam-vrijgeven/", lockouts_admin.release_username, name="ovn_lockout_release_username"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("ovn_2fa_manage"),
        "label": "Tweestapsverificatie",
        "help_text": "Log in met je wachtwoord én een code uit een app op je telefoon.",
    }


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return lockouts_admin.can_manage_lockouts(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem("Inlogblokkades", reverse("ovn_lockouts"), icon_name="lock", order=900)
