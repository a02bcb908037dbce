"""The one "page of results, or 404" helper of listings, themes and search,
and the agenda's pages, which never mix events to come with past ones."""

from math import ceil

from django.core.paginator import EmptyPage, Page, Paginator
from django.http import Http404


def page_or_404(object_list, per_page, number, *, count=None, upcoming=None):
    """Page `number` of `object_list`. `count` spares the paginator its own
    COUNT query when the caller already knows it. With `upcoming` (the
    agenda's default order: that many events to come first, then the past
    ones) the past events start on a page of their own. A page past the end
    is a 404 (SPEC.md); the first page of nothing is an empty page."""
    if upcoming is None:
        paginator = Paginator(object_list, per_page, allow_empty_first_page=True)
    else:
        paginator = AgendaPaginator(object_list, per_page, upcoming=upcoming)
    if count is not None:
        paginator.count = count
    try:
        return paginator.page(number)
    except EmptyPage as error:
        raise Http404("Deze pagina bestaat niet.") from error


class AgendaPaginator(Paginator):
    """Pages of the agenda's default order: the first `upcoming` items (events
    to come or running) fill pages 1…k, the past events pages k+1 onwards, so
    each page holds one group and its heading stands above its list."""

    def __init__(self, object_list, per_page, *, upcoming):
        super().__init__(object_list, per_page, allow_empty_first_page=True)
        self.upcoming = upcoming

    def _pages(self, n):
        return ceil(n / self.per_page) if n > 0 else 0

    @property
    def upcoming_pages(self):
        return self._pages(self.upcoming)

    @property
    def first_past_page(self):
        """The number of the first page of past events, or None."""
        return self.upcoming_pages + 1 if self.count > self.upcoming else None

    @property
    def num_pages(self):
        return max(1, self.upcoming_pages + self._pages(self.count - self.upcoming))

    def page(self, number):
        number = self.validate_number(number)
        if number <= self.upcoming_pages:
            bottom = (number - 1) * self.per_page
            top = min(bottom + self.per_page, self.upcoming)
        else:
            bottom = self.upcoming + (number - self.upcoming_pages - 1) * self.per_page
            top = min(bottom + self.per_page, self.count)
        page = AgendaPage(self.object_list[bottom:top], number, self)
        page.bottom = bottom
        page.is_past_group = number > self.upcoming_pages
        return page


class AgendaPage(Page):
    def start_index(self):
        return self.bottom + 1 if self.paginator.count else 0

    def end_index(self):
        return self.bottom + len(self.object_list)
