"""Signed links in alert mails: nothing secret is stored, so nothing can leak
from the database. A confirmation link expires; manage and unsubscribe links
keep working as long as the subscription exists (every mail carries them)."""

import datetime

from django.core import signing

CONFIRM_MAX_AGE = datetime.timedelta(days=7)
_SALTS = {"confirm": "alerts.confirm", "unsubscribe": "alerts.unsubscribe", "manage": "alerts.manage"}


def make(purpose, value):
    return signing.dumps(value, salt=_SALTS[purpose], compress=True)


def read(purpose, token):
    """The signed value, or None for a bad, tampered or expired token."""
    max_age = CONFIRM_MAX_AGE if purpose == "confirm" else None
    try:
        return signing.loads(token, salt=_SALTS[purpose], max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None
