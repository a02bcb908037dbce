"""The editors' admin listings, registered in wagtail_hooks.py.

* "Inhoud" groups a flat listing per page type: all content together, then
  Verhalen, Essays, Tips, Evenementen, Opgaven and Regio's, each with the
  filters of its model (filters.py: level, theme, opgave, region).
* "Vocabulaire" groups the snippets editors curate: themes, people,
  organisations, and the abbreviations and synonyms search speaks.

Levels are deliberately not registered: exactly three exist (individu,
organisatie, netwerk), seeded by a migration and part of the public URL
contract (`?niveau=<slug>`). Adding, renaming or deleting one would break
links and the approach page, so editors only pick them on a page.
"""

import datetime

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from articles import dates, kinds
from articles.models import (
    Abbreviation,
    ContentPage,
    EssayPage,
    EventPage,
    Organisation,
    Person,
    StoryPage,
    Theme,
    TipPage,
)
from opgaven.models import OpgavePage
from regions.models import RegionPage

from .filters import (
    AllContentFilterSet,
    EssayPageFilterSet,
    EventPageFilterSet,
    OpgavePageFilterSet,
    RegionPageFilterSet,
    StoryPageFilterSet,
    TipPageFilterSet,
)


class CalendarDateColumn(Column):
    """A date as a date, in Dutch ("1 december 2026", with the time for a
    moment), where Wagtail's DateColumn says "Zojuist" or "17 uur geleden"
    for a future event or a date-only publication date."""

    def __init__(self, name, with_time=False, **kwargs):
        self.with_time = with_time
        super().__init__(name, **kwargs)

    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None:
            return "—"
        if isinstance(value, datetime.datetime) and self.with_time:
            return dates.date_and_time(value)
        return dates.long_date(value)


def page_columns(*extra_columns):
    """Title, the given extra columns, last edit and status: what an editor
    scans for in a listing of one page type."""
    return [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label="Titel", sort_key="title", classname="title"),
        *extra_columns,
        DateColumn("latest_revision_created_at", label="Bewerkt", sort_key="latest_revision_created_at", width="12%"),
        PageStatusColumn("status", label="Status", sort_key="live", width="12%"),
    ]


PUBLICATION_DATE_COLUMN = CalendarDateColumn(
    "publication_date", label="Publicatiedatum", sort_key="publication_date", width="14%"
)


class ContentListingViewSet(PageListingViewSet):
    """Stories, essays, tips and events together, e.g. everything live on one
    opgave and level: where the coverage report's cells lead."""

    model = ContentPage
    name = "inhoud"
    icon = "folder-open-inverse"
    menu_label = "Alle inhoud"
    filterset_class = AllContentFilterSet
    columns = page_columns(Column("get_kind_display", label="Soort", width="12%"), PUBLICATION_DATE_COLUMN)


class StoryListingViewSet(PageListingViewSet):
    model = StoryPage
    name = kinds.VERHAAL.plural
    icon = "doc-full"
    menu_label = kinds.VERHAAL.title
    filterset_class = StoryPageFilterSet
    columns = page_columns(PUBLICATION_DATE_COLUMN)


class EssayListingViewSet(PageListingViewSet):
    model = EssayPage
    name = kinds.ESSAY.plural
    icon = "book-open"
    menu_label = kinds.ESSAY.title
    filterset_class = EssayPageFilterSet
    columns = page_columns(
        PUBLICATION_DATE_COLUMN,
        Column("publisher", label="Uitgever", sort_key="publisher", width="14%"),
    )


class TipListingViewSet(PageListingViewSet):
    model = TipPage
    name = kinds.TIP.plural
    icon = "help"
    menu_label = kinds.TIP.title
    filterset_class = TipPageFilterSet
    columns = page_columns(PUBLICATION_DATE_COLUMN)


class EventListingViewSet(PageListingViewSet):
    model = EventPage
    name = kinds.EVENEMENT.plural
    icon = "date"
    menu_label = kinds.EVENEMENT.title
    filterset_class = EventPageFilterSet
    columns = page_columns(
        CalendarDateColumn("start", label="Begint op", sort_key="start", width="16%", with_time=True),
        Column("get_event_type_display", label="Soort", width="12%"),
    )


class OpgaveListingViewSet(PageListingViewSet):
    model = OpgavePage
    name = kinds.OPGAVE.plural
    icon = "list-ul"
    menu_label = kinds.OPGAVE.title
    filterset_class = OpgavePageFilterSet
    columns = page_columns(Column("lead", label="Trekker", width="18%"))


class RegionListingViewSet(PageListingViewSet):
    model = RegionPage
    name = kinds.REGIO.section.key
    icon = "site"
    menu_label = kinds.REGIO.title
    filterset_class = RegionPageFilterSet
    columns = page_columns()


class ContentViewSetGroup(ViewSetGroup):
    """The "Inhoud" menu; its items appear in this order."""

    menu_label = "Inhoud"
    menu_icon = "folder-open-inverse"
    menu_order = 150  # right after Wagtail's own page explorer
    items = (
        ContentListingViewSet,
        StoryListingViewSet,
        EssayListingViewSet,
        TipListingViewSet,
        EventListingViewSet,
        OpgaveListingViewSet,
        RegionListingViewSet,
    )


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = kinds.THEMA.title
    list_display = ["name", "slug", "description"]
    search_fields = ["name"]
    # Themes are ordered by hand (sort_order, from Orderable): the listing
    # offers drag-and-drop reordering, and the public site shows this order.
    ordering = ["sort_order", "name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "Personen"
    list_display = ["name", "role", "organisation"]
    list_filter = ["organisation"]
    search_fields = ["name"]
    ordering = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    menu_label = "Organisaties"
    list_display = ["name", "layer", "website"]
    list_filter = ["layer"]
    search_fields = ["name"]
    ordering = ["name"]


class AbbreviationViewSet(SnippetViewSet):
    model = Abbreviation
    icon = "search"
    menu_label = "Afkortingen"
    list_display = ["term", "expansion", "synonyms"]
    search_fields = ["term", "expansion"]
    ordering = ["term"]


class VocabularyViewSetGroup(SnippetViewSetGroup):
    menu_label = "Vocabulaire"
    menu_icon = "tag"
    menu_order = 160
    items = (ThemeViewSet, PersonViewSet, OrganisationViewSet, AbbreviationViewSet)
