"""The one home of the performance-minded content queries.

`ContentPage.objects` (and every content type's manager) returns a
`ContentPageQuerySet`, so listings, detail pages, feeds and search share the
same few building blocks, each with a known, fixed cost:

* `.public()`: outside any private section, as one correlated subquery
  (Wagtail's own `PageQuerySet.public()` costs a query of its own);
* `.cards()`: only the columns a card and its link need;
* `.with_card_images()` / `.with_result_data()`: images and their renditions
  fetched with the items, never one query per card;
* `.linked_to(...)`, `.related_to(page, links)`: content that shares an
  opgave, region or theme, through the many-to-many tables directly.

Nothing here imports the models (they import this module): fields are read
from `self.model`, so the module stays at the bottom of the dependency graph.
"""

from __future__ import annotations

from functools import cache

from django.db.models import BooleanField, Case, Exists, F, IntegerField, OuterRef, Prefetch, Q, Value, When
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import PageManager, PageQuerySet, PageViewRestriction

#: The pictures templates draw by name, `{% named_picture image "result" %}`
#: (articles/templatetags/page_tags.py): the template and the query that
#: prefetches the renditions read the one spec.
PICTURE_SPECS = {
    # A listing or search result (components/result_item.html).
    "result": "format-{webp,jpeg} fill-{320x180,640x360}",
    # A card (components/card.html: the home page, an opgave, a region, a theme).
    "card": "format-{webp,jpeg} fill-640x360",
}
#: A result's renditions, prefetched in one query (`with_result_data`) so no
#: image costs a query of its own.
RESULT_IMAGE_SPECS = Filter.expand_spec(PICTURE_SPECS["result"])
CARD_IMAGE_SPECS = Filter.expand_spec(PICTURE_SPECS["card"])


