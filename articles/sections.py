"""The site's sections and their public addresses: the one place they are known.

The paths are part of SPEC.md's address contract (`/kennisbank/`,
`/verhalen/`, …). Each section is a child of the home page whose slug is the
section's key: `load_demo` and the tests build the tree from these, and the
header, footer and every link into a filtered listing read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass(frozen=True)
class Section:
    key: str  # the slug of the section's page, so its path is /<key>/
    title: str

    @property
    def path(self):
        return f"/{self.key}/"

    def url(self, *pairs, **params):
        """The section's address with query parameters, e.g.
        `KENNISBANK.url(niveau="netwerk")` is `/kennisbank/?niveau=netwerk`."""
        query = urlencode([*pairs, *((name, value) for name, value in params.items() if value)], doseq=True)
        return f"{self.path}?{query}" if query else self.path

    def feed_url(self, **params):
        query = urlencode([(name, value) for name, value in params.items() if value])
        return f"{self.path}feed/" + (f"?{query}" if query else "")


KENNISBANK = Section("kennisbank", "Kennisbank")
VERHALEN = Section("verhalen", "Verhalen")
ESSAYS = Section("essays", "Essays")
TIPS = Section("tips", "Tips")
AGENDA = Section("agenda", "Agenda")
OPGAVEN = Section("opgaven", "Opgaven")
REGIOS = Section("regios", "Regio's")
# Not a page in the tree: the themes overview is a view (overheidvannu.discovery.views.theme_index).
THEMAS = Section("thema", "Thema's")
AANPAK = Section("aanpak", "Aanpak")
OVER = Section("over", "Over")
TOEGANKELIJKHEID = Section("toegankelijkheid", "Toegankelijkheid")
PRIVACY = Section("privacy", "Privacy")
CONTACT = Section("contact", "Tip de redactie")
MAGAZINE = Section("magazine", "Magazine")
PODCAST = Section("podcast", "Podcast")

MAIN_NAVIGATION = (KENNISBANK, VERHALEN, ESSAYS, TIPS, AGENDA, OPGAVEN, REGIOS, THEMAS, AANPAK, OVER)
FOOTER_NAVIGATION = (OVER, AANPAK, MAGAZINE, PODCAST, TOEGANKELIJKHEID, PRIVACY, CONTACT)

# The section that lists each kind of content: articles.kinds (`Kind.section`).


def section_of(path):
    """The main-navigation section that `path` lies in, or None."""
    for section in MAIN_NAVIGATION:
        if path.startswith(section.path):
            return section
    return None
