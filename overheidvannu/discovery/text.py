"""The one cleaner of a visitor's text (`q`), shared by listings, feeds,
search and suggestions."""

import re
import unicodedata

MAX_QUERY_LENGTH = 200

# Markers the snippet highlighter puts around matched words (search/snippets.py). They are
# private-use characters, so they never occur in editors' text, and they are
# removed from visitors' text so no query can forge a highlight.
MARK_START, MARK_STOP = "\ue000", "\ue001"


def clean_query(raw):
    """The visitor's text made safe for every backend: control characters
    (NUL included) and the highlight markers become spaces, whitespace is
    collapsed, and the result is cut at MAX_QUERY_LENGTH characters."""
    if not isinstance(raw, str):
        return ""
    chars = []
    for char in raw[: MAX_QUERY_LENGTH * 4]:
        category = unicodedata.category(char)
        if category[0] == "C" or char in (MARK_START, MARK_STOP):
            chars.append(" ")
        else:
            chars.append(char)
    return " ".join("".join(chars).split())[:MAX_QUERY_LENGTH].strip()


def search_terms(query_text):
    """Words worth searching for: runs of letters and digits. Punctuation is
    dropped, so `"woning" & (regio)` searches for `woning regio` and a query of
    only punctuation has no terms at all."""
    return re.findall(r"\w+", query_text)


def words_key(terms):
    """The search words as part of a cache key: case does not change a match."""
    return " ".join(term.lower() for term in terms)
