"""Who may do what with a page, and the names of the two editorial groups.

* ``Redacteuren`` (EDITORS) write: they create and edit pages and submit them
  for review, but cannot publish.
* ``Eindredacteuren`` (REVIEWERS) review: they approve and publish.

The groups, their rights per section and the review workflow are set up after
every migrate by the editorial app (overheidvannu/editorial/roles.py). The
names live here, in the content base, because every app above it (security,
alerts, editorial) needs them and `articles` imports none of those.

The fixed pages (`EditorialPagePermissionTester`, used by every page type
through `EditorialPermissionsMixin`) are Root, the home page and the pages
directly below it: the sections (`/verhalen/`, `/opgaven/` …) and the legal
pages (`/privacy/`, `/toegankelijkheid/`, `/contact/`), which the header,
the footer and the address contract (SPEC.md) name. Nobody deletes or moves
them, and only a superuser (the functional administrator) takes one offline
or copies it. Wagtail's explorer, action menu and bulk actions all ask this
tester, so they offer nothing it refuses.

Editors never delete for good either: the way to remove a page is "Offline
halen", which keeps the page and all its revisions; the "Prullenbak" report
lists what was taken offline, and restores it (with review). Only a
superuser deletes permanently. A page is moved only where it can go
elsewhere: a story can live only below the one stories section, so it offers
no "Verplaatsen" at all.
"""

from wagtail.models import Page, PagePermissionTester

EDITORS = "Redacteuren"
REVIEWERS = "Eindredacteuren"

#: Root (1), the home page (2) and the sections and legal pages below it (3) are fixed.
SECTION_DEPTH = 3


def is_fixed_page(page):
    """Root, the home page, a section or a legal page (see the module docstring)."""
    return page.depth <= SECTION_DEPTH


def _other_parents_exist(page, memo):
    """Whether a page of one of the types `page` may live under exists
    besides its current parent: one query per type and parent, remembered in
    `memo` (the user's, so for one request: a listing asks for every row)."""
    key = (page.specific_class, page.path[: -page.steplen])
    if key not in memo:
        parent_types = page.specific_class.allowed_parent_page_models()
        memo[key] = bool(parent_types) and Page.objects.type(*parent_types).exclude(path=key[1]).exists()
    return memo[key]


class EditorialPagePermissionTester(PagePermissionTester):
    """Wagtail's rules, plus: fixed pages are never deleted or moved and only
    a superuser takes one offline or copies it; only superusers delete pages
    at all (editors take a page offline instead); a page is only moved where
    it can go elsewhere."""

    def is_fixed(self):
        return is_fixed_page(self.page)

    def is_superuser(self):
        return self.user.is_active and self.user.is_superuser

    def can_delete(self, ignore_bulk=False):
        if self.is_fixed() or not self.is_superuser():
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)

    def can_move(self):
        if self.is_fixed() or not super().can_move():
            return False
        memo = self.user.__dict__.setdefault("_ovn_move_parents", {})
        return _other_parents_exist(self.page, memo)

    def can_move_to(self, destination):
        # Wagtail lets a superuser move anything anywhere it may live.
        return not self.is_fixed() and super().can_move_to(destination)

    def can_unpublish(self):
        if self.is_fixed() and not self.is_superuser():
            return False
        return super().can_unpublish()

    def can_copy(self):
        if self.is_fixed() and not self.is_superuser():
            return False
        return super().can_copy()


class EditorialPermissionsMixin:
    """Mixed into every page type of the site."""

    def permissions_for_user(self, user):
        return EditorialPagePermissionTester(user, self)
