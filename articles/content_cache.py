"""A shared cache for data derived from published content.

Facet counts, the filter vocabulary, the home page's lists and a detail
page's links and related content depend on other live pages, so they are
costly at scale (tens of thousands of items) but change only when content
changes. They are cached under a *content version* that every page,
vocabulary or view-restriction change bumps, and for at most
`CONTENT_CACHE_SECONDS` besides, so a process whose local cache missed a bump
(the local-memory cache is per process; Redis is shared) is stale for at
most that long — no longer than a CDN may already cache a public page.
"""

import hashlib
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished

VERSION_KEY = "ovn:content-version"
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


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def bump_content_version(**kwargs):
    """Signal receiver: any change to content invalidates derived data."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): start a new series
        cache.set(VERSION_KEY, 2, None)


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
    watched = (Page, Site, PageViewRestriction, *vocabulary_models)

    def on_change(sender, instance=None, **kwargs):
        if isinstance(instance, watched):
            bump_content_version()

    post_save.connect(on_change, weak=False, dispatch_uid="ovn-content-version-save")
    post_delete.connect(on_change, weak=False, dispatch_uid="ovn-content-version-delete")
    page_published.connect(bump_content_version, weak=False, dispatch_uid="ovn-content-version-publish")
    page_unpublished.connect(bump_content_version, weak=False, dispatch_uid="ovn-content-version-unpublish")
    for field in ("levels", "themes", "opgaven", "regions"):
        m2m_changed.connect(
            bump_content_version,
            sender=getattr(content_model, field).through,
            weak=False,
            dispatch_uid=f"ovn-content-version-{field}",
        )
