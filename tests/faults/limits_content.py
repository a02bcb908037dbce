"""What tests/faults/test_shared_limits.py adds to its copy of the fault
tests' site (`manage.py shell -c`): the "Tip de redactie" page and a
colleague of `redacteur` (tests/faults/site_content.py).

    from tests.faults.limits_content import build; build()
"""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site

from articles.permissions import EDITORS

from ..contact_form import make_contact_page

COLLEAGUE, COLLEAGUE_PASSWORD = "collega", "ook-een-lang-wachtwoord-789"


def build():
    home = Site.objects.get(is_default_site=True).root_page
    make_contact_page(SimpleNamespace(home=home))
    colleague = get_user_model().objects.create_user(COLLEAGUE, "collega@example.org", COLLEAGUE_PASSWORD)
    colleague.groups.add(Group.objects.get(name=EDITORS))
