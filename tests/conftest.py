import pytest

from .factories import SiteTree


@pytest.fixture
def tree(db):
    """Home page with the kennisbank, per-type indexes, opgaven and regions indexes."""
    return SiteTree()
