"""`{% filter abbreviations %}…{% endfilter %}`: a rendered page body with the
first use of each known abbreviation explained by `<abbr title>`
(articles.abbreviations). Given the terms (a content page reads them with its
classification: `{% filter abbreviations:links.abbreviations %}`), it costs no
query; without, it reads the live list (cached per content version)."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from ..abbreviations import with_abbreviations
from ..models import Abbreviation

register = template.Library()


@register.filter
def abbreviations(html, terms=None):
    if terms is None:
        terms = Abbreviation.objects.live_terms()
    # Unsafe text is escaped first, so only the <abbr> elements are markup we add.
    return mark_safe(with_abbreviations(str(conditional_escape(html)), terms))  # noqa: S308 - escaped; titles escaped
