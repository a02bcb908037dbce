"""Template helpers of the public detail pages."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from .. import content_cache
from ..kinds import in_words
from ..querysets import picture_filters

register = template.Library()

# The escaping of Django's `json_script`: no "<", ">" or "&" can end the
# script element early, whatever an editor types.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(value):
    """A schema.org data block: `json_script`'s escaping, with the
    `application/ld+json` type that `json_script` cannot set."""
    if not value:
        return ""
    data = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))  # noqa: S308


@register.filter
def alt_text(image):
    """The alt text of an image: its description, "" when it is marked
    decorative, None (no alt attribute) when it is not described (see
    articles/images.py)."""
    from ..images import alt_text as image_alt_text

    return image_alt_text(image)


@register.filter
def alt_text_or(image, own_text):
    """A block's own alt text when given, else the image's (see alt_text)."""
    return (own_text or "").strip() or alt_text(image)


@register.simple_tag
def named_picture(image, name, **attrs):
    """Wagtail's `{% picture %}` with a spec named in Python
    (articles.querysets.PICTURE_SPECS), which the query that prefetches the
    renditions reads too: `{% named_picture item.listing_image "result" alt=… %}`."""
    if not image:
        return ""
    return Picture(get_renditions_or_not_found(image, picture_filters(name)), attrs)


@register.simple_tag
def kinds_in_words(exclude="", capital=False):
    """The content kinds in a sentence (articles.kinds.in_words): "verhalen,
    essays, tips en evenementen"; `exclude` leaves out a kind (its slug),
    `capital` starts a sentence with it."""
    words = in_words(exclude=(exclude,))
    return words[:1].upper() + words[1:] if capital else words


CARD_TEMPLATE = "components/card.html"


@register.simple_tag(takes_context=True)
def cards(context, items, heading_level=3):
    """`<li>` + CARD_TEMPLATE + `</li>` for each of `items`, in order.

    A card shows only its item's own data, so its markup is derived data
    like a listing result's (discovery/listing.py, `render_results`): cached
    per content version (and at most CONTENT_CACHE_SECONDS, so "Nu bezig" and
    "Afgelopen" follow the clock within minutes), shared by the home, opgave,
    region and theme pages that show the item, and fetched in one round
    trip. A page of twelve cards then renders no card template, resolves no
    page URL and looks up no rendition."""
    items = list(items)
    request = context.get("request")
    host = request.get_host() if request is not None else ""
    names = {f"card-html:{host}:{heading_level}:{item.pk}": item for item in items}

    def render(missing):
        return {
            name: render_to_string(CARD_TEMPLATE, {"item": names[name], "heading_level": heading_level})
            for name in missing
        }

    html = content_cache.cached_many(list(names), render)
    return mark_safe("".join(f"<li>{html[name]}</li>" for name in names))  # noqa: S308 - our own templates' output
