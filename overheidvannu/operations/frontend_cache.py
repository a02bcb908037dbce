"""Surrogate keys for the HTTP cache in front, and purging by key.

Every response a shared cache may keep is tagged (header `xkey` for Varnish's
xkey vmod; `Surrogate-Key` or `Cache-Tag` for a CDN, see
SURROGATE_KEY_HEADER) with keys for what it shows:

- `page-<id>` for the page served and for every page it shows (cards,
  related content, crossovers, entry points): found by walking the template
  context after rendering, so no template needs to know about caching;
- `thema-<id>`, `niveau-<id>`, `persoon-<id>`, `org-<id>` for the themes,
  levels, people and organisations it shows;
- `lijst-alle` / `lijst-<kind>` for listings and their feeds (every filtered
  variant too: facet counts depend on every item), `lijst-thema-<id>`,
  `lijst-opgave-<id>`, `lijst-regio-<id>` for pages that list a theme's, an
  opgave's or a region's content, `lijst` on all of these, `home`,
  `sitemap`, `api`, and `all` on everything.

An editorial change purges the keys of what it affects (see `keys_for_page`
and `keys_for_object`): the page itself wherever it is shown, the listings it
appears in, its parent and its themes', opgaven's and regions' pages. Pages
that do not show it keep their cached copy. Purging by key rather than by
URL is what makes filtered variants (`/kennisbank/?thema=…&niveau=…`)
purgeable at all: no one can list those URLs.

Purge requests (`PURGE /` with an `xkey-purge: k1 k2 …` header) go to every
address in FRONTEND_CACHE_URL, from a task (`purge_keys_task` below) after
the change is committed; nothing is purged while it is unset.
"""

import dataclasses
import logging
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.db import models, transaction
from django.template.response import SimpleTemplateResponse
from django.test import Client
from django_tasks import task

from articles import content_cache

from .tasks import retry_later

logger = logging.getLogger(__name__)

# Models whose instances are named in the keys of the responses showing them.
MODEL_KEYS = {
    "articles.theme": "thema",
    "articles.level": "niveau",
    "articles.person": "persoon",
    "articles.organisation": "org",
}
MAX_KEYS = 300  # a header of a few KB at most; past this, `all` still purges it
PROJECT_MODULES = ("articles", "opgaven", "regions", "overheidvannu")


# --- keys of a response ------------------------------------------------------------


def model_key(obj):
    from wagtail.models import Page

    if isinstance(obj, Page):
        return f"page-{obj.pk}" if obj.pk else None
    prefix = MODEL_KEYS.get(obj._meta.label_lower)
    return f"{prefix}-{obj.pk}" if prefix and obj.pk else None


def keys_in(value, keys, depth=0):
    """Add to `keys` the key of every keyed model instance in `value`: a
    context value, walked through lists, dicts, evaluated querysets,
    paginator pages, the project's own dataclasses and objects, and the
    related objects already loaded on an instance. Never runs a query."""
    if depth > 5 or value is None or isinstance(value, (str, bytes, int, float, bool)):
        return
    if isinstance(value, models.Model):
        key = model_key(value)
        if key:
            keys.add(key)
        for related in value._state.fields_cache.values():
            keys_in(related, keys, depth + 1)
        for prefetched in getattr(value, "_prefetched_objects_cache", {}).values():
            keys_in(prefetched, keys, depth + 1)
        return
    if isinstance(value, models.QuerySet):
        if value._result_cache is not None:
            keys_in(value._result_cache, keys, depth + 1)
        return
    if isinstance(value, PaginatorPage):
        if isinstance(value.object_list, (list, tuple, models.QuerySet)):
            keys_in(value.object_list, keys, depth + 1)
        return
    if isinstance(value, dict):
        for item in value.values():
            keys_in(item, keys, depth + 1)
        return
    if isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            keys_in(item, keys, depth + 1)
        return
    if dataclasses.is_dataclass(value) or type(value).__module__.split(".")[0] in PROJECT_MODULES:
        for item in getattr(value, "__dict__", {}).values():
            keys_in(item, keys, depth + 1)


