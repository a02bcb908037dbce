"""The demo's magazine and podcast (issue 23): `/magazine/` with two editions
built from the demo's stories, essays and tips, and `/podcast/` with its
generated square artwork. Read from `data/magazine.toml`; idempotent like the
rest of the demo (an edition is keyed by its slug). The podcast episodes
themselves are demo stories with an audio block (data/content/verhalen.toml).

Nothing here but `ensure_magazine_and_podcast` imports Django models, so the
data can be read and checked alone (tests/demo/test_demo_magazine.py).
"""

import hashlib
import io
import random
import re
import tomllib

from . import loader

DATA_FILE = loader.DATA_DIR / "magazine.toml"
ARTWORK_SIZE = 1400  # Apple's minimum for a podcast's artwork, square


def _paragraphs(text, today):
    text = loader.fill_dates(text, today)
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()]


def _line(text, today):
    return " ".join(_paragraphs(text, today))


def load(today, path=DATA_FILE):
    """The magazine, podcast and editions of `path`, dates resolved against `today`."""
    with open(path, "rb") as file:
        data = tomllib.load(file)
    editions = []
    for n, edition in enumerate(data.get("edition", []), 1):
        where = f"{path.name} edition #{n}"
        date = loader.resolve_date(edition["date"], today, f"{where}.date")
        editions.append(
            {
                "slug": edition["slug"],
                "title": edition["title"],
                "date": date,
                "number": f"{date.year}/{date.month:02d}",
                "intro": _line(edition["intro"], today),
                "cover_credit": edition.get("cover_credit", ""),
                "foreword": _paragraphs(edition["foreword"], today),
                "signatories": edition.get("signatories", []),
                "chapters": [(c["heading"], list(c["articles"])) for c in edition.get("chapter", [])],
            }
        )
    return {
        "magazine": {"title": data["magazine"]["title"], "intro": _line(data["magazine"]["intro"], today)},
        "podcast": {**data["podcast"], "intro": _line(data["podcast"]["intro"], today)},
        "editions": editions,
    }


def artwork_png(key="podcast", size=ARTWORK_SIZE):
    """A square, deterministic abstract artwork (PNG, RGB) for the podcast."""
    from PIL import Image, ImageDraw

    rng = random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:12], 16))
    image = Image.new("RGB", (size, size), (18, 63, 109))
    draw = ImageDraw.Draw(image)
    centre = size // 2
    for step in range(9, 0, -1):  # concentric sound waves
        radius = size * step // 20
        shade = (18 + step * 18, 63 + step * 14, 109 + step * 12)
        draw.ellipse([centre - radius, centre - radius, centre + radius, centre + radius], fill=shade)
    for _ in range(6):
        x = rng.randint(size // 5, size * 4 // 5)
        height = rng.randint(size // 10, size // 3)
        draw.rectangle([x, centre - height, x + size // 40, centre + height], fill=(255, 209, 102))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def ensure_magazine_and_podcast(builder):
    """Create what is missing: the magazine with its editions and the podcast
    page with its artwork, below `builder.home` (a running demo/builder.py)."""
    from django.core.files.images import ImageFile
    from django.utils.html import escape
    from wagtail.images import get_image_model

    from articles.models import ContentPage, EditionPage, EditionSignatory, MagazinePage
    from overheidvannu.discovery.models import PodcastPage

    data = load(builder.today)
    magazine, _ = builder.child(
        builder.home, MagazinePage, "magazine", title=data["magazine"]["title"], intro=data["magazine"]["intro"]
    )
    slugs = {slug for edition in data["editions"] for _heading, slugs in edition["chapters"] for slug in slugs}
    pages = {page.slug: page for page in ContentPage.objects.filter(slug__in=slugs, depth=4)}
    existing = set(magazine.get_children().values_list("slug", flat=True))
    for edition in data["editions"]:
        if edition["slug"] in existing:
            continue
        page = EditionPage(
            slug=edition["slug"],
            title=edition["title"],
            number=edition["number"],
            date=edition["date"],
            intro=edition["intro"],
            cover_image=builder.image(f"editie-{edition['slug']}", f"Omslag: {edition['title']}"),
            cover_alt_text=f"Omslag van {edition['title']}: abstracte vlakken in de kleuren van de site.",
            cover_credit=edition["cover_credit"],
            foreword="".join(f"<p>{escape(text)}</p>" for text in edition["foreword"]),
            chapters=[
                ("chapter", {"heading": heading, "articles": [pages[slug] for slug in slugs]})
                for heading, slugs in edition["chapters"]
            ],
        )
        page.signatories = [
            EditionSignatory(organisation=builder.organisations[key], sort_order=n)
            for n, key in enumerate(edition["signatories"])
        ]
        magazine.add_child(instance=page)
        page.save_revision().publish()

    Image = get_image_model()
    artwork = Image.objects.filter(title="Podcast: hoes").first()
    if artwork is None:
        artwork = Image(title="Podcast: hoes", description="Geluidsgolven in blauw en geel: de hoes van de podcast.")
        artwork.file = ImageFile(io.BytesIO(artwork_png()), name="podcast-hoes.png")
        artwork.save()
    podcast = data["podcast"]
    builder.child(
        builder.home,
        PodcastPage,
        "podcast",
        title=podcast["title"],
        intro=podcast["intro"],
        artwork=artwork,
        author=podcast["author"],
        owner_email=podcast["owner_email"],
    )
