"""Abbreviations in a page's text: the `<abbr>` markup of each known term's
first use, and the forms of an entry. No models here (the list is read by
`Abbreviation.objects.live_terms()`, or with a content page's classification),
so every layer may use it.

Search expands queries with the same list (`overheidvannu.discovery.search.vocabulary`);
the template filter `abbreviations` (templatetags/abbreviation_tags.py) marks up
a page's body.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape

from . import content_cache

WORD = re.compile(r"\w+")
#: Elements whose text is never marked up: links and code keep their text as
#: it is, and an abbreviation is never explained twice over.
UNMARKED_ELEMENTS = frozenset({"a", "abbr", "acronym", "button", "code", "dfn", "kbd", "pre", "script", "style", "svg"})
VOID_ELEMENTS = frozenset(
    {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
MARKUP = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
TAG_NAME = re.compile(r"<(/?)([a-zA-Z][\w-]*)")


def spoken_form(text):
    """How a form is compared: its words, lower case, one space apart."""
    return " ".join(WORD.findall(text.lower()))


def forms_of(term, expansion, synonyms):
    """The term, the expansion and the synonyms (one per line): every way to
    say it, once each, as written."""
    seen, forms = set(), []
    for form in (term, expansion, *synonyms.splitlines()):
        spoken = spoken_form(form or "")
        if spoken and spoken not in seen:
            seen.add(spoken)
            forms.append(form.strip())
    return forms


@dataclass(frozen=True)
class KnownTerm:
    """One live entry: how editors wrote it, what it stands for (may be
    empty) and every form of it (term, expansion, synonyms)."""

    term: str
    expansion: str
    forms: tuple

    @classmethod
    def of(cls, term, expansion, synonyms):
        return cls(term, expansion, tuple(forms_of(term, expansion, synonyms)))


def mark_first_uses(html, terms):
    """`html` (safe, rendered rich text) with the first use of each term that
    has an expansion wrapped in `<abbr title="expansion">`. A term counts as
    written (case and all) and as a whole word; text inside links, code and
    existing `<abbr>` elements is left alone."""
    expansions = {known.term: known.expansion for known in terms if known.expansion}
    if not expansions:
        return html
    # Never inside a word, nor an entity's name (`&amp;`).
    pattern = re.compile(
        r"(?<![\w&])(" + "|".join(re.escape(term) for term in sorted(expansions, key=len, reverse=True)) + r")(?!\w)"
    )

    def explain(match):
        term = match.group(1)
        expansion = expansions.pop(term, None)
        if expansion is None:
            return term
        return f'<abbr title="{escape(expansion)}">{term}</abbr>'

    out, unmarked_depth = [], 0
    for part in MARKUP.split(html):
        if part.startswith("<"):
            tag = TAG_NAME.match(part)
            if tag and tag.group(2).lower() in UNMARKED_ELEMENTS:
                if tag.group(1):
                    unmarked_depth = max(0, unmarked_depth - 1)
                elif not part.endswith("/>") and tag.group(2).lower() not in VOID_ELEMENTS:
                    unmarked_depth += 1
            out.append(part)
        elif unmarked_depth or not expansions or not part.strip():
            out.append(part)
        else:
            out.append(pattern.sub(explain, part))
    return "".join(out)


def with_abbreviations(html, terms):
    """`mark_first_uses`, cached per content version (the same body renders
    the same markup until content or the list changes)."""
    if not any(known.expansion for known in terms):
        return html
    return content_cache.cached(f"abbr:{html}", lambda: mark_first_uses(html, terms))
