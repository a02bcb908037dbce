from pathlib import Path

import pytest
from django.core.cache import cache

from .factories import SiteTree

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark the browser tests, and group the tests for pytest-xdist (`--dist loadgroup`).

    Every test under tests/browser/ is a `browser` test (`make check` leaves them out
    with `-m "not browser"`), and together they form one xdist group: one worker runs
    them all against one served demo site (tests/browser/conftest.py), instead of each
    worker building its own. Every other test is grouped by its module, so module- and
    class-wide setup (e.g. test_load_demo's `setUpTestData`) runs once, on one worker.
    Runs first, so that xdist sees the groups when it names the work units.
    """
    for item in items:
        path = Path(str(item.path)).resolve()
        if path.is_relative_to(BROWSER_TESTS):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser"))
        else:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))


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
