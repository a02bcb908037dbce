"""The demo's one reach-in past a public API (overheidvannu/demo/private_api.py)
still does what `load_demo` relies on. Fails loudly when modelsearch renames
its save receiver (the import) or indexes on save some other way (the pause
would pause nothing): then `load_demo --pages 50000` would index every page
once more on save, and `search_index_on_save_paused` needs a new way in."""

import pytest
from wagtail.search.backends import get_search_backend

from articles.models import Theme
from overheidvannu.demo.private_api import search_index_on_save_paused

from ..factories import make_theme

pytestmark = pytest.mark.django_db


def found(name):
    return list(get_search_backend().search(name, Theme))


def test_nothing_saved_while_paused_is_searchable_and_saving_indexes_again_after(search_index):
    before = make_theme("Waterbeheer")
    assert found("Waterbeheer") == [before], "modelsearch indexes a saved theme"
    with search_index_on_save_paused():
        paused = make_theme("Netcongestie")
        before.description = "Dijken, gemalen en netcongestie."
        before.save()
    assert found("Netcongestie") == []
    after = make_theme("Stikstof")
    assert found("Stikstof") == [after], "indexing on save resumes after the block"
    paused.save()
    assert found("Netcongestie") == [paused]
