"""Who may do what with a page, and the names of the two editorial groups.

* ``Redacteuren`` (EDITORS) write: they create and edit pages and submit them
  for review, but cannot publish.
* ``Eindredacteuren`` (REVIEWERS) review: they approve and publish.

The groups, their rights per section and the review workflow are set up after
every migrate by the editorial app (overheidvannu/editorial/roles.py). The
names live here, in the content base, because every app above it (security,
alerts, editorial) needs them and `articles` imports none of those.

Nobody deletes the home page or a section page (`EditorialPagePermissionTester`,
used by every page type through `EditorialPermissionsMixin`). Editors never
delete for good either: the way to remove a page is "Offline halen", which
keeps the page and all its revisions; the "Prullenbak" report lists what was
taken offline, and publishing it again restores it. Only a superuser (the
functional administrator) deletes permanently.
"""

from wagtail.models import PagePermissionTester

EDITORS = "Redacteuren"
REVIEWERS = "Eindredacteuren"

#: Root (1), the home page (2) and the sections below it (3) are fixed.
SECTION_DEPTH = 3


class EditorialPagePermissionTester(PagePermissionTester):
    """Wagtail's rules, plus: the home page and the sections are never
    deleted or moved, and only superusers delete pages at all (editors take a
    page offline instead; see the module docstring)."""

    def is_fixed(self):
        return self.page.depth <= SECTION_DEPTH

    def can_delete(self, ignore_bulk=False):
        if self.is_fixed() or not self.user.is_superuser:
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)

    def can_move(self):
        return not self.is_fixed() and super().can_move()


class EditorialPermissionsMixin:
    """Mixed into every page type of the site."""

    def permissions_for_user(self, user):
        return EditorialPagePermissionTester(user, self)
