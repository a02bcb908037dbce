"""Models of the content base, split per concern.

`taxonomy` holds the vocabularies (levels, themes, tags), `snippets` the
reusable people and organisations, `base` the concrete page that every
filterable content type inherits, `content` the four content types, and
`pages` the home, listing and plain pages.
"""

from .base import ContentKind, ContentPage, ContentPageTag  # noqa: F401
from .content import EssayPage, EventPage, StoryPage, TipPage  # noqa: F401
from .pages import (  # noqa: F401
    ApproachPage,
    EssayIndexPage,
    EventIndexPage,
    HomePage,
    KennisbankPage,
    ListingPage,
    StandardPage,
    StoryIndexPage,
    TipIndexPage,
)
from .snippets import GovernmentLayer, Organisation, Person  # noqa: F401
from .taxonomy import Level, Theme  # noqa: F401
