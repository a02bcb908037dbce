"""The facet counts' index: which published content has which filter option,
kept up to date for the pages each change touches.

Every listing and search shows, per option, how many results ticking it
would give (`filters.ListingQuery.facets`). Counted in SQL, one grouped join
per facet, that took about 190 ms at 50,000 items (440 ms over the matches
of a common word), and every publish made the next visitor pay it again.

The index holds, per option (a kind, a level, theme, opgave or region by
its id, a year), the set of content pages that have it, and the set of
published content pages, each as a bitset over page ids (bit `pk` set, in a
Python int). Counting is then an AND and a popcount per option: well under
a millisecond at 50,000 items, for any filters and any set of search matches.

It is updated per affected page: each content version names the pages its
change touched (`articles.content_cache.changes_between`), and the first
count after a change reads those pages again (one small query) and patches
the index. It is built whole only when that is not known: on the first use,
after a change that names no pages (a view restriction, a move, a bulk
load), or when the index is older than `max_age()`; the task worker builds
and shares a new one every half hour (`build_and_share`), so with a worker
the last case never falls to a visitor.

Each process keeps the index it counts with in memory, and the shared cache
a copy, so a new process starts from that instead of building. Without a
shared cache (no Redis) another process's change reaches neither the version
nor the log; there a cheap mark of the database (`database_mark`: live pages
and the newest revision) is read with each count, and a changed mark builds
the index anew.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass, replace

from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db.models import CharField, Count, F, Max, Q, Value
from django.db.models.functions import Cast, ExtractYear
from wagtail.models import Page

from articles import content_cache
from articles.models import ContentPage

#: The facets kept by linked id: (parameter, many-to-many field).
LINKED = (("niveau", "levels"), ("thema", "themes"), ("opgave", "opgaven"), ("regio", "regions"))
#: The facet of each of those fields (search's hubs count their links by it).
FACET_OF_FIELD = {field: param for param, field in LINKED}
SHARED_KEY = "ovn:facet-index"
#: With a shared cache (Redis), an index is built again after this long
#: (seconds) at the latest, whatever the change log says: the guard against
#: a change that bypassed Django's signals (a raw UPDATE).
SHARED_MAX_AGE = 60 * 60


def bitset(ids):
    """The set of `ids` (non-negative ints) as one int with bit `id` set."""
    ids = list(ids)
    if not ids:
        return 0
    buffer = bytearray((max(ids) >> 3) + 1)
    for pk in ids:
        buffer[pk >> 3] |= 1 << (pk & 7)
    return int.from_bytes(buffer, "little")


@dataclass(frozen=True)
class FacetIndex:
    """`published`: the published content; `options[param][key]`: the
    content with that option, published or not (a kind; a year as text; a
    level's, theme's, opgave's or region's id). `version`: the content
    version it reflects (None: built while the cache kept nothing). Never
    changed in place: a patch makes a new one, so a thread counting with the
    old one is safe."""

    version: int | None
    built_at: float
    published: int
    options: dict
    #: With a cache local to each process: `database_mark()` as read before
    #: the index last read the database (None with a shared cache).
    mark: tuple | None = None

    def having(self, param, key):
        return self.options.get(param, {}).get(key, 0)


def _as_text(expression):
    """One column type for every part of the UNION below."""
    return Cast(expression, CharField())


def _memberships(page_ids=None):
    """(ids of the published content, {(param, key): [content ids]}), of
    every content page or of `page_ids` only, in one query. The year is the
    database's (in the site's time zone), as the `jaar` filter reads it."""
    published_pages = ContentPage.objects.published().order_by()
    if page_ids is not None:
        published_pages = published_pages.filter(pk__in=page_ids)
    parts = [
        published_pages.annotate(param=Value("type"), key=F("kind")).values_list("param", "pk", "key"),
        published_pages.filter(display_date__isnull=False)
        .annotate(param=Value("jaar"), key=_as_text(ExtractYear("display_date")))
        .values_list("param", "pk", "key"),
    ]
    for param, field in LINKED:
        pairs = ContentPage.objects.link_pairs(field, page_ids)
        parts.append(
            pairs.annotate(param=Value(param), key=_as_text("linked_id")).values_list("param", "contentpage_id", "key")
        )
    first, *rest = parts
    published, members = [], defaultdict(list)
    for param, pk, key in first.union(*rest, all=True):
        if param == "type":
            published.append(pk)
        members[param, key if param in ("type", "jaar") else int(key)].append(pk)
    return published, members


def build(version, mark=None):
    """The whole index, as of content version `version` (read before the
    content is, so a change meanwhile is applied by the next patch)."""
    published, members = _memberships()
    options = defaultdict(dict)
    for (param, key), pks in members.items():
        options[param][key] = bitset(pks)
    return FacetIndex(version, time.time(), bitset(published), dict(options), mark)


def patched(index, page_ids, version, mark=None):
    """`index` with the pages `page_ids` read again, as of `version`."""
    published, members = _memberships(page_ids)
    keep = ~bitset(page_ids)
    options = {param: {key: bits & keep for key, bits in keys.items()} for param, keys in index.options.items()}
    for (param, key), pks in members.items():
        options.setdefault(param, {})[key] = options.get(param, {}).get(key, 0) | bitset(pks)
    return FacetIndex(version, index.built_at, (index.published & keep) | bitset(published), options, mark)


def cache_is_local():
    """Whether the cache is each process's own (no Redis): another process's
    change then reaches neither the content version nor the change log."""
    return isinstance(caches["default"], LocMemCache)


def database_mark(fresh=False):
    """What changes when any process publishes, unpublishes or deletes a page:
    the number of live pages and the newest revision, in one query. With a
    cache local to each process the index is built again when this differs
    from what it read, so a count another process's change affects is as
    fresh as the database, as the pages' own results are. To see whether an
    index is current it is read at most once a second per process (a request
    that counts twice reads it once); `fresh` reads it now, for an index
    about to read the database itself."""
    now = time.time()
    if fresh or _memo.mark is None or not _within(_memo.mark_read_at, MARK_SECONDS):
        found = Page.objects.aggregate(live=Count("pk", filter=Q(live=True)), revision=Max("latest_revision_id"))
        _memo.mark, _memo.mark_read_at = (found["live"], found["revision"]), now
    return _memo.mark


def max_age():
    """How long an index may go without a full build (seconds). A cache
    local to each process (no Redis) does not see another process's
    changes, so there the index lives as long as other derived data
    (CONTENT_CACHE_SECONDS), and `database_mark` catches what it can sooner."""
    if cache_is_local():
        return content_cache.timeout()
    return SHARED_MAX_AGE


def _within(moment, seconds):
    """Whether `moment` (a time.time()) lies less than `seconds` ago, and not
    ahead: a clock set back (or a test's travel ended) makes it old, never
    fresh for longer."""
    return 0 <= time.time() - moment < seconds


class _Memo:
    """This process's index (one for all its threads), and the database mark
    it last read (`database_mark`)."""

    index = None
    mark = None
    mark_read_at = 0.0


_memo = _Memo()
_lock = threading.Lock()
#: While the cache keeps nothing (Redis down), each process builds its index
#: again after this long (seconds): counts lag by at most this much, and an
#: outage costs one build per process this often, not one per request.
UNKNOWN_VERSION_SECONDS = 10
#: How long a process reuses the database mark it read (seconds).
MARK_SECONDS = 1
#: More changed pages than this at once (a bulk change): built whole instead.
MAX_PATCH = 5000


def current():
    """The index as of the current content version: the process's own when
    it is current, else brought up to date from it or the shared copy
    (patched for the pages changed since), else built."""
    version = content_cache.content_version()
    index = _memo.index
    if version is None:  # the cache keeps nothing (Redis down): no change is known, so trust an index briefly
        if index is None or not _within(index.built_at, UNKNOWN_VERSION_SECONDS):
            index = _memo.index = build(None)
        return index
    local, started = cache_is_local(), time.time()
    mark = database_mark() if local else None
    if index is not None and index.version == version and index.mark == mark and _within(index.built_at, max_age()):
        return index
    if local and _memo.mark_read_at < started:  # from the memo: read now, as the index is about to read the database
        mark = database_mark(fresh=True)
    with _lock:  # one thread of a process catches up; the others then find it done
        index = _catch_up(version, mark)
        _memo.index = index
    return index


def _catch_up(version, mark):
    def usable(index):  # of this series, not ahead of it, not too old
        if index is None or index.version is None:
            return False
        return index.version <= version and _within(index.built_at, max_age())

    candidates = [index for index in (_memo.index, cache.get(SHARED_KEY)) if usable(index)]
    for index in sorted(candidates, key=lambda index: index.version, reverse=True):
        if index.version == version:
            if index.mark == mark:
                return index
            break  # another process changed the database: which pages is not known
        changed = content_cache.changes_between(index.version, version)
        if changed is not None and len(changed) <= MAX_PATCH:
            index = patched(index, changed, version, mark) if changed else replace(index, version=version, mark=mark)
            cache.set(SHARED_KEY, index, SHARED_MAX_AGE)
            return index
    index = build(version, mark)
    cache.set(SHARED_KEY, index, SHARED_MAX_AGE)
    return index


def build_and_share():
    """Build the index whole now and share it: the task worker's periodic job
    (`manage.py build_facet_index`), so that an index reaching its maximum
    age is replaced from the shared copy, never built in a visitor's request."""
    version = content_cache.content_version()
    index = build(version, database_mark(fresh=True) if cache_is_local() else None)
    cache.set(SHARED_KEY, index, SHARED_MAX_AGE)
    _memo.index = index
    return {"published": index.published.bit_count()}


def forget():
    """Drop this process's index (tests that replace the database under it)."""
    _memo.index = _memo.mark = None
