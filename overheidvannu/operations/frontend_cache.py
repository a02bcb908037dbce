"""Surrogate keys for the HTTP cache in front, and purging by key and by address.

Every response a shared cache may keep is tagged (header `xkey` for Varnish's
xkey vmod; `Surrogate-Key` or `Cache-Tag` for a CDN, see
SURROGATE_KEY_HEADER) with keys for what it shows:

- `page-<id>` for the page served and for every page it shows (cards,
  related content, crossovers, entry points, the magazine editions an
  article appeared in), found in the template context after rendering, so no
  template needs to know about caching;
- `thema-<id>`, `niveau-<id>`, `persoon-<id>`, `org-<id>` for the themes,
  levels, people and organisations it shows;
- `lijst-alle` / `lijst-<kind>` for listings and their feeds (every filtered
  variant too: facet counts depend on every item), `lijst-thema-<id>`,
  `lijst-opgave-<id>`, `lijst-regio-<id>` for pages that list a theme's, an
  opgave's or a region's content, `lijst` on all of these, `home`,
  `sitemap`, `api`, and `all` on everything;
- `beeld-<id>` (and `beeld`) on an image's renditions (media.py).

A view or hook names keys of its own with `add_surrogate_keys(request, …)`.

An editorial change purges the keys of what it affects (`keys_for_page`,
`keys_for_object`, `image_keys_for_pages`): the page itself wherever it is
shown, the listings it appears in, its parent and its themes', opgaven's and
regions' pages, and the renditions of the images it showed when it goes
offline. Pages that do not show it keep their cached copy. Keys name what no
one can list by address (`/kennisbank/?thema=…&niveau=…` and every other
filtered variant); addresses name what no key can: a newly published or moved
page's address may hold a cached 404 from before, so publishing and moving
also purge the page's own addresses (Wagtail's `PurgeBatch`).

Purges go through Wagtail's frontend-cache contract: every backend in
WAGTAILFRONTENDCACHE (one per cache in FRONTEND_CACHE_URL, varnish.py) gets
`purge_by_tags(keys)` and `purge_batch(urls)`, from a task (`purge_task`)
after the change is committed, tried again while a cache does not answer;
nothing is purged while none is configured. Wagtail's own signal handlers
(the `wagtail.contrib.frontend_cache` app) are not installed: they purge the
page's address before the commit, without retries, and the page's key
already purges it wherever it is shown.
"""

import dataclasses
import io
import logging
import sys
from urllib.parse import unquote_to_bytes, urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.core.paginator import Page as PaginatorPage
from django.db import models, transaction
from django.template.response import SimpleTemplateResponse
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from articles import content_cache
from articles.models import EditionArticle, EditionPage, Person

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
    if isinstance(obj, Page):
        return f"page-{obj.pk}" if obj.pk else None
    prefix = MODEL_KEYS.get(obj._meta.label_lower)
    return f"{prefix}-{obj.pk}" if prefix and obj.pk else None


def keys_in(value, keys, depth=0):
    """Add to `keys` the key of every keyed model instance in `value`: a
    template context value, walked through lists, tuples, sets, dicts,
    paginator pages over a list, and the project's own dataclasses and
    objects. Never runs a query, and reads no private attribute: a queryset
    is passed over (whether it has run is not public; the views hand their
    templates lists), and so are an instance's related objects (what they
    show is purged through them: an organisation's change purges its people's
    keys and the pages referring to it, `keys_for_object`)."""
    if depth > 5 or value is None or isinstance(value, (str, bytes, int, float, bool)):
        return
    if isinstance(value, models.Model):
        key = model_key(value)
        if key:
            keys.add(key)
        return
    if isinstance(value, PaginatorPage):
        if isinstance(value.object_list, (list, tuple)):
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


