"""What the magazine's pages show: the overview of editions, an edition
with its foreword and chapters, its print view and its feed.

Each in a fixed number of queries whatever the number of chapters and
articles: the chapters are read from the stored StreamField data (the
article ids), and every article is fetched in one query with its images,
never through a page chooser per chapter. Nothing here imports the models
(they import this module): the caller hands in what it needs.
"""

from __future__ import annotations

import datetime

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from . import sections
from .kinds import ContentKind
from .page_meta import load_images, page_meta, site_name
from .querysets import restricted


def _item_ids(list_value):
    """The page ids of a ListBlock's stored value (its items as
    {"type": "item", "value": id, "id": …}, or bare ids in the older form)."""
    for item in list_value or ():
        pk = item.get("value") if isinstance(item, dict) else item
        if isinstance(pk, int):
            yield pk


def raw_chapters(stream):
    """[(heading, [page ids in order])] from an edition's chapters, read from
    the stored data (no page chooser loads a page)."""
    chapters = []
    for block in stream.raw_data:
        if block.get("type") != "chapter":
            continue
        value = block.get("value") or {}
        chapters.append((value.get("heading", ""), list(_item_ids(value.get("articles")))))
    return chapters


def chapter_article_ids(stream):
    """Every chosen article id in the editors' order, each once (the first
    place an article is chosen is where it stands)."""
    seen = []
    for _heading, ids in raw_chapters(stream):
        seen += [pk for pk in ids if pk not in seen]
    return seen


def numbered_chapters(edition, articles):
    """The chapters with their published articles (`articles`: {id: page}),
    numbered 1, 2, 3 … through the whole edition, each article once. A
    chapter left without a published article is left out."""
    chapters, number, placed = [], 0, set()
    for heading, ids in raw_chapters(edition.chapters):
        entries = []
        for pk in ids:
            if pk in articles and pk not in placed:
                placed.add(pk)
                number += 1
                entries.append({"number": number, "page": articles[pk], "anchor": f"artikel-{number}"})
        if entries:
            chapters.append({"heading": heading, "articles": entries, "start": entries[0]["number"]})
    return chapters


def signatories(edition):
    """The people and organisations that sign the foreword, in order; a
    person or organisation saved only as a draft is named nowhere public."""
    names = []
    for row in edition.signatories.all().select_related("person__organisation", "organisation"):
        if row.person_id and row.person.live:
            names.append({"name": row.person.name, "detail": row.person.role, "person": row.person})
        elif row.organisation_id and row.organisation.live:
            names.append({"name": row.organisation.name, "detail": "", "organisation": row.organisation})
    return names


def cover(edition, images):
    """The cover image (renditions attached) and the alt text the editors
    wrote for it; templates fall back to the library's description
    (`{% firstof cover_alt cover|alt_text %}`)."""
    image = images.get(edition.cover_image_id)
    return image, edition.cover_alt_text if image else ""


def follow_url():
    """`/volgen/` for the magazine: a mail when a new edition appears."""
    return reverse("alerts:follow") + "?magazine=ja"


def overview_context(page, request, editions):
    """`/magazine/`: the live, public editions, newest first, with their covers."""
    editions = list(
        editions.live()
        .exclude(restricted())
        .only("id", "title", "slug", "url_path", "depth", "path", "number", "date", "intro", "cover_image")
        .order_by("-date", "-pk")
    )
    images = load_images(*(edition.cover_image_id for edition in editions))
    for edition in editions:
        edition.cover, edition.cover_alt = cover(edition, images)
        edition.listing_url = edition.get_url(request)
    context = page_meta(page, request, description=page.intro)
    context.update({"editions": editions, "follow_url": follow_url()})
    return context


def edition_context(edition, request, content):
    """An edition: cover, foreword with its signatories, the numbered
    chapters with each article as a card (`content`: the ContentPage
    queryset)."""
    ids = chapter_article_ids(edition.chapters)
    items = content.published().filter(pk__in=ids).with_result_data()
    articles = {item.pk: item for item in items}
    for item in articles.values():
        item.listing_url = item.get_url(request)
    images = load_images(edition.cover_image_id)
    image, cover_alt = cover(edition, images)
    context = page_meta(edition, request, description=edition.intro, image=image)
    url = edition.get_url(request)
    context.update(
        {
            "cover": image,
            "cover_alt": cover_alt,
            "signatories": signatories(edition),
            "chapters": numbered_chapters(edition, articles),
            "print_url": f"{url}afdrukken/",
            "feed_url": f"{url}feed/",
            "follow_url": follow_url(),
            "magazine_url": sections.MAGAZINE.path,
        }
    )
    return context


