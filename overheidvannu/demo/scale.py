"""Generated content for benchmarks: `manage.py load_demo --pages N`.

Adds N stories, essays, tips and events (`demo-<n>`) under the demo's
listings, spread over the levels, themes, opgaven and regions the curated
demo (demo/builder.py) made, so listings, filters and search can be timed
at a realistic size (scripts/bench*.py, `make bench`). Idempotent: pages
that exist are left as they are. Not meant for a site people use: the
pages are published without revisions, as a bulk import would.

Only public API: each page is added with treebeard's `add_child`, so Wagtail
validates it, writes its tree path and url_path and logs its creation. The
search and reference indexes are the caller's concern (`load_demo` runs
`update_index` and `rebuild_references_index` once at the end).
"""

import datetime
import random
import sys

from django.db import connection, transaction
from django.utils import timezone
from tqdm import tqdm
from wagtail.models import Page

from articles.models import ContentPage, Level, Theme
from opgaven.models import OpgavePage
from overheidvannu.demo.builder import INDEXES, KIND_CLASSES, KIND_INDEXES, ensure_image, paragraphs_html
from regions.models import RegionPage

# Each chunk of pages is added in one transaction, so an interrupted run keeps what it made.
CHUNK = 500
KINDS = list(KIND_CLASSES)
# How many of each vocabulary a generated page links to (at least, at most).
RELATIONS = {"levels": (1, 2), "themes": (1, 3), "opgaven": (0, 2), "regions": (0, 1)}
TOPICS = [
    "woningbouw",
    "energietransitie",
    "schuldhulpverlening",
    "stikstof",
    "arbeidsmarkt",
    "financiële verhoudingen",
    "ondermijning",
    "netcongestie",
    "zorg",
    "mobiliteit",
    "klimaatadaptatie",
    "dienstverlening",
    "jeugdzorg",
    "inburgering",
    "platteland",
]


def generate(count, today=None, progress_file=None):
    """Add the missing pages of `demo-1` … `demo-<count>`; returns how many.
    Needs the curated demo (its listings and vocabulary) in place."""
    today = today or timezone.localdate()
    existing = set(Page.objects.filter(slug__startswith="demo-").values_list("slug", flat=True))
    todo = [n for n in range(1, count + 1) if f"demo-{n}" not in existing]
    if not todo:
        return 0
    index_classes = {section.key: page_class for page_class, section, _intro in INDEXES}
    parents = {kind: index_classes[key].objects.get() for kind, key in KIND_INDEXES.items()}
    vocabulary = {
        "levels": list(Level.objects.all()),
        "themes": list(Theme.objects.order_by("sort_order", "pk")),
        "opgaven": list(OpgavePage.objects.order_by("path")),
        "regions": list(RegionPage.objects.order_by("path")),
    }
    images = [ensure_image(f"generated-{i}", f"Gegenereerd beeld {i}") for i in range(8)]
    rng = random.Random(2018)
    with tqdm(total=len(todo), desc="Pagina's", unit="pag", file=progress_file or sys.stderr) as progress:
        for start in range(0, len(todo), CHUNK):
            chunk = todo[start : start + CHUNK]
            with transaction.atomic():
                pages = [generated_page(n, rng, images, today) for n in chunk]
                for page in pages:
                    parents[page.content_kind].add_child(instance=page)
                add_relations(pages, rng, vocabulary)
            progress.update(len(chunk))
    return len(todo)


def add_relations(pages, rng, vocabulary):
    """Levels, themes, opgaven and regions for `pages`: one insert per relation
    and chunk into the relation's table, instead of a dozen queries per page
    when modelcluster commits each page's relations on save."""
    rows = {name: [] for name in RELATIONS}
    # Page by page, so the same seed links the same pages as it always has.
    for page in pages:
        for name, (low, high) in RELATIONS.items():
            relation = getattr(ContentPage, name)
            source, target = relation.field.m2m_field_name(), relation.field.m2m_reverse_field_name()
            rows[name] += [
                relation.through(**{source: page, target: linked})
                for linked in rng.sample(vocabulary[name], rng.randint(low, high))
            ]
    for name, objects in rows.items():
        getattr(ContentPage, name).through.objects.bulk_create(objects)


def generated_page(n, rng, images, today):
    kind = KINDS[n % len(KINDS)]
    topic = rng.sample(TOPICS, 3)
    # Dated from the load day like the curated content: published over the past
    # eight years, events from about a year and a quarter ago to as far ahead.
    publication_date = today - datetime.timedelta(days=rng.randint(1, 2870))
    published_at = timezone.make_aware(datetime.datetime.combine(publication_date, datetime.time(9)))
    extra = {}
    if kind == "evenement":
        first_day = datetime.datetime.combine(today - datetime.timedelta(days=450), datetime.time(10))
        start = timezone.make_aware(first_day) + datetime.timedelta(days=n % 900)
        extra = {
            "event_type": "webinar",
            "start": start,
            "end": start + datetime.timedelta(hours=2),
            "online": True,
            "organiser": "Overheid van Nu",
        }
    title = f"{topic[0].capitalize()} en {topic[1]}: praktijk {n}"
    return KIND_CLASSES[kind](
        slug=f"demo-{n}",
        title=title,
        intro=f"Hoe overheden samen werken aan {topic[0]}, {topic[1]} en {topic[2]}.",
        publication_date=publication_date,
        listing_image=images[n % len(images)],
        body=[
            (
                "paragraph",
                paragraphs_html(
                    [
                        f"Rijk, provincie, gemeenten en waterschap zochten samen naar een aanpak voor {topic[0]}.",
                        f"De les: {topic[1]} vraagt om tijd, vertrouwen en een gedeelde taal over {topic[2]}.",
                    ]
                ),
            )
        ],
        live=True,
        has_unpublished_changes=False,
        first_published_at=published_at,
        last_published_at=published_at,
        **extra,
    )


def refresh_planner_statistics():
    """Fresh PostgreSQL planner statistics after a bulk load, so the first
    requests do not run on plans made for the small demo site."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
