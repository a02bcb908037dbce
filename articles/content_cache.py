"""A shared cache for data derived from published content.

Facet counts, the filter vocabulary, the home page's lists and a detail
page's links and related content depend on other live pages, so they are
costly at scale (tens of thousands of items) but change only when content
changes. They are cached under a *content version* that every page,
vocabulary or view-restriction change bumps, and for at most
`CONTENT_CACHE_SECONDS` besides, so a process whose local cache missed a bump
(the local-memory cache is per process; Redis is shared) is stale for at
most that long — no longer than a CDN may already cache a public page.

Each version also records which pages its change touched (`changes_between`),
so data kept per page (the facet index, discovery/facet_index.py) is updated
for those pages instead of derived again whole.
"""

import hashlib
import random
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "ovn:content-version"
# Each version's change, as the ids of the pages whose own data changed (see
# `changes_between`): kept long enough for any process to catch up.
CHANGES_KEY = "ovn:content-changes:{}"
CHANGES_SECONDS = 24 * 60 * 60
#: A reader further behind than this many versions derives everything again.
MAX_CHANGES_READ = 1000
# With CONTENT_CACHE_SERVE_STALE, a miss returns the last value computed under
# an earlier version (if computed within the timeout) and flags it, so the site
# can recompute it in the background instead of in a visitor's request;
# `state.fresh` forces computing.
state = threading.local()


def take_served_stale():
    """Whether this thread served a stale value since the last call."""
    served, state.served_stale = getattr(state, "served_stale", False), False
    return served


def timeout():
    return getattr(settings, "CONTENT_CACHE_SECONDS", 300)


def _new_series():
    """A version to start from when none is stored (a new or cleared cache):
    random, so that what was derived under an earlier series (a process's own
    memo, see discovery/facet_index.py) never passes for current."""
    return random.randrange(1, 2**48)


def content_version():
    """The current content version; None when the cache keeps nothing (Redis
    down: every entry then misses, and derived data is computed again)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _new_series(), None)
        version = cache.get(VERSION_KEY)
    return version


def bump_content_version(changed=None):
    """Invalidate derived data: a new content version. `changed` names the
    pages whose own data changed (ids; empty when no page's did, e.g. a
    site's name), so that data kept per page can be updated for those alone;
    None (the default) means "unknown": everything is derived again."""
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): start a new series
        version = _new_series()
        cache.set(VERSION_KEY, version, None)
    if changed is not None:
        # A reader between the increment and this finds no entry for the
        # version and derives everything again: slower, never wrong.
        cache.set(CHANGES_KEY.format(version), tuple(changed), CHANGES_SECONDS)
    return version


def changes_between(old, new):
    """The ids of the pages changed after version `old` up to `new`, or None
    when that is not known (a change without ids, an evicted entry, another
    series) and everything must be derived again."""
    if old is None or new is None or not 0 <= new - old <= MAX_CHANGES_READ:
        return None
    if new == old:
        return set()
    found = cache.get_many([CHANGES_KEY.format(version) for version in range(old + 1, new + 1)])
    if len(found) != new - old:
        return None
    return {pk for pks in found.values() for pk in pks}


def bump_for_pages(page_ids):
    """A change to these pages: a new version now, and another once the
    change is committed. Another process may read the pages between the two
    and derive from what it still sees; the second version has it read them
    again. (Inside a test's transaction, which never commits, only the first.)"""
    page_ids = tuple(page_ids)
    bump_content_version(page_ids)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: bump_content_version(page_ids))


def _digest(name):
    # Hashed: names may hold visitors' words, which no cache key may.
    return hashlib.sha256(name.encode()).hexdigest()


def cached(name, compute, *, stale=True):
    """`compute()` cached under `name` for the current content version
    (`stale=False`: never the previous version's value, whatever
    CONTENT_CACHE_SERVE_STALE says; for what a visitor must see fresh)."""
    digest = _digest(name)
    key = f"ovn:{content_version()}:{digest}"
    value = cache.get(key)
    if value is None:
        if stale and getattr(settings, "CONTENT_CACHE_SERVE_STALE", False) and not getattr(state, "fresh", False):
            computed_at, value = cache.get(f"ovn:stale:{digest}", (0, None))
            if value is not None and time.time() - computed_at < timeout():
                state.served_stale = True
                return value
        value = compute()
        cache.set(key, value, timeout())
        cache.set(f"ovn:stale:{digest}", (time.time(), value), timeout())
    return value


def cached_many(names, compute):
    """{name: value} for each of `names`, cached like `cached()` but fetched
    in one round trip; `compute(missing_names)` returns {name: value} for
    those not cached, which are then stored in one round trip too."""
    version = content_version()
    keys = {name: f"ovn:{version}:{_digest(name)}" for name in names}
    found = cache.get_many(list(keys.values()))
    values = {name: found[key] for name, key in keys.items() if key in found}
    missing = [name for name in names if name not in values]
    if missing:
        computed = compute(missing)
        cache.set_many({keys[name]: value for name, value in computed.items()}, timeout())
        values.update(computed)
    return values


def connect_signals(content_model, vocabulary_models):
    """Bump the version on any change to pages, sites, view restrictions, the
    `vocabulary_models` and the relations of `content_model` (the models are
    passed in by the app config, so this module imports none and sits below
    them)."""
    watched = (Site, *vocabulary_models)

    def on_change(sender, instance=None, **kwargs):
        if isinstance(instance, Page):
            bump_for_pages([instance.pk])
        elif isinstance(instance, PageViewRestriction):
            bump_content_version()  # a whole section may have opened or closed
        elif isinstance(instance, watched):
            bump_content_version(())  # names and labels: no page's own data

    def on_page_event(sender, instance, **kwargs):
        bump_for_pages([instance.pk])

    def on_move(sender, instance, **kwargs):
        bump_content_version()  # addresses, and perhaps into or out of a private section

    def on_links(sender, instance, action, reverse, pk_set, **kwargs):
        if not action.startswith("post_"):
            return
        if not reverse:
            bump_for_pages([instance.pk])
        elif pk_set is not None:  # a theme (or level, …) added to or removed from these pages
            bump_for_pages(pk_set)
        else:  # cleared from the other side: which pages is not known
            bump_content_version()

    post_save.connect(on_change, weak=False, dispatch_uid="ovn-content-version-save")
    post_delete.connect(on_change, weak=False, dispatch_uid="ovn-content-version-delete")
    page_published.connect(on_page_event, weak=False, dispatch_uid="ovn-content-version-publish")
    page_unpublished.connect(on_page_event, weak=False, dispatch_uid="ovn-content-version-unpublish")
    post_page_move.connect(on_move, weak=False, dispatch_uid="ovn-content-version-move")
    for field in ("levels", "themes", "opgaven", "regions"):
        m2m_changed.connect(
            on_links,
            sender=getattr(content_model, field).through,
            weak=False,
            dispatch_uid=f"ovn-content-version-{field}",
        )