def listing_keys_for_page(page):
    """Keys of a served page that lists content, by what it lists."""
    label = page._meta.label_lower
    if label == "opgaven.opgavepage":
        return {"lijst", f"lijst-opgave-{page.pk}"}
    if label == "regions.regionpage":
        return {"lijst", f"lijst-regio-{page.pk}"}
    if hasattr(page, "listing_view"):  # the kennisbank and the per-type indexes (and their feeds)
        return {"lijst", f"lijst-{page.listing_kind or 'alle'}"}
    if page.depth == 2:  # the home page: newest content, agenda, entry points
        return {"lijst", "home"}
    return set()


def response_keys(request, response):
    keys = {"all"}
    page = getattr(request, "ovn_served_page", None)
    if page is not None:
        keys.add(f"page-{page.pk}")
        keys |= listing_keys_for_page(page)
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match else ""
    if isinstance(response, SimpleTemplateResponse) and response.context_data:
        context = response.context_data
        keys_in(context, keys)
        if view_name.endswith("theme_index"):
            # Every live theme with the kennisbank's counts: a listing of them.
            keys |= {"lijst", "lijst-alle"}
        if view_name.endswith("theme_detail") and context.get("theme") is not None:
            keys |= {"lijst", f"lijst-thema-{context['theme'].pk}"}
    if view_name == "sitemap" or request.path_info == "/sitemap.xml":
        keys.add("sitemap")
    if request.path_info.startswith("/api/"):
        keys.add("api")
    if len(keys) > MAX_KEYS:
        keys = {key for key in keys if not key.startswith("page-")} | {"all"}
    return sorted(keys)


