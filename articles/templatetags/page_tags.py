"""Template helpers of the public detail pages."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

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
