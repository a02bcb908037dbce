"""`{% filter abbreviations %}…{% endfilter %}`: a rendered page body with the
first use of each known abbreviation explained by `<abbr title>`
(articles.abbreviations)."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from ..abbreviations import with_abbreviations

register = template.Library()


@register.filter
def abbreviations(html):
    # Unsafe text is escaped first, so only the <abbr> elements are markup we add.
    return mark_safe(with_abbreviations(str(conditional_escape(html))))  # noqa: S308 - escaped above; abbr titles escaped
