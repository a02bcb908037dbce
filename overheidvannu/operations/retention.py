"""Contact-form submissions (Tip de redactie) are kept no longer than
CONTACT_SUBMISSION_RETENTION_DAYS, as the privacy page promises. Deleted daily
by the task worker (overheidvannu/operations/periodic.py) or from cron with
`python manage.py delete_old_submissions`."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission


def delete_old_submissions(now=None):
    """Delete the submissions older than the retention period; returns how many."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.CONTACT_SUBMISSION_RETENTION_DAYS)
    deleted, _ = FormSubmission.objects.filter(submit_time__lt=cutoff).delete()
    return deleted
