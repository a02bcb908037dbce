"""A search backend that is never reachable, used when SEARCH_URL is set but
the client package its SEARCH_BACKEND needs is not installed (see
settings/base.py).

A missing client then behaves exactly like a search host that is down,
instead of failing every page save (Wagtail indexes on save) and every
search with an ImportError: searches raise SearchBackendUnavailable, which
`/zoeken/` turns into a Dutch message; index updates raise it too, and
Wagtail logs and swallows those (`catch_indexing_errors`), so editors'
saves succeed. Fix the installation, then run `manage.py update_index`.
"""

import logging

from modelsearch.backends.base import BaseIndex, BaseSearchBackend

logger = logging.getLogger(__name__)


class SearchBackendUnavailable(ConnectionError):
    """The configured search backend cannot be used."""


class UnavailableIndex(BaseIndex):
    def _unavailable(self, *args, **kwargs):
        raise SearchBackendUnavailable(self.backend.reason)

    add_model = refresh = reset = add_item = add_items = delete_item = _unavailable

    def get_key(self):
        return "unavailable"


class UnavailableSearchBackend(BaseSearchBackend):
    index_class = UnavailableIndex
    catch_indexing_errors = True

    def __init__(self, params):
        super().__init__(params)
        self.reason = params.get("REASON", "the search backend is not available")
        logger.error("Search is unavailable: %s", self.reason)

    def search(self, *args, **kwargs):
        raise SearchBackendUnavailable(self.reason)

    autocomplete = search


SearchBackend = UnavailableSearchBackend