class SurrogateKeyMiddleware:
    """Tag each response a shared cache may keep with its surrogate keys."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        content_cache.take_served_stale()  # a flag left by an earlier request in this thread
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return response
        public = "public" in response.get("Cache-Control", "")
        if public:
            response[settings.SURROGATE_KEY_HEADER] = " ".join(response_keys(request, response))
        if content_cache.take_served_stale():
            # Built on the previous content version's derived data (served so
            # as never to recompute it in a visitor's request): kept briefly
            # only, while a task recomputes it for this address.
            if public:
                response["Cache-Control"] = "public, max-age=5"
            enqueue_refresh(request.get_full_path())
        return response


def remember_served_page(page, request, serve_args, serve_kwargs):
    """Wagtail `before_serve_page` hook: the middleware keys by this page."""
    request.ovn_served_page = page


# --- keys of a change --------------------------------------------------------------


def content_listing_keys(page):
    """The listings a content page (story, essay, tip, event) appears in."""
    keys = {"home", "lijst-alle", f"lijst-{page.kind}"}
    for field, prefix in (("themes", "thema"), ("opgaven", "opgave"), ("regions", "regio")):
        relation = getattr(page, field, None)
        if relation is not None:
            keys |= {f"lijst-{prefix}-{pk}" for pk in relation.values_list("pk", flat=True)}
    return keys


def keys_for_page(page, *, descendants=False, parents=()):
    """What to purge when `page` is published, unpublished, moved or deleted:
    every response showing it, its parent (which may list it), the sitemap
    and API, the listings it appears in, and pages that link to it."""
    page = page.specific_deferred if type(page).__name__ == "Page" else page
    keys = {f"page-{page.pk}", "sitemap", "api"}
    parent_ids = [parent.pk for parent in parents if parent is not None]
    if not parent_ids and page.depth and page.depth > 1:
        parent = page.get_parent()
        parent_ids = [parent.pk] if parent else []
    keys |= {f"page-{pk}" for pk in parent_ids}
    if hasattr(page, "kind") and hasattr(page, "themes"):
        keys |= content_listing_keys(page)
    elif page._meta.label_lower in ("opgaven.opgavepage", "regions.regionpage"):
        # Their names are filter options on every listing and entry points on home.
        keys |= {"lijst", "home"}
    if descendants:
        keys |= {f"page-{pk}" for pk in page.get_descendants().values_list("pk", flat=True)}
    keys |= referencing_page_keys(page)
    return keys


def keys_for_object(obj):
    """What to purge when a theme, level, person or organisation changes."""
    label = obj._meta.label_lower
    keys = set()
    key = model_key(obj)
    if key:
        keys.add(key)
    if label in ("articles.person", "articles.organisation"):
        # The API names authors and their organisations, and lists the
        # photos of live people that live pages name.
        keys.add("api")
    if label in ("articles.theme", "articles.level"):
        # Filter options (with their names) on every listing; the theme's own page.
        keys |= {"lijst", "sitemap", "api"}
        if label == "articles.theme":
            keys.add(f"lijst-thema-{obj.pk}")
            # Pages that link it: they show it once it is live (a draft theme
            # is shown nowhere, so their keys do not name it yet).
            linked = obj.content_pages.filter(live=True).values_list("pk", flat=True)[: MAX_KEYS + 1]
            keys |= {f"page-{pk}" for pk in linked} if len(linked) <= MAX_KEYS else {"all"}
    keys |= referencing_page_keys(obj)
    if label == "articles.organisation":
        for person in obj.people.all():
            keys.add(f"persoon-{person.pk}")
            keys |= referencing_page_keys(person)
    return keys


def referencing_page_keys(obj):
    """`page-<id>` of every page whose content refers to `obj` (Wagtail's
    reference index: choosers, StreamField blocks, inline panels)."""
    from wagtail.models import Page, ReferenceIndex

    try:
        references = ReferenceIndex.get_references_to(obj)
    except Exception:  # not an indexed model
        return set()
    keys = set()
    for reference in references.select_related("base_content_type")[:500]:
        model = reference.base_content_type.model_class()
        if model is not None and issubclass(model, Page):
            keys.add(f"page-{reference.object_id}")
    return keys


# --- purging -----------------------------------------------------------------------


def cache_urls():
    return [url.strip() for url in settings.FRONTEND_CACHE_URL.split(",") if url.strip()]


def schedule_purge(keys):
    """Purge `keys` from the cache in front once the current transaction has
    committed (a cache refilled before the commit would keep the old page)."""
    if not cache_urls() or not keys:
        return
    keys = sorted(keys)
    transaction.on_commit(lambda: purge_keys_task.enqueue(keys))


def purge_keys(keys):
    """Send one PURGE request with `keys` to every configured cache. Raises
    on a cache that could not be reached or refused (the task retries)."""
    failures = []
    for base in cache_urls():
        parts = urlsplit(base)
        # Keys in batches: a request header has a length limit.
        for start in range(0, len(keys), 100):
            batch = " ".join(keys[start : start + 100])
            request = urllib.request.Request(  # noqa: S310 - our own configured cache address
                f"{parts.scheme}://{parts.netloc}/", method="PURGE", headers={"xkey-purge": batch}
            )
            try:
                with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
                    response.read()
            except (urllib.error.URLError, OSError) as error:
                failures.append(f"{base}: {error}")
    if failures:
        raise ConnectionError("; ".join(failures))
    logger.info("Purged %d keys: %s", len(keys), " ".join(keys[:20]))


# --- background work ---------------------------------------------------------------

PURGE_RETRY_DELAYS = [1, 5, 30, 120, 600]


@task()
def purge_keys_task(keys, attempt=0):
    """Purge surrogate keys from the cache in front (overheidvannu/operations/frontend_cache.py)."""
    try:
        purge_keys(keys)
    except ConnectionError:
        if retry_later(purge_keys_task, PURGE_RETRY_DELAYS, attempt, keys):
            logger.warning("Purge failed (try %d), trying again later", attempt + 1, exc_info=True)
        else:
            logger.exception("Purge failed for good: %s", " ".join(keys))
        return
    # The most visited listings, refilled by the worker rather than by the
    # first visitor (in-request tasks would slow the editor's publish instead).
    if "home" in keys and settings.TASKS_BACKEND != "immediate":
        warm_paths_task.enqueue(["/", "/kennisbank/"])


@task()
def warm_paths_task(paths):
    """Render `paths` in this process with fresh data: the shared content
    cache (Redis in production) then holds the new facet counts, so no
    visitor's request has to compute them."""
    host = settings.WAGTAILADMIN_BASE_URL.split("://", 1)[-1].split("/", 1)[0]
    client = Client(HTTP_HOST=host)
    content_cache.state.fresh = True
    try:
        for path in paths:
            try:
                client.get(path, secure=settings.WAGTAILADMIN_BASE_URL.startswith("https"))
            except Exception:
                logger.exception("Warming %s failed", path)
    finally:
        content_cache.state.fresh = False


def enqueue_refresh(path):
    """Recompute the data behind `path` once, however many requests were
    served stale meanwhile."""
    if cache.add(f"ovn:refreshing:{path}", 1, 30):
        warm_paths_task.enqueue([path])
