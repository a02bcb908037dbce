"""Template context of a region page, in a fixed number of queries.

Related models are reached through the page's own relations, so this module
needs only `articles` (below it) and never `regions.models` (which calls it).
"""

from django.db.models import Case, Count, IntegerField, Subquery, Value, When
from django.db.models.functions import Coalesce

from articles import content_cache
from articles.kinds import ContentKind
from articles.models import ContentPage, GovernmentLayer
from articles.page_meta import load_images, page_meta
from articles.querysets import first_rows, with_card_renditions
from articles.sections import KENNISBANK, VERHALEN

from .locator_map import region_map

#: The first few of each list; "Toon alle n" leads to the filtered listing.
SERIES_LIMIT = 6
#: The kinds of "Meer over …": every kind but the story series.
OTHER_KINDS = [kind for kind in ContentKind.values if kind != ContentKind.VERHAAL]


def region_content(region, limit=SERIES_LIMIT):
    """A region's story series and its other content, each newest first and
    at most `limit` long, in one query: the ids of both lists come from two
    LIMIT subqueries joined by UNION (`first_rows`), so no more rows are sorted
    than shown. Returns (stories, others)."""
    content = ContentPage.objects.published()
    linked = content.linked_to(region=region).newest_first()
    stories = first_rows(linked.filter(kind=ContentKind.VERHAAL), limit).values_list("pk", flat=True)
    others = first_rows(linked.exclude(kind=ContentKind.VERHAAL), limit).values_list("pk", flat=True)
    # How many there are in all ("Toon alle n") rides along as two scalar subqueries.
    items = list(
        content.filter(pk__in=stories.union(others, all=True))
        .newest_first()
        .cards()
        .with_card_images()
        .annotate(
            stories_total=count_of(linked.filter(kind=ContentKind.VERHAAL)),
            others_total=count_of(linked.exclude(kind=ContentKind.VERHAAL)),
        )
    )
    with_card_renditions(items)  # cached with the list (articles.querysets)
    counts = {
        "stories": items[0].stories_total if items else 0,
        "others": items[0].others_total if items else 0,
    }
    return (
        [item for item in items if item.kind == ContentKind.VERHAAL],
        [item for item in items if item.kind != ContentKind.VERHAAL],
        counts,
    )


def count_of(queryset):
    """The number of rows of `queryset`, as a scalar subquery."""
    counted = queryset.order_by().annotate(one=Value(1)).values("one").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def partner_layers(region):
    """The cooperating organisations grouped by government layer, in the
    layers' fixed order (Rijk first), each group sorted by name."""
    layer_position = Case(
        *[When(organisation__layer=value, then=Value(i)) for i, value in enumerate(GovernmentLayer.values)],
        default=Value(len(GovernmentLayer.values)),
        output_field=IntegerField(),
    )
    partners = (
        type(region)
        ._meta.get_field("partners")
        .related_model.objects.filter(region=region, organisation__live=True)  # never a draft organisation
        .select_related("organisation")
        .annotate(layer_position=layer_position)
        .order_by("layer_position", "organisation__name")
    )
    layers = []
    for partner in partners:
        if not layers or layers[-1]["layer"] != partner.organisation.layer:
            layers.append(
                {"layer": partner.organisation.layer, "label": partner.organisation.get_layer_display(), "partners": []}
            )
        layers[-1]["partners"].append(partner)
    return layers


def region_context(page, request):
    images = load_images(page.listing_image_id)
    # Read from other pages: cached under the content version.
    stories, others, counts = content_cache.cached(f"region:{page.pk}:content", lambda: region_content(page))
    OpgavePage = type(page)._meta.get_field("opgaven").related_model
    context = page_meta(page, request, description=page.intro, image=images.get(page.listing_image_id))
    context.update(
        {
            "partner_layers": partner_layers(page),
            # `pk__in` takes the real relation as a subquery and, in the admin
            # preview, the unsaved in-memory selection as a list.
            "opgaven": list(
                OpgavePage.objects.live()
                .filter(pk__in=page.opgaven.all())
                .only("id", "title", "slug", "url_path", "intro")
                .order_by("path")  # the official order, as everywhere on the site
            ),
            "stories": stories,
            "other_items": others,
            "region_map": region_map(
                [
                    {"id": region.pk, "title": region.title, "slug": region.slug, "url": region.get_url(request)}
                    for region in type(page).objects.live().only("id", "title", "slug", "url_path").order_by("path")
                ],
                current_id=page.pk,
            ),
            "stories_count": counts["stories"],
            "other_count": counts["others"],
            "stories_url": VERHALEN.url(regio=page.slug),
            # Exactly what "Meer over" counts: everything but the stories, which have their own list.
            "listing_url": KENNISBANK.url(*[("type", kind) for kind in OTHER_KINDS], regio=page.slug),
        }
    )
    return context
