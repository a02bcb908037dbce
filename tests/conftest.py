import pytest
from django.core.cache import cache

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
