"""Template context of an opgave page, in a fixed number of queries.

Related models are reached through the page's own relations, so this module
needs only `articles` (below it) and never `opgaven.models` (which calls it).
"""

from django.db.models import CharField, Count, DateField, F, OuterRef, Subquery, Value, Window
from django.db.models.functions import Coalesce

from articles import content_cache
from articles.models import ContentPage
from articles.page_meta import load_images, page_meta
from articles.querysets import with_card_renditions
from articles.sections import KENNISBANK

from .pictures import crossover_diagram

#: The first few linked items on the page; "Toon alle n" leads to the filtered kennisbank.
LINKED_ITEMS = 6


def updates_and_bottlenecks(opgave):
    """An opgave's progress updates (newest first) and bottlenecks (in editor
    order), in one UNION query."""
    ProgressUpdate, Bottleneck = (
        type(opgave)._meta.get_field("progress_updates").related_model,
        type(opgave)._meta.get_field("bottlenecks").related_model,
    )
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


def opgaven_with_crossovers(opgave):
    """Every live opgave in tree order, each with `crossover_description`:
    None unless it crosses over with `opgave` (from either side), else the
    description written on whichever side holds it ("" when none). One
    query gives both the cross-overs and the cross-over diagram's nodes."""
    Crossover = type(opgave)._meta.get_field("crossovers").related_model
    described_here = Crossover.objects.filter(opgave=opgave, other=OuterRef("pk")).values("description")[:1]
    described_there = Crossover.objects.filter(opgave=OuterRef("pk"), other=opgave).values("description")[:1]
    return list(
        type(opgave)
        .objects.live()
        .annotate(
            crossover_description=Coalesce(
                Subquery(described_here, output_field=CharField()),
                Subquery(described_there, output_field=CharField()),
            )
        )
        .only("id", "title", "slug", "url_path", "intro")
        .order_by("path")
    )


def crossovers_and_diagram(opgave, request):
    """The live opgaven crossing over with this one (by title) and the
    cross-over diagram with this opgave highlighted."""
    opgaven = content_cache.cached(f"opgave:{opgave.pk}:crossovers", lambda: opgaven_with_crossovers(opgave))
    crossovers = sorted(
        (other for other in opgaven if other.crossover_description is not None and other.pk != opgave.pk),
        key=lambda other: other.title,
    )
    if not any(other.pk == opgave.pk for other in opgaven):
        return crossovers, None  # a draft opgave (admin preview) is not in the drawing
    nodes = [{"id": other.pk, "title": other.title, "url": other.get_url(request)} for other in opgaven]
    diagram = crossover_diagram(nodes, [(opgave.pk, other.pk) for other in crossovers], current_id=opgave.pk)
    return crossovers, diagram


def linked_content(opgave):
    """The newest content linked to the opgave, each with `linked_total`."""
    linked = ContentPage.objects.published().linked_to(opgave=opgave).newest_first()
    # The total rides along as a window count, so "Toon alle n" costs no query of its own.
    items = linked.cards().with_card_images().annotate(linked_total=Window(Count("pk")))[:LINKED_ITEMS]
    return with_card_renditions(list(items))


def opgave_context(page, request):
    lead = None
    if page.lead_id:
        # A lead saved only as a draft is named nowhere public.
        lead = (
            type(page)
            .lead.field.related_model.objects.select_related("organisation")
            .filter(pk=page.lead_id, live=True)
            .first()
        )
    images = load_images(page.listing_image_id, lead.photo_id if lead else None)
    if lead is not None and lead.photo_id:
        lead.photo = images[lead.photo_id]
    updates, bottlenecks = updates_and_bottlenecks(page)
    crossovers, diagram = crossovers_and_diagram(page, request)
    linked_items = content_cache.cached(f"opgave:{page.pk}:linked", lambda: linked_content(page))
    context = page_meta(page, request, description=page.intro, image=images.get(page.listing_image_id))
    context.update(
        {
            "lead": lead,
            "crossovers": crossovers,
            "crossover_diagram": diagram,
            "progress_updates": updates,
            "bottlenecks": bottlenecks,
            "linked_items": linked_items,
            "linked_count": linked_items[0].linked_total if linked_items else 0,
            "listing_url": KENNISBANK.url(opgave=page.slug),
        }
    )
    return context