def add_surrogate_keys(request, *keys):
    """Name keys of this response beside what its context shows (a view or
    hook that knows them: the page served, the image a rendition is of)."""
    if not hasattr(request, "ovn_surrogate_keys"):
        request.ovn_surrogate_keys = set()
    request.ovn_surrogate_keys.update(keys)


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
    keys = {"all"} | getattr(request, "ovn_surrogate_keys", set())
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
    """Wagtail `before_serve_page` hook: the response is keyed by the page
    served and by what it lists."""
    add_surrogate_keys(request, f"page-{page.pk}", *listing_keys_for_page(page))


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
    and API, the listings it appears in, and pages that link to it. With
    `descendants` (it goes offline, moves or changes privacy: so do the
    pages below it) their keys too, and the renditions of the images they
    all show (`image_keys_for_pages`)."""
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
    if isinstance(page, EditionPage):
        # Its articles say "Verschenen in …": those it holds now (an article
        # it held before is keyed by the edition's page already).
        keys |= {f"page-{pk}" for pk in EditionArticle.objects.filter(edition=page).values_list("page_id", flat=True)}
    if descendants:
        below = list(page.get_descendants().values_list("pk", flat=True))
        keys |= {f"page-{pk}" for pk in below}
        keys |= image_keys_for_pages([page.pk, *below])
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
    if label == "articles.person" and obj.photo_id:
        # Public while a live page names the person (articles/published_uploads.py).
        keys.add(f"beeld-{obj.photo_id}")
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


def image_keys_for_pages(page_ids):
    """`beeld-<id>` of every image the pages show, by Wagtail's reference
    index: directly, or as the photo of a person they name. Two queries."""
    types = ContentType.objects.get_for_models(Page, get_image_model(), Person)
    page_type, image_type, person_type = (types[model].pk for model in (Page, get_image_model(), Person))
    on_pages = ReferenceIndex.objects.filter(base_content_type=page_type, object_id__in=[str(pk) for pk in page_ids])
    people = on_pages.filter(to_content_type=person_type).values("to_object_id")
    shown = on_pages.filter(to_content_type=image_type).values_list("to_object_id", flat=True)
    photos = ReferenceIndex.objects.filter(
        base_content_type=person_type, object_id__in=people, to_content_type=image_type
    ).values_list("to_object_id", flat=True)
    return {f"beeld-{pk}" for pk in [*shown, *photos]}


def image_keys_for_removed_reference(reference):
    """`beeld-<id>` of the image a removed reference-index row pointed at
    (a page or person that stopped showing it), or of the photo of the person
    it named; empty for any other row."""
    model = ContentType.objects.get_for_id(reference.to_content_type_id).model_class()
    if model is get_image_model():
        return {f"beeld-{reference.to_object_id}"}
    if model is Person:
        photo = Person.objects.filter(pk=reference.to_object_id).values_list("photo_id", flat=True).first()
        return {f"beeld-{photo}"} if photo else set()
    return set()


def page_urls(pages):
    """Every address of `pages` (Wagtail's `get_cached_paths` under each
    page's full URL), for `purge_batch`."""
    batch = PurgeBatch()
    batch.add_pages(pages)
    return batch.urls


# --- purging -----------------------------------------------------------------------


def purging():
    """Is any cache configured to purge?"""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def schedule_purge(keys, urls=()):
    """Purge `keys` and `urls` from the caches in front once the current
    transaction has committed (a cache refilled before the commit would keep
    the old page)."""
    if not purging() or not (keys or urls):
        return
    keys, urls = sorted(keys), sorted(urls)
    transaction.on_commit(lambda: purge_task.enqueue(keys, urls))


def purge(keys, urls=()):
    """Purge `keys` (surrogate keys) and `urls` from every configured cache.
    Tries every cache, then raises ConnectionError naming each one that did
    not answer or refused (the task tries again)."""
    failures = []
    for name, backend in get_backends().items():
        if keys and not hasattr(backend, "purge_by_tags"):
            failures.append(f"{name}: {type(backend).__name__} cannot purge by key (no purge_by_tags)")
            continue
        try:
            if keys:
                backend.purge_by_tags(list(keys))
            own = [url for url in urls if backend.invalidates_hostname(urlsplit(url).hostname or "")]
            if own:
                backend.purge_batch(own)
        except ConnectionError as error:
            failures.append(f"{name}: {error}")
    if failures:
        raise ConnectionError("; ".join(failures))


# --- background work ---------------------------------------------------------------

PURGE_RETRY_DELAYS = [1, 5, 30, 120, 600]


@task()
def purge_task(keys, urls, attempt=0):
    """Purge surrogate keys and addresses from the caches in front (overheidvannu/operations/frontend_cache.py)."""
    try:
        purge(keys, urls)
    except ConnectionError:
        if retry_later(purge_task, PURGE_RETRY_DELAYS, attempt, keys, urls):
            logger.warning("Purge failed (try %d), trying again later", attempt + 1, exc_info=True)
        else:
            logger.exception("Purge failed for good: %s %s", " ".join(keys), " ".join(urls))
        return
    # The most visited listings, recomputed by the worker rather than by the
    # first visitor (in-request tasks would slow the editor's publish instead).
    if "home" in keys and settings.TASKS_BACKEND != "immediate":
        warm_paths_task.enqueue(["/", "/kennisbank/"])


@task()
def purge_keys_task(keys, attempt=0):
    """A purge queued before `purge_task` took addresses too: rows written
    by the previous release run here (remove in the release after)."""
    purge_task.call(keys, [], attempt)


def wsgi_environ(path):
    """The WSGI environment of an anonymous GET of `path` at the public
    address (WAGTAILADMIN_BASE_URL)."""
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    path, _, query = path.partition("?")
    secure = base.scheme == "https"
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote_to_bytes(path).decode("iso-8859-1"),
        "QUERY_STRING": query,
        "SERVER_NAME": base.hostname or "localhost",
        "SERVER_PORT": str(base.port or (443 if secure else 80)),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": base.netloc,
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": base.scheme or "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


@task()
def warm_paths_task(paths):
    """Render `paths` in the worker with fresh data: the shared content
    cache (Redis in production) then holds the new facet counts, so no
    visitor's request has to compute them. Rendered through the site's own
    WSGI handler in this process (the whole middleware stack, no network, no
    test client); docs/deploy.md, "Purging on publish", says why not over
    HTTP."""
    handler = WSGIHandler()
    content_cache.state.fresh = True
    try:
        for path in paths:
            try:
                # The handler's `get_response`, not its WSGI call: the request
                # signals close database connections past their age, and the
                # connection here is the worker's (or an outer request's).
                response = handler.get_response(WSGIRequest(wsgi_environ(path)))
                if response.status_code >= 500:
                    logger.error("Warming %s answered %s", path, response.status_code)
            except Exception:
                logger.exception("Warming %s failed", path)
    finally:
        content_cache.state.fresh = False


def enqueue_refresh(path):
    """Recompute the data behind `path` once, however many requests were
    served stale meanwhile."""
    if cache.add(f"ovn:refreshing:{path}", 1, 30):
        warm_paths_task.enqueue([path])
