"""The test suite's only reach-ins into other projects' private parts, in one
place, each checked by tests/test_private_api.py so that an upgrade that
renames one fails loudly there instead of silently slowing or splitting the
suite. Nothing in the site's own code (`articles/`, `opgaven/`, `regions/`,
`overheidvannu/`) leans on these.

- pytest-xdist: `LoadScopeScheduling._split_scope`, for `--dist loadgroup`.
  xdist's public way, `xdist_group` marks, rewrites each test's node id on the
  worker, which pytest 9.2's structured node ids no longer allow: the marks
  are silently ignored and every module becomes a group of its own
  (pytest-xdist issue #1386, open with xdist 3.8.0, the newest). Drop this when
  a release groups `xdist_group` marks again.
- modelsearch: `signal_handlers.post_save_signal_handler`, detached while no
  search backend auto-updates. The public setting, AUTO_UPDATE off, still
  runs the handler, which queues a task that loads the saved page again
  before finding no backend to index it in: 6 of a page save's 88 queries.
- Django: `connection._test_serialized_contents`, what the test database held
  after migrating, put back after modules whose servers empty the tables.
"""

from django.db.models.signals import post_save


def group_scheduler(config, log, group_of):
    """xdist's scope scheduler sending each group, `group_of(nodeid)`, whole
    to one worker, in the order the tests were collected (with
    `--no-loadscope-reorder`)."""
    from xdist.scheduler import LoadScopeScheduling

    class GroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return group_of(nodeid)

    return GroupScheduling(config, log)


def searched_models():
    """The models modelsearch keeps in the index on every save."""
    from modelsearch import index

    return [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]


def index_on_save(enabled):
    """Connect or detach modelsearch's save handler on every indexed model.
    Returns the models it was connected to before (for detaching: those it
    was taken from)."""
    from modelsearch.signal_handlers import post_save_signal_handler

    changed = []
    for model in searched_models():
        if enabled:
            post_save.connect(post_save_signal_handler, sender=model)
            changed.append(model)
        elif post_save.disconnect(post_save_signal_handler, sender=model):
            changed.append(model)
    return changed


def migrated_contents(connection):
    """What the test database held right after migrating, serialised (for
    `serialized_rollback`), or None when it was not kept."""
    return getattr(connection, "_test_serialized_contents", None)
