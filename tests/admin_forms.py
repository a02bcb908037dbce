"""The POST data of the admin's create and edit forms, as the admin's own
forms send it (Wagtail's `wagtail.test.utils.form_data`), for the tests that
create, edit, submit and publish pages through the real admin views."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import EssayPage, EventPage, StoryPage

from .factories import level, make_theme


def add_url(page_class, parent):
    """The admin's create form of `page_class` below `parent`."""
    return reverse("wagtailadmin_pages:add", args=[page_class._meta.app_label, page_class._meta.model_name, parent.pk])


def form_data(data, multiple=()):
    """Flatten `data` like the admin form would post it; the keys in `multiple`
    hold lists of ids (checkboxes) and stay lists instead of being numbered."""
    lists = {key: [str(value) for value in data.pop(key)] for key in multiple if key in data}
    return {**nested_form_data(data), **lists}


def no_comments():
    """The comment formset every page form carries (comments are enabled)."""
    return inline_formset([])


def content_form_data(page_class, title="Samen werken aan wonen", *, levels=(), themes=(), **fields):
    """Valid create-form data for one of the four content types. `levels` are
    level slugs, `themes` Theme instances; pass an empty list to leave them out."""
    data = {
        "title": title,
        "slug": fields.pop("slug", None) or title.lower().replace(" ", "-").replace("'", ""),
        "intro": "Hoe gemeente en provincie samen bouwen.",
        "listing_image": "",
        "body": streamfield([("paragraph", rich_text("<p>Het verhaal.</p>"))]),
        "publication_date": "2025-03-14",
        "levels": [level(slug).pk for slug in levels],
        "themes": [theme.pk for theme in themes],
        "tags": "",
        "comments": no_comments(),
    }
    if page_class is EssayPage:
        data.update(publisher="NSOB", publication_year="2024", isbn="", pdf="", webinar_url="")
        data["essay_authors"] = inline_formset([])
    if page_class is EventPage:
        data.update(
            event_type="leeratelier",
            start="2026-12-01 10:00",
            end="2026-12-01 12:00",
            location="Provinciehuis Arnhem",
            organiser="Overheid van Nu",
            registration_url="",
            recording_url="",
        )
    data.update(fields)
    return form_data(data, multiple=["levels", "themes", "opgaven", "regions", "related_essays"])


def complete_content_form_data(page_class, title="Samen werken aan wonen", **fields):
    """Content form data that may be published: one level and one theme."""
    fields.setdefault("levels", ["netwerk"])
    fields.setdefault("themes", [make_theme()])
    return content_form_data(page_class, title, **fields)


def comment_data(page, text):
    """A story's edit form with one new comment on its title."""
    data = complete_content_form_data(StoryPage, page.title, slug=page.slug, themes=[page.themes.first()])
    data.update(
        {
            "comments-TOTAL_FORMS": "1",
            "comments-0-id": "",
            "comments-0-contentpath": "title",
            "comments-0-text": text,
            "comments-0-position": "",
            "comments-0-resolved": "",
            "comments-0-DELETE": "",
            "comments-0-replies-TOTAL_FORMS": "0",
            "comments-0-replies-INITIAL_FORMS": "0",
            "comments-0-replies-MIN_NUM_FORMS": "0",
            "comments-0-replies-MAX_NUM_FORMS": "1000",
        }
    )
    return data


def opgave_form_data(title="Toekomstbestendig wonen", **fields):
    data = {
        "title": title,
        "slug": fields.pop("slug", None) or title.lower().replace(" ", "-"),
        "intro": "Genoeg betaalbare woningen, samen gebouwd.",
        "listing_image": "",
        "problem": rich_text("<p>Er zijn te weinig woningen.</p>"),
        "commitments": streamfield([("commitment", "Rijk en regio maken woondeals.")]),
        "lead": "",
        "lead_quote": "",
        "lead_video_url": "",
        "lead_video_transcript": rich_text(""),
        "contact_email": "wonen@example.org",
        "progress_updates": inline_formset([]),
        "bottlenecks": inline_formset([]),
        "crossovers": inline_formset([]),
        "comments": no_comments(),
    }
    data.update(fields)
    return nested_form_data(data)


def region_form_data(title="Achterhoek", **fields):
    data = {
        "title": title,
        "slug": fields.pop("slug", None) or title.lower().replace(" ", "-"),
        "intro": "Een regio die samen optrekt.",
        "listing_image": "",
        "characterisation": rich_text("<p>Acht gemeenten, één regio.</p>"),
        "facts": streamfield([("figure", {"label": "Inwoners", "value": "ruim 300.000", "source": "CBS"})]),
        "partners": inline_formset([]),
        "opgaven": [],
        "comments": no_comments(),
    }
    data.update(fields)
    return form_data(data, multiple=["opgaven"])


def simple_form_data(title, **fields):
    """Home, listing and standard pages: a title and an introduction."""
    slug = title.lower().replace(" ", "-")
    data = {"title": title, "slug": slug, "intro": "Korte uitleg.", "comments": no_comments()}
    data.update(fields)
    return nested_form_data(data)


def approach_form_data(title="Aanpak"):
    certainties = [
        ("certainty", {"number": str(n), "title": f"Zekerheid {n}", "text": "Toelichting."}) for n in range(1, 8)
    ]
    return simple_form_data(
        title,
        certainties_intro=rich_text("<p>Zeven zekerheden.</p>"),
        certainties=streamfield(certainties),
        levels_intro=rich_text(""),
        body=streamfield([]),
    )
