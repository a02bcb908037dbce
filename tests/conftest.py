import datetime
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.test import Client

from . import clock, private_api
from .factories import SiteTree
from .servers import smtp_server, use_smtp

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"
BROWSER_GROUP = "browser"
BROWSER_PREFIX = "tests/browser/"
# The fault and backup tests share one throwaway PostgreSQL cluster with a
# migrated, filled template (tests/faults/conftest.py): built once if they run together.
FAULTS_GROUP = "faults"
FAULTS_PREFIX = "tests/faults/"
# Groups that take longest (a served demo site, the crawl of two, `load_demo`, `make run`'s
# path on SQLite, the backup and fault clusters) start first, so that no worker is left
# alone with a long one at the end. The first two to start both need the loaded demo
# (tests/demo_template.py): one loads it while the other loads `make run`'s on SQLite.
SLOWEST_GROUPS = (
    BROWSER_GROUP,
    "tests/test_crawl.py",
    "tests/demo/test_load_demo.py",
    "tests/site/test_setup_paths.py",
    FAULTS_GROUP,
    # Few tests each, but a worker process or migrations back and forth in each.
    "tests/operations/test_periodic.py",
    "tests/test_architecture.py",
    "tests/operations/test_tasks_and_mail.py",
)


# The clock policy (README, "The inner loop"; tests/clock.py): no test depends on
# today's date. `CLOCK_OFFSET_DAYS=N` runs the session with the clock N days ahead;
# scripts/test.sh also runs these date-sensitive tests (marked `clock`) at +400 days:
# a whole module, or `module::test` where only that test of a costly module depends
# on the date. Not test_load_demo (a minute of loading): test_demo_data checks the
# demo's dates against any load day, and CLOCK_OFFSET_DAYS runs cover the rest.
CLOCK_MODULES = (
    "tests/alerts/test_alerts.py",
    "tests/articles/test_page_markup.py",
    "tests/articles/test_pages.py",
    "tests/articles/test_publication_date.py",
    "tests/demo/test_demo_data.py",
    "tests/discovery/test_event_dates.py",
    "tests/discovery/test_feeds.py",
    "tests/discovery/test_home_and_theme_pages.py",
    "tests/discovery/test_listing.py",
    "tests/discovery/test_search_names_and_topics.py",
    "tests/discovery/test_search_ranking_table.py",
    # The library's one event is held weeks from now: `jaar` counts it in that year.
    "tests/discovery/test_search_page.py::test_facet_counts_cover_only_the_matched_results",
    "tests/editorial/test_admin_dates.py",
    "tests/editorial/test_dashboard.py",
    "tests/operations/test_periodic.py",
    "tests/site/test_site_endpoints.py",
)
CLOCK_TRAVEL = pytest.StashKey()


def is_date_sensitive(nodeid):
    """Whether CLOCK_MODULES names the test's module or the test (any of its parameters)."""
    module, _, name = nodeid.partition("::")
    return module in CLOCK_MODULES or f"{module}::{name.split('[', 1)[0]}" in CLOCK_MODULES


def pytest_configure(config):
    """Move this process's clock (each xdist worker's too) before anything reads it."""
    try:
        travel = clock.start_travel()
    except clock.ClockOffsetError as error:
        raise pytest.UsageError(str(error)) from None
    if travel is not None:
        config.stash[CLOCK_TRAVEL] = travel


def pytest_unconfigure(config):
    travel = config.stash.get(CLOCK_TRAVEL, None)
    if travel is not None:
        travel.stop()


def pytest_report_header(config):
    return f"clock: {datetime.date.today().isoformat()} ({clock.offset_days():+d} days, {clock.ENV})"


def test_group(nodeid):
    """The xdist work unit of a test: the browser tests together (one served
    demo site for all), the fault tests together (one cluster for all),
    every other test with its module (module- and class-wide setup, e.g.
    test_load_demo's `setUpTestData`, runs once)."""
    path = nodeid.split("::", 1)[0]
    if path.startswith(BROWSER_PREFIX):
        return BROWSER_GROUP
    if path.startswith(FAULTS_PREFIX):
        return FAULTS_GROUP
    return path