def image_credits(article):
    """The credits of the images in an article's body, in order, each once."""
    credits = []
    for block in article.body.raw_data:
        if block.get("type") == "image":
            credit = ((block.get("value") or {}).get("credit") or "").strip()
            if credit and credit not in credits:
                credits.append(credit)
    return credits


def authors_by_page(essay_authors, articles):
    """{page id: [live author names]} for the essays among `articles`, in the
    order the editor set (one query; none without essays)."""
    essay_ids = [page.pk for page in articles if page.kind == ContentKind.ESSAY]
    names = {}
    if essay_ids:
        rows = essay_authors.filter(page_id__in=essay_ids, person__live=True).order_by("page_id", "sort_order", "pk")
        for page_id, name in rows.values_list("page_id", "person__name"):
            names.setdefault(page_id, []).append(name)
    return names


def render_print(edition, request, content, essay_authors):
    """`<edition>/afdrukken/`: the whole edition as one document to print or
    save as PDF: foreword, a table of contents numbered per article (no page
    numbers: they depend on the printer), every article in full, and the image
    credits. No navigation: what is printed is the magazine."""
    ids = chapter_article_ids(edition.chapters)
    pages = list(content.published().filter(pk__in=ids).select_related("listing_image"))
    authors = authors_by_page(essay_authors, pages)
    articles = {}
    for page in pages:
        page.author_names = authors.get(page.pk, [])
        page.listing_url = page.get_url(request)
        articles[page.pk] = page
    chapters = numbered_chapters(edition, articles)
    images = load_images(edition.cover_image_id)
    image, cover_alt = cover(edition, images)
    credits = [{"where": "Omslag", "credits": [edition.cover_credit]}] if edition.cover_credit else []
    for chapter in chapters:
        for entry in chapter["articles"]:
            found = image_credits(entry["page"])
            if found:
                credits.append({"where": f"{entry['number']}. {entry['page'].title}", "credits": found})
    context = {
        "page": edition,
        "cover": image,
        "cover_alt": cover_alt,
        "signatories": signatories(edition),
        "chapters": chapters,
        "credits": credits,
        "canonical_url": request.build_absolute_uri(edition.get_url(request)),
        "magazine_name": edition.label,
        "site_name": site_name(),
    }
    return TemplateResponse(request, "articles/edition_print.html", context)


def _as_datetime(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def render_feed(edition, request, content):
    """`<edition>/feed/`: an Atom feed of the edition's articles, in the
    editors' order."""
    ids = chapter_article_ids(edition.chapters)
    articles = {page.pk: page for page in content.published().filter(pk__in=ids).cards("last_published_at")}
    link = request.build_absolute_uri(edition.get_url(request))
    name = site_name()
    feed = Atom1Feed(
        title=f"{edition.label}: {edition.title} | {name}",
        link=link,
        description=edition.intro,
        subtitle=edition.intro,
        language="nl",
        author_name=name,
        feed_url=request.build_absolute_uri(f"{edition.get_url(request)}feed/"),
        feed_guid=link,
    )
    for chapter in numbered_chapters(edition, articles):
        for entry in chapter["articles"]:
            page = entry["page"]
            url = request.build_absolute_uri(page.get_url(request))
            published = _as_datetime(page.publication_date or edition.date)
            feed.add_item(
                title=page.title,
                link=url,
                unique_id=url,
                description=page.intro,
                pubdate=published,
                updateddate=max(page.last_published_at, published) if page.last_published_at else published,
                categories=[chapter["heading"]],
            )
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response


def edition_notes(page):
    """The live editions `page` (an article) appears in, newest first, as
    [{"label", "url", "title", "edition"}]; one query. The edition itself
    rides along so that the article's response is keyed by it for the cache
    in front: a change to the edition purges every article naming it."""
    rows = page.edition_entries.filter(edition__live=True).select_related("edition").order_by("-edition__date")
    return [
        {"label": row.edition.label, "title": row.edition.title, "url": row.edition.url, "edition": row.edition}
        for row in rows
    ]
