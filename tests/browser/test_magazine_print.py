"""A magazine edition printed by Chromium (issue 23): its print view becomes
one PDF with the foreword, the contents, every article in full and no site
navigation; the edition page and the podcast page pass axe. On the served
demo site (load_demo's two editions)."""

import io
import os
import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from .helpers import assert_no_axe_violations, assert_only_own_origin

#: Text that only the site's header, navigation and footer carry.
CHROME_TEXT = ("Naar de inhoud", "Zoeken op de site", "Mail de redactie", "Een kennisplatform voor", "Kruimelpad")
#: `OVN_SCREENS=<folder>` also writes the first two printed pages as PNG there (issue 23's note).
SCREENS = os.environ.get("OVN_SCREENS")


def words(text):
    """Text as compared: whitespace collapsed, ligatures ("ﬁ") and decomposed accents (PDF text) folded."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def newest_edition(page, site_url):
    page.goto(f"{site_url}/magazine/")
    return page.locator(".ovn-edition-card__title a").first.get_attribute("href")


def test_an_edition_prints_as_one_document_with_every_article_and_no_navigation(page, site_url):
    edition = newest_edition(page, site_url)
    page.goto(f"{site_url}{edition}")
    titles = [words(t) for t in page.locator(".ovn-edition__chapter .ovn-result__title a").all_inner_texts()]
    assert len(titles) >= 5

    page.goto(f"{site_url}{edition}afdrukken/")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 1
    text = words(" ".join(p.extract_text() for p in reader.pages))
    for title in titles:
        assert title in text, f"{title!r} is printed"
    assert "Voorwoord" in text and "Inhoud" in text and "Beeldverantwoording" in text
    assert re.search(r"Namens VNG, IPO, Unie van Waterschappen en Ministerie van Binnenlandse Zaken", text)
    for chrome in CHROME_TEXT:
        assert chrome not in text, f"no navigation chrome: {chrome!r}"
    if SCREENS:
        Path(SCREENS).mkdir(parents=True, exist_ok=True)
        (Path(SCREENS) / "edition.pdf").write_bytes(pdf)


def test_the_edition_and_podcast_pages_pass_axe_and_load_nothing_from_elsewhere(page, context, site_url):
    edition = newest_edition(page, site_url)
    for path in ("/magazine/", edition, "/podcast/"):
        page.goto(f"{site_url}{path}")
        assert_no_axe_violations(page, path)
    assert_only_own_origin(context)
