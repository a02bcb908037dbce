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