def result_renditions():
    """The Prefetch of a result's renditions (`with_result_data`)."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=RESULT_IMAGE_SPECS)
    return Prefetch("listing_image__renditions", queryset=renditions, to_attr="prefetched_renditions")


@cache
def picture_filters(name):
    """The Wagtail Filters of a named picture, made once per process: a
    Filter parses its spec into operations on first use (a few hundred
    microseconds each), which a listing of twelve pictures would otherwise
    pay 48 times a request. Wagtail's own `{% picture %}` keeps its Filters
    with the compiled template in the same way."""
    return tuple(Filter(spec=spec) for spec in Filter.expand_spec(PICTURE_SPECS[name]))


def with_card_renditions(items):
    """Make the card renditions that `items` (from `with_card_images()`)
    lack, now, and return `items`.

    For lists kept as derived data (the home page's, an opgave's, a
    region's): Wagtail takes prefetched renditions to be all there are, so a
    list cached before its renditions existed would have them made again,
    image files and all, on every request that shows it until the content
    changes. Made here, they go into the cached list with it."""
    for item in items:
        if item.listing_image_id and item.listing_image is not None:
            get_renditions_or_not_found(item.listing_image, picture_filters("card"))
    return items


CARD_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "depth",
    "path",
    "kind",
    "intro",
    "publication_date",
    "display_date",
    "display_end",
    "display_place",
    "listing_image",
    "content_type_id",
    "live",
)

#: How many of the newest items per shared opgave, region or theme are
#: considered as related content: scoring then runs over a few hundred rows,
#: not over every item sharing a popular theme.
RELATED_CANDIDATES = 40
#: A shared opgave weighs most, then a region, then a theme.
RELATION_WEIGHTS = (("opgaven", 4), ("regions", 2), ("themes", 1))


def first_rows(queryset, limit, key="pk", among=None):
    """The rows of `among` (by default every row of the model) whose `key` is
    one of the first `limit` in the ordered `queryset`, as an unordered,
    unsliced queryset: one that may be a part of a UNION on every database.

    SQLite refuses ORDER BY and LIMIT in the parts of a compound statement
    ("LIMIT/OFFSET not allowed in subqueries of compound statements"; Django
    raises the same for ORDER BY), but takes both in an IN subquery. On
    PostgreSQL the inner query walks its index and stops after `limit` rows,
    as the sliced part itself did, and the outer one finds them by an index
    on `key` (measured at 20,000 items: the same time as the sliced parts).
    A UNION part without a limit only needs `.order_by()`: Wagtail's page
    managers order by path."""
    among = queryset.model._default_manager.all() if among is None else among
    return among.filter(**{f"{key}__in": queryset.values(key)[:limit]}).order_by()


def restricted():
    """True for a page inside a private section (a view restriction on the
    page or one of its ancestors), as a correlated subquery."""
    return Exists(
        PageViewRestriction.objects.annotate(prefix_length=Length("page__path")).filter(
            page__path=Substr(OuterRef("path"), 1, F("prefix_length"))
        )
    )


def still_to_come():
    """1 for content dated in the future (an event yet to begin), else 0."""
    return Case(When(display_date__gt=timezone.now(), then=Value(1)), default=Value(0), output_field=IntegerField())


def upcoming():
    """True for an event that has not ended yet (content without an end never is)."""
    return Case(
        When(display_end__gte=timezone.now(), then=Value(True)), default=Value(False), output_field=BooleanField()
    )


class ContentPageQuerySet(PageQuerySet):
    def public(self):
        """Outside any private section. Same meaning as Wagtail's `public()`,
        but a subquery instead of a query of its own."""
        return self.exclude(restricted())

    def published(self):
        """Live content that anonymous visitors may see."""
        return self.live().public()

    def newest_first(self):
        """By the one date every list shows (an event's start), newest first,
        but what has not happened yet is not news: events still to come follow
        everything else (the agenda lists them soonest first)."""
        now = timezone.now()
        return self.order_by(
            still_to_come().asc(),
            Case(When(display_date__gt=now, then=F("display_date"))).asc(nulls_first=True),
            F("display_date").desc(nulls_last=True),
            "-pk",
        )

    def oldest_first(self):
        """Oldest first; events still to come again last, soonest first."""
        return self.order_by(still_to_come().asc(), F("display_date").asc(nulls_last=True), "pk")

    def agenda_order(self):
        """Events still to come (or running) soonest first, then past events,
        the most recent first."""
        now = timezone.now()
        return self.order_by(
            upcoming().desc(),
            Case(When(Q(display_end__gte=now), then=F("display_date"))).asc(nulls_last=True),
            F("display_date").desc(nulls_last=True),
            "-pk",
        )

    def cards(self, *extra):
        """Only what a card and its link need (and the `extra` fields)."""
        return self.only(*CARD_FIELDS, *extra)

    def with_card_images(self):
        """Each item's listing image and its card renditions, fetched with
        the items (a list to be cached goes through `with_card_renditions`)."""
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_IMAGE_SPECS)
        return self.select_related("listing_image").prefetch_related(
            Prefetch("listing_image__renditions", queryset=renditions)
        )

    def with_result_data(self, *, renditions=True):
        """Everything a listing result shows: the image by a join, its
        renditions in one extra query (unless `renditions` is False: then
        `prefetch_related_objects(items, result_renditions())` fetches them
        for the items that need them). Dates come from the stored display
        fields (`display_date`, `display_end`, `display_place`)."""
        queryset = self.defer("body").select_related("listing_image")  # body: the one large column, never shown
        return queryset.prefetch_related(result_renditions()) if renditions else queryset

    # --- relations ---------------------------------------------------------------

    def _through(self, group):
        relation = self.model._meta.get_field(group)
        return relation.remote_field.through, relation.m2m_reverse_field_name()

    def link_pairs(self, group, page_ids=None):
        """The links to opgaven, regions, themes or levels (`group`), straight
        from the many-to-many table, each row with its `contentpage_id` and
        `linked_id`; of the content `page_ids` only, when given."""
        through, target = self._through(group)
        pairs = through.objects.order_by().annotate(linked_id=F(target))
        return pairs if page_ids is None else pairs.filter(contentpage_id__in=page_ids)

    def ids_linked_to(self, group, target_id):
        """Subquery: ids of the content linked to one opgave, region, theme or level."""
        through, target = self._through(group)
        return through.objects.filter(**{target: target_id}).values("contentpage_id")

    def ids_linked_to_slugs(self, group, slugs):
        """Subquery: ids of the content linked to any of the opgaven, regions,
        themes or levels (`group`) with these slugs."""
        through, target = self._through(group)
        return through.objects.filter(**{f"{target}__slug__in": slugs}).values("contentpage_id")

    def linked_to(self, *, opgave=None, region=None, theme=None):
        """Content linked to every one of the given opgave, region and theme."""
        queryset = self
        for group, item in (("opgaven", opgave), ("regions", region), ("themes", theme)):
            if item is not None:
                queryset = queryset.filter(pk__in=self.ids_linked_to(group, item.pk))
        return queryset

    def related_to(self, page, links):
        """Other content sharing an opgave, region or theme with `page` (whose
        classification is `links`), best first: weighted by what is shared,
        ties to the newest. Empty when `page` is linked to nothing."""
        scores = []
        for group, weight in RELATION_WEIGHTS:
            ids = links.ids(group)
            if ids:
                through, target = self._through(group)
                shared = through.objects.filter(contentpage_id=OuterRef("pk"), **{f"{target}__in": ids})
                scores.append(
                    Case(When(Exists(shared), then=Value(weight)), default=Value(0), output_field=IntegerField())
                )
        if not scores:
            return self.none()
        return (
            self.filter(pk__in=self._candidates(links))
            .exclude(pk=page.pk)
            .annotate(relevance=sum(scores[1:], scores[0]))
            .order_by("-relevance", still_to_come().asc(), F("display_date").desc(nulls_last=True), "-pk")
        )

    def _candidates(self, links):
        """Ids of the newest RELATED_CANDIDATES items per linked opgave, region
        and theme, as one UNION subquery; each part walks an index newest first
        (`first_rows`: a UNION of sliced parts that SQLite accepts too)."""
        parts = []
        for group, _weight in RELATION_WEIGHTS:
            through, target = self._through(group)
            for item_id in links.ids(group):
                linked = through.objects.filter(**{target: item_id})
                newest = linked.order_by("-contentpage__publication_date", "-contentpage_id")
                part = first_rows(newest, RELATED_CANDIDATES, key="contentpage_id", among=linked)
                parts.append(part.values_list("contentpage_id", flat=True))
        first, *rest = parts
        return first.union(*rest, all=True) if rest else first


ContentPageManager = PageManager.from_queryset(ContentPageQuerySet)
