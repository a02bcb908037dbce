"""Models of the content base, split per concern.

`taxonomy` holds the vocabularies (levels, themes, tags), `abbreviations` the
abbreviations and synonyms search speaks, `snippets` the
reusable people and organisations, `base` the concrete page that every
filterable content type inherits, `content` the four content types, and
`pages` the plain and approach pages, `magazine` the magazine and its
editions. The home page and the listings
gather content from every app, so they live in `overheidvannu.discovery`.
"""

from .abbreviations import Abbreviation  # noqa: F401
from .base import ContentKind, ContentPage, ContentPageTag  # noqa: F401
from .content import EssayAuthor, EssayPage, EventPage, StoryPage, TipPage  # noqa: F401
from .editorial import ExternalLinkCheck, LinkCheckRun, ProcessedAction  # noqa: F401
from .fields import listing_image_field  # noqa: F401
from .forms import ContactFormField, ContactPage  # noqa: F401
from .magazine import EditionArticle, EditionPage, EditionSignatory, MagazinePage  # noqa: F401
from .pages import ApproachPage, IndexPage, SectionIndexPage, StandardPage  # noqa: F401
from .snippets import GovernmentLayer, Organisation, Person  # noqa: F401
from .taxonomy import Level, Theme  # noqa: F401
