"""Finding the opgaven, regions, themes and pages themselves ("hubs"): a few
dozen at most, so handled as a small list beside the content matches.

A hub is *named* by the query when its own name holds every word (in one of
its forms, `words.SearchWords`): its title, or its address (`/contact/` is
named by "contact", `/toegankelijkheid/` by "toegankelijkheid"). Named hubs
lead the results; the others follow the content named by the query, the hub
that most of the matching content is linked to first (the opgave most
"woningbouw" content belongs to is the topic's hub).
"""

from dataclasses import dataclass

from django.db.models import Case, OuterRef, Subquery, TextField, Value, When
from django.db.models.functions import Cast, Coalesce
from wagtail.models import Page, get_page_models

from articles.models import ApproachPage, ContentPage, EditionPage, StandardPage, Theme
from articles.querysets import restricted
from opgaven.models import OpgavePage
from regions.models import RegionPage

from .. import facet_index
from ..filters import SEARCH_ONLY_KINDS
from .backend import backend_query, is_postgres_database_backend, named_title_query
from .snippets import text_blocks

# Opgaven, regions, themes and pages found per kind: there are ten opgaven,
# four regions and a few dozen themes and pages, so this never cuts in practice.
HUB_LIMIT = 50


@dataclass(frozen=True)
class HubSource:
    """One kind of hub: its kind (a key of filters.SEARCH_ONLY_KINDS), its
    model, the fields a snippet may quote after the intro, and the
    many-to-many field of ContentPage that links content to it (if any)."""

    kind: str
    model: type
    texts: tuple = ()
    links: str = ""

    @property
    def is_page(self):
        return issubclass(self.model, Page)


#: Every other live page below the home page is found as a "pagina" too: the
#: contact form, the listings, the overviews, the magazine, the podcast.
OWN_SOURCES = (
    HubSource("opgave", OpgavePage, ("problem", "commitments"), "opgaven"),
    HubSource("regio", RegionPage, ("characterisation",), "regions"),
    HubSource("thema", Theme, (), "themes"),
    HubSource("pagina", StandardPage, ("body",)),
    HubSource("pagina", ApproachPage, ("certainties_intro", "certainties", "levels_intro", "body")),
    HubSource("pagina", EditionPage, ("foreword",)),
)
OTHER_PAGES = HubSource("pagina", Page)
HUB_SOURCES = (*OWN_SOURCES, OTHER_PAGES)
HUB_TEXT_COLUMNS = max(len(source.texts) for source in HUB_SOURCES)
HOME_DEPTH = 2


def _other_page_models():
    """The page types searched as OTHER_PAGES: every type that is neither
    content nor one of OWN_SOURCES."""
    own = (ContentPage, *(source.model for source in OWN_SOURCES if source.is_page))
    return [model for model in get_page_models() if not issubclass(model, own) and model is not Page]


def _other_pages():
    return Page.objects.live().type(*_other_page_models()).filter(depth__gt=HOME_DEPTH)


def _other_page_intro():
    """The intro of whichever of the other page types a row is (those that have one)."""
    intros = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).values("intro")[:1])
        for model in _other_page_models()
        if any(field.name == "intro" for field in model._meta.get_fields())
    ]
    if not intros:
        return Value("", output_field=TextField())
    return Coalesce(*intros, Value(""), output_field=TextField())


@dataclass(frozen=True)
class Hit:
    """A result that is not a content item: an opgave, region, theme or
    page, with what its result shows. Plain data, so it can be cached."""

    key: str  # "page:<id>" or "theme:<id>", distinct from content ids (ints)
    kind: str  # a key of filters.SEARCH_ONLY_KINDS
    slug: str
    title: str
    url_path: str  # a page's Wagtail url_path, or a theme's URL
    is_page: bool
    named: bool  # its own title, name or address holds every word of the query
    intro: str
    texts: tuple  # the text blocks a snippet may quote after the intro
    links: int = 0  # how many of the matching content items link to it

    @property
    def kind_label(self):
        return SEARCH_ONLY_KINDS[self.kind]

    def get_url(self, request):
        if not self.is_page:
            return self.url_path
        return Page(url_path=self.url_path).get_url(request)


