"""The demo's one reach-in past a public API, kept here so it is found and checked.

`load_demo` fills the search index once at the end with `update_index`. While
it builds, modelsearch would also index every saved object (its `post_save`
receiver, `modelsearch.signal_handlers.post_save_signal_handler`): the
curated pages three times each, and at `--pages 50000` that work alone
takes longer than everything else together (~87 ms a page on the 2-core
machine; README, "Demo content and benchmarks"). Neither Wagtail nor
modelsearch offers a public switch for it (Wagtail does for its reference
index: `disable_reference_index_auto_update`), so this module disconnects that
receiver for the duration and connects it again.

tests/demo/test_private_api.py fails loudly when modelsearch renames the
receiver or stops indexing through it.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler


@contextmanager
def search_index_on_save_paused():
    """No search indexing on save inside this block; the caller indexes
    everything afterwards (`update_index`). Only the receivers that were
    connected are connected again."""
    paused = [model for model in get_indexed_models() if post_save.disconnect(post_save_signal_handler, sender=model)]
    try:
        yield
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)