def pytest_xdist_make_scheduler(config, log):
    """Send each group (`test_group`) whole to one worker, for scripts/test.sh's
    `--dist loadgroup`; the slowest groups go first (see below). xdist's own
    `xdist_group` marks no longer group under pytest 9.2: tests/private_api.py."""
    if config.getvalue("dist") != "loadgroup":
        return None
    return private_api.group_scheduler(config, log, test_group)


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    """Mark the browser and clock tests and put the slowest groups first.

    Every test under tests/browser/ is a `browser` test (`make check` leaves them out
    with `-m "not browser"`), every test in CLOCK_MODULES a `clock` test. The order
    is set after the other plugins (pytest-django sorts by kind of database use, and
    the suite has no transactional tests, so moving whole groups is safe);
    scripts/test.sh runs xdist with `--no-loadscope-reorder` to keep it, so that no
    worker is left alone with a long group at the end.
    """
    for item in items:
        if Path(str(item.path)).resolve().is_relative_to(BROWSER_TESTS):
            item.add_marker(pytest.mark.browser)
        if is_date_sensitive(item.nodeid):
            item.add_marker(pytest.mark.clock)
    result = yield
    groups = {item: test_group(item.nodeid) for item in items}
    sizes = Counter(groups.values())

    def slowest_first(item):
        group = groups[item]
        rank = SLOWEST_GROUPS.index(group) if group in SLOWEST_GROUPS else len(SLOWEST_GROUPS)
        return rank, -sizes[group], group

    items.sort(key=slowest_first)
    return result


def follow_search_auto_update(setting=None, **kwargs):
    """Index on save only while a search backend auto-updates. With AUTO_UPDATE
    off (the test settings' default) modelsearch's handler still loads every
    saved page again before finding nowhere to index it (tests/private_api.py).
    Tests that turn indexing on (`search_index`,
    `override_settings(WAGTAILSEARCH_BACKENDS=…)`) change the setting, which
    connects it again."""
    if setting not in (None, "WAGTAILSEARCH_BACKENDS"):
        return
    private_api.index_on_save(
        any(backend.get("AUTO_UPDATE", True) for backend in settings.WAGTAILSEARCH_BACKENDS.values())
    )


@pytest.fixture(autouse=True, scope="session")
def search_handlers_follow_the_setting(django_test_environment):
    follow_search_auto_update()
    setting_changed.connect(follow_search_auto_update, dispatch_uid="tests-search-auto-update")
    yield
    setting_changed.disconnect(dispatch_uid="tests-search-auto-update")


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
def database_tasks(settings):
    """Tasks are rows in the database, as with a worker in production."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASKS_BACKEND = "database"


@pytest.fixture
def smtp(settings):
    """The test SMTP server (tests/servers.py) on a free port, this process's
    mail sent straight to it; yields its Inbox."""
    with smtp_server() as inbox:
        use_smtp(settings, inbox.port)
        yield inbox


@pytest.fixture
def search_index(settings):
    """Keep the search index up to date on every save, as on the real site
    (off by default in tests: see overheidvannu/settings/test.py)."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": settings.SEARCH_INDEXING}


@pytest.fixture(autouse=True)
def force_login_is_fully_signed_in(monkeypatch):
    """`client.force_login(user)` stands for a finished sign-in: password and,
    for users who have or need it, the second factor. Tests of the sign-in
    itself (tests/security/test_admin_security.py) post to the real login and code
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


def _shared_transaction(django_db_blocker):
    """One transaction around a module or class of tests, rolled back at its end.
    A generator that yields once, for a fixture to yield from."""
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
    try:
        yield django_db_blocker
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker):
    """For modules whose tests read the same costly data: one transaction
    around the whole module, rolled back at its end. Build the data in a
    module-scoped fixture inside `with module_transaction.unblock():`; each
    test still runs in a savepoint of its own (pytest-django's `db`), so what
    a test changes is undone after it."""
    yield from _shared_transaction(django_db_blocker)


@pytest.fixture(scope="class")
def class_data(request, django_db_setup, django_db_blocker):
    """What the test class's `build_shared(tree)` returns, built once on a
    fresh `SiteTree` for the whole class, in a transaction of its own that
    ends with the class: the module's other tests never see it. Each test
    (the class is marked `django_db`) still runs in a savepoint of its own."""
    for blocker in _shared_transaction(django_db_blocker):
        with blocker.unblock():
            data = request.cls.build_shared(SiteTree())
        yield data


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
        contents = private_api.migrated_contents(connection)
        if contents and not HomePage.objects.exists():
            connection.creation.deserialize_db_from_string(contents)