def find_hubs(backend, words, content_ids=()):
    """The opgaven, regions, themes and pages that contain every word (of
    SearchWords), as `Hit`s: named ones first (by kind and the backend's
    score), then the others, the one most of `content_ids` (the matching
    content) links to first. One query on PostgreSQL, a few elsewhere."""
    query = backend_query(words)
    if is_postgres_database_backend(backend):
        rows = _hub_rows_postgres(backend, query, words, list(content_ids))
    else:
        rows = _hub_rows_other(backend, query, words, list(content_ids))
    hits = []
    for pk, position, slug, title, url_path, named, score, links, intro, *texts in rows:
        source = HUB_SOURCES[position]
        named = bool(named) or words.named_by(slug.replace("-", " "))
        hits.append(
            (
                (not named, -links if not named else 0, position, -score),
                Hit(
                    key=f"{'page' if source.is_page else 'theme'}:{pk}",
                    kind=source.kind,
                    slug=slug,
                    title=title,
                    url_path=url_path if source.is_page else Theme(slug=slug).get_absolute_url(),
                    is_page=source.is_page,
                    named=named,
                    intro=intro or "",
                    texts=tuple(
                        text
                        for name, value in zip(source.texts, texts, strict=False)
                        for text in text_blocks(source.model._meta.get_field(name).to_python(value))
                    ),
                    links=links,
                ),
            )
        )
    return [hit for _order, hit in sorted(hits, key=lambda pair: pair[0])]


def _hub_rows_postgres(backend, query, words, content_ids):
    """Every kind's matches in one UNION query, as rows of (pk, position in
    HUB_SOURCES, slug, title, url_path, named, score, links, intro, *texts)."""
    parts = []
    empty = Value("", output_field=TextField())
    for position, source in enumerate(HUB_SOURCES):
        if source is OTHER_PAGES:
            candidates, intro = _other_pages(), _other_page_intro()
        elif source.is_page:
            candidates, intro = source.model.objects.live(), Cast("intro", TextField())
        else:
            candidates, intro = source.model.objects.filter(live=True), Cast("description", TextField())
        found = backend.search(query, candidates).annotate_score("backend_score").get_queryset()
        if source.is_page:
            found = found.exclude(restricted())
        texts = {f"hub_text_{n}": Cast(name, TextField()) for n, name in enumerate(source.texts)}
        texts |= {f"hub_text_{n}": empty for n in range(len(source.texts), HUB_TEXT_COLUMNS)}
        columns = dict(
            hub_position=Value(position),
            hub_title=Cast("title" if source.is_page else "name", TextField()),
            hub_url=Cast("url_path", TextField()) if source.is_page else empty,
            hub_named=Case(When(named_title_query(words), then=Value(True)), default=Value(False)),
            hub_intro=intro,
            **texts,
        )
        parts.append(
            found.order_by()
            .annotate(**columns)
            .values_list(
                "pk",
                "hub_position",
                "slug",
                "hub_title",
                "hub_url",
                "hub_named",
                "backend_score",
                "hub_intro",
                *texts,
            )
        )
    first, *rest = parts
    links = _link_counts(content_ids)
    return [
        (pk, position, slug, title, url, named, score, links.get((position, pk), 0), *texts)
        for pk, position, slug, title, url, named, score, *texts in first.union(*rest, all=True)[
            : HUB_LIMIT * len(HUB_SOURCES)
        ]
    ]


def _link_counts(content_ids):
    """{(position in HUB_SOURCES, pk): how many of `content_ids` link to it},
    from the facet index: a popcount per hub, however many thousands of
    items matched (a grouped join over the matches cost 0.1 to 0.3 s at 50,000)."""
    if not content_ids:
        return {}
    index = facet_index.current()
    matched = facet_index.bitset(content_ids)
    return {
        (position, pk): (bits & matched).bit_count()
        for position, source in enumerate(HUB_SOURCES)
        if source.links
        for pk, bits in index.options.get(facet_index.FACET_OF_FIELD[source.links], {}).items()
    }


def _hub_rows_other(backend, query, words, content_ids):
    """The same rows as `_hub_rows_postgres`, one backend search per kind;
    "named" by the Python word matcher and scored by the backend's order."""
    links = _link_counts(content_ids)
    rows = []
    for position, source in enumerate(HUB_SOURCES):
        if source is OTHER_PAGES:
            candidates = _other_pages().public()
        elif source.is_page:
            candidates = source.model.objects.live().public()
        else:
            candidates = source.model.objects.filter(live=True)
        for rank, obj in enumerate(backend.search(query, candidates)[:HUB_LIMIT]):
            if source is OTHER_PAGES:
                obj = obj.specific
            intro = getattr(obj, "intro", "") if source.is_page else obj.description
            texts = [getattr(obj, name) for name in source.texts]
            rows.append(
                (
                    obj.pk,
                    position,
                    obj.slug,
                    obj.title,
                    getattr(obj, "url_path", ""),
                    words.named_by(obj.title),
                    -rank,
                    links.get((position, obj.pk), 0),
                    intro,
                    *texts,
                )
            )
    return rows
