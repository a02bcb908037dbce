from django.conf import settings
from django.core.checks import Error, register


@register("security")
def dev_login_without_otp_only_in_debug(app_configs, **kwargs):
    if getattr(settings, "TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP", False) and not settings.DEBUG:
        return [
            Error(
                "TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP is on while DEBUG is off.",
                hint="Only the dev settings may let the local admin skip two-factor authentication.",
                id="overheidvannu.E001",
            )
        ]
    return []
