import pytest
from django.core.cache import cache
from django.test import Client

from .factories import SiteTree


@pytest.fixture
def tree(db):
    """Home page with the kennisbank, per-type indexes, opgaven and regions indexes."""
    return SiteTree()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database is rolled back
    between tests, a process-local cache is not."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def search_index(settings):
    """Keep the search index up to date on every save, as on the real site
    (off by default in tests: see overheidvannu/settings/test.py)."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": settings.SEARCH_INDEXING}


@pytest.fixture(autouse=True)
def force_login_is_fully_signed_in(monkeypatch):
    """`client.force_login(user)` stands for a finished sign-in: password and,
    for users who have or need it, the second factor. Tests of the sign-in
    itself (tests/test_admin_security.py) post to the real login and code
    screens instead."""
    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from overheidvannu.security.two_factor import two_factor_required

        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None and two_factor_required(user):
            device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        if device is not None:
            session = self.session
            session["otp_device_id"] = device.persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture(scope="module")
def restore_migrated_data(django_db_setup, django_db_blocker):
    """For modules of transactional tests against servers in other processes:
    a transactional test ends by emptying every table, and pytest-django puts
    back what migrations created (the home page, levels, groups, the
    workflow) only before the next such test. Put it back after the module
    too, so the tests after it, and a later run with --reuse-db, find it."""
    yield
    from django.db import connection

    from overheidvannu.discovery.models import HomePage

    with django_db_blocker.unblock():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents and not HomePage.objects.exists():
            connection.creation.deserialize_db_from_string(contents)
