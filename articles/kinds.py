"""The kinds of things visitors find, named once.

Each `Kind` says its `type` slug (part of the URL contract: `?type=verhaal`),
its label ("Verhaal", on cards and results), its plural in a sentence
("verhalen": "Nieuwe verhalen en tips"), the section that lists it
(articles.sections) and, for the four content kinds, the page class that is
of it and the index class that lists it. Every table that names the kinds
reads them from here: `ContentKind` (the `kind` column's choices and the
listings' `type` filter), the sections, the alerts' wording, the search's
labels, the admin's listings, the templates (`{% kinds_in_words %}`) and the
tests' site tree.

Page classes declare their kind (`content_kind`) and index classes the kind
they list (`listing_kind`); `Kind.page_class` and `Kind.index_class` find
them among the installed models, so this module imports no model and no app
above `articles`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.db import models

from . import sections
from .sections import Section


@dataclass(frozen=True)
class Kind:
    slug: str  # the `type` value; search results carry it as their kind
    label: str  # one of them, as a card or result names it
    plural: str  # several, in a sentence
    section: Section | None  # the section that lists them
    param: str | None = None  # the listing parameter whose values are these (search-only kinds)

    @property
    def title(self):
        """The plural as a heading or menu item: "Verhalen", "Regio's"."""
        return self.plural[:1].upper() + self.plural[1:]

    @property
    def page_class(self):
        """The page model whose `content_kind` is this kind (content kinds only)."""
        return _declared("content_kind").get(self.slug)

    @property
    def index_class(self):
        """The index page model whose `listing_kind` is this kind (content kinds only)."""
        return _declared("listing_kind").get(self.slug)


VERHAAL = Kind("verhaal", "Verhaal", "verhalen", sections.VERHALEN)
ESSAY = Kind("essay", "Essay", "essays", sections.ESSAYS)
TIP = Kind("tip", "Tip", "tips", sections.TIPS)
EVENEMENT = Kind("evenement", "Evenement", "evenementen", sections.AGENDA)
#: The content kinds, in the order listings, filters and sentences name them.
CONTENT_KINDS = (VERHAAL, ESSAY, TIP, EVENEMENT)

#: What only search finds besides content: the opgaven, regions, themes and
#: standard pages themselves. Each but the page is also a listing filter.
OPGAVE = Kind("opgave", "Opgave", "opgaven", sections.OPGAVEN, param="opgave")
REGIO = Kind("regio", "Regio", "regio's", sections.REGIOS, param="regio")
THEMA = Kind("thema", "Thema", "thema's", sections.THEMAS, param="thema")
PAGINA = Kind("pagina", "Pagina", "pagina's", None)
SEARCH_ONLY_KINDS = (OPGAVE, REGIO, THEMA, PAGINA)

#: A magazine edition, as an alert mail names it.
EDITIE = Kind("editie", "Magazine", "edities", sections.MAGAZINE)

KINDS = {kind.slug: kind for kind in (*CONTENT_KINDS, *SEARCH_ONLY_KINDS, EDITIE)}

#: The `kind` column's choices and the `type` filter's values: `ContentKind.VERHAAL == "verhaal"`,
#: `ContentKind.VERHAAL.label == "Verhaal"`.
ContentKind = models.TextChoices(
    "ContentKind", [(kind.slug.upper(), (kind.slug, kind.label)) for kind in CONTENT_KINDS], module=__name__
)


def kind_of(slug):
    """The Kind with this slug (KeyError for none)."""
    return KINDS[slug]


def in_words(kinds=CONTENT_KINDS, *, last="en", exclude=()):
    """The plurals in a sentence: "verhalen, essays, tips en evenementen"."""
    plurals = [kind.plural for kind in kinds if kind.slug not in exclude]
    if len(plurals) <= 1:
        return "".join(plurals)
    return f"{', '.join(plurals[:-1])} {last} {plurals[-1]}"


@functools.cache
def _declared(attribute):
    """{kind slug: the concrete model that declares it as `attribute`}."""
    from django.apps import apps

    return {
        str(getattr(model, attribute)): model
        for model in apps.get_models()
        if getattr(model, attribute, None) and not model._meta.abstract
    }
