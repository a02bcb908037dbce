"""Queries that connect pages: a page's own classification and the content
related to it or linked to an opgave, region or theme.

Every function here costs a fixed number of queries whatever the number of
items: classification is one UNION query, a content list is one query plus
one for the renditions of its images. Detail pages call these instead of
walking relations in templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import (
    Case,
    CharField,
    DateField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Length, Substr
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from .models import ContentKind, ContentPage, Level, Theme

RELATED_LIMIT = 4


def restricted():
    """True for a page inside a private section (a view restriction on the
    page or one of its ancestors). A correlated subquery, so unlike
    `PageQuerySet.public()` it costs no query of its own."""
    return Exists(
        PageViewRestriction.objects.annotate(prefix_length=Length("page__path")).filter(
            page__path=Substr(OuterRef("path"), 1, F("prefix_length"))
        )
    )


def public_content():
    """Live content that anonymous visitors may see."""
    return ContentPage.objects.live().exclude(restricted())


def with_card_images(queryset):
    """Fetch each item's listing image and all its renditions with the items,
    so `components/card.html` renders without a query per card."""
    renditions = get_image_model().get_rendition_model().objects.all()
    return queryset.select_related("listing_image").prefetch_related(
        Prefetch("listing_image__renditions", queryset=renditions)
    )


def card_fields(queryset, *extra):
    """Only what a card and its link need (and the `extra` fields)."""
    return queryset.only(
        "id",
        "title",
        "slug",
        "url_path",
        "depth",
        "path",
        "kind",
        "intro",
        "publication_date",
        "listing_image",
        "content_type_id",
        "live",
        *extra,
    )


# --- a page's own classification -------------------------------------------------


@dataclass
class Classification:
    """What a page is about, as linkable objects: levels and themes have
    `.name` and `.slug`; opgaven, regions and related essays are light Page
    objects with `.title` and a working `.url` / `{% pageurl %}`."""

    levels: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    opgaven: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    related_essays: list = field(default_factory=list)

    def ids(self, group):
        return [item.pk for item in getattr(self, group)]


_COLUMNS = ("group", "item_id", "slug", "label", "url_path", "position")


def _link_rows(through, owner_field, owner_id, group, target, label, *, is_page):
    rows = through.objects.filter(**{f"{owner_field}_id": owner_id})
    if is_page:
        rows = rows.filter(**{f"{target}__live": True})
    return (
        rows.annotate(
            group=Value(group),
            item_id=F(f"{target}__id"),
            slug=F(f"{target}__slug"),
            label=F(f"{target}__{label}"),
            url_path=F(f"{target}__url_path") if is_page else Value(""),
            position=Value(0) if is_page else Coalesce(F(f"{target}__sort_order"), Value(0)),
        )
        .order_by()
        .values_list(*_COLUMNS)
    )


def classification(page, extra=()):
    """Levels, themes, live opgaven and live regions of a content page (and,
    with `extra=("related_essays",)`, an essay's live related publications),
    all in one UNION query."""
    parts = []
    for group in ("levels", "themes", "opgaven", "regions"):
        relation = ContentPage._meta.get_field(group)
        target = relation.m2m_reverse_field_name()
        label = "name" if group in ("levels", "themes") else "title"
        is_page = group in ("opgaven", "regions")
        parts.append(
            _link_rows(relation.remote_field.through, "contentpage", page.pk, group, target, label, is_page=is_page)
        )
    if "related_essays" in extra:
        from .models import EssayPage

        relation = EssayPage._meta.get_field("related_essays")
        parts.append(
            _link_rows(
                relation.remote_field.through,
                relation.m2m_field_name(),
                page.pk,
                "related_essays",
                relation.m2m_reverse_field_name(),
                "title",
                is_page=True,
            )
        )
    first, *rest = parts
    result = Classification()
    rows = sorted(first.union(*rest, all=True), key=lambda row: (row[0], row[5], row[3].lower()))
    for group, item_id, slug, label, url_path, _position in rows:
        if group == "levels":
            item = Level(pk=item_id, slug=slug, name=label)
        elif group == "themes":
            item = Theme(pk=item_id, slug=slug, name=label)
        else:
            item = Page(pk=item_id, slug=slug, title=label, url_path=url_path)
        getattr(result, group).append(item)
    return result


@dataclass
class EntryPoints:
    opgaven: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    levels: list = field(default_factory=list)


def entry_points():
    """The live opgaven and regions and the three levels, for the home page's
    entries, in one UNION query."""
    from opgaven.models import OpgavePage
    from regions.models import RegionPage

    columns = ("group", "item_id", "slug", "label", "url_path", "description", "position")
    parts = [
        OpgavePage.objects.live().annotate(
            group=Value("opgaven"), item_id=F("id"), label=F("title"), description=F("intro"), position=F("path")
        ),
        RegionPage.objects.live().annotate(
            group=Value("regions"), item_id=F("id"), label=F("title"), description=F("intro"), position=F("path")
        ),
        Level.objects.annotate(
            group=Value("levels"),
            item_id=F("id"),
            label=F("name"),
            url_path=Value(""),
            position=Cast(F("sort_order"), CharField()),
        ),
    ]
    first, *rest = [part.order_by().values_list(*columns) for part in parts]
    result = EntryPoints()
    for group, item_id, slug, label, url_path, description, _position in sorted(
        first.union(*rest, all=True), key=lambda row: (row[0], row[6])
    ):
        if group == "levels":
            item = Level(pk=item_id, slug=slug, name=label, description=description)
        else:
            item = Page(pk=item_id, slug=slug, title=label, url_path=url_path)
            item.intro = description
        getattr(result, group).append(item)
    return result


def opgave_updates_and_bottlenecks(opgave):
    """An opgave's progress updates (newest first) and bottlenecks (in editor
    order), in one UNION query."""
    from opgaven.models import Bottleneck, ProgressUpdate

    columns = ("group", "item_id", "date", "title", "text", "status", "sort_order")
    updates = ProgressUpdate.objects.filter(opgave=opgave).annotate(
        group=Value("update"), item_id=F("id"), status=Value("")
    )
    bottlenecks = Bottleneck.objects.filter(opgave=opgave).annotate(
        group=Value("bottleneck"),
        item_id=F("id"),
        date=Value(None, output_field=DateField()),
        text=F("description"),
    )
    rows = updates.order_by().values_list(*columns).union(bottlenecks.order_by().values_list(*columns), all=True)
    progress, problems = [], []
    for group, item_id, date, title, text, status, sort_order in rows:
        if group == "update":
            progress.append(ProgressUpdate(pk=item_id, date=date, title=title, text=text, sort_order=sort_order))
        else:
            problems.append(Bottleneck(pk=item_id, title=title, description=text, status=status, sort_order=sort_order))
    progress.sort(key=lambda item: (item.date, item.pk), reverse=True)
    problems.sort(key=lambda item: (item.sort_order is None, item.sort_order or 0, item.pk))
    return progress, problems


# --- content lists -----------------------------------------------------------------


RELATED_CANDIDATES = 40


def _candidates(links):
    """Ids of the newest RELATED_CANDIDATES items per linked opgave, region
    and theme, as one UNION subquery. Scoring is then done over at most a few
    hundred rows, not over every item that shares a popular theme (tens of
    thousands at scale), and each part walks an index newest-first."""
    parts = []
    for group in ("opgaven", "regions", "themes"):
        relation = ContentPage._meta.get_field(group)
        through = relation.remote_field.through
        target = relation.m2m_reverse_field_name()
        for item_id in links.ids(group):
            parts.append(
                through.objects.filter(**{target: item_id})
                .order_by("-contentpage__publication_date", "-contentpage_id")
                .values_list("contentpage_id", flat=True)[:RELATED_CANDIDATES]
            )
    first, *rest = parts
    return first.union(*rest, all=True) if rest else first


def related_content(page, links: Classification, limit=RELATED_LIMIT):
    """Up to `limit` other pieces of content that share an opgave, region or
    theme with `page` (never `page` itself). A shared opgave weighs most, then
    a region, then a theme; ties go to the newest. One query plus renditions."""
    scores = []
    for group, weight in (("opgaven", 4), ("regions", 2), ("themes", 1)):
        ids = links.ids(group)
        if not ids:
            continue
        relation = ContentPage._meta.get_field(group)
        through = relation.remote_field.through
        target = relation.m2m_reverse_field_name()
        shared = through.objects.filter(contentpage_id=OuterRef("pk"), **{f"{target}__in": ids})
        scores.append((Exists(shared), weight))
    if not scores:
        return []
    score = sum(
        (Case(When(condition, then=Value(weight)), default=Value(0), output_field=IntegerField()))
        for condition, weight in scores
    )
    queryset = (
        public_content()
        .filter(pk__in=_candidates(links))
        .exclude(pk=page.pk)
        .annotate(relevance=score)
        .order_by("-relevance", "-publication_date", "-pk")
    )
    # components/related.html shows no images, so none are fetched.
    return list(card_fields(queryset)[:limit])


def linked_content(*, opgave=None, region=None, theme=None, limit=12):
    """Newest content linked to an opgave, region or theme (one query plus renditions)."""
    queryset = public_content()
    if opgave is not None:
        queryset = queryset.filter(pk__in=_through_ids("opgaven", opgave.pk))
    if region is not None:
        queryset = queryset.filter(pk__in=_through_ids("regions", region.pk))
    if theme is not None:
        queryset = queryset.filter(pk__in=_through_ids("themes", theme.pk))
    queryset = queryset.order_by("-publication_date", "-pk")
    if limit is None:
        return with_card_images(card_fields(queryset))
    return list(with_card_images(card_fields(queryset))[:limit])


def region_content(region, limit=12):
    """A region's story series and its other content, each newest first and
    at most `limit` long, in one query: the ids of both lists come from two
    LIMIT subqueries joined by UNION, so no more rows are sorted than shown.
    Returns (stories, others)."""
    linked = public_content().filter(pk__in=_through_ids("regions", region.pk)).order_by("-publication_date", "-pk")
    stories = linked.filter(kind=ContentKind.VERHAAL).values_list("pk", flat=True)[:limit]
    others = linked.exclude(kind=ContentKind.VERHAAL).values_list("pk", flat=True)[:limit]
    queryset = public_content().filter(pk__in=stories.union(others, all=True)).order_by("-publication_date", "-pk")
    items = list(with_card_images(card_fields(queryset)))
    return (
        [item for item in items if item.kind == ContentKind.VERHAAL],
        [item for item in items if item.kind != ContentKind.VERHAAL],
    )


def _through_ids(group, target_id):
    relation = ContentPage._meta.get_field(group)
    through = relation.remote_field.through
    return through.objects.filter(**{relation.m2m_reverse_field_name(): target_id}).values("contentpage_id")
