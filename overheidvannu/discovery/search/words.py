"""Words as search compares them: the Python side of PostgreSQL's
`dutch_unaccent` configuration, and a query's words with their alternatives.

A word matches another when both, lower case and without accents, have the
same Dutch stem: the Snowball stemmer PostgreSQL's `dutch` dictionary uses
(`dutch_porter` in snowballstemmer), so "woningen" = "woning" here exactly as
in the database. Stop words are PostgreSQL's Dutch list: they never need to be
in a name and are never marked in a snippet.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+")
#: PostgreSQL's `dutch.stop` (Snowball's Dutch stop words; Elasticsearch's
#: `_dutch_` list is the same), so both sides leave out the same words.
STOP_WORDS = frozenset(
    WORD.findall(
        "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou "
        "of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben "
        "deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder "
        "kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil "
        "kon niets uw iemand geweest andere"
    )
)
#: A Snowball stemmer keeps the word it works on in itself: one per thread, so
#: that a threaded server (runserver, gunicorn's gthread) stems two searches at once.
_stemmers = threading.local()


def fold(text):
    """Lower case without accents."""
    text = text.lower()
    if text.isascii():  # most Dutch sentences: nothing to take off
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def stem(word):
    """The Dutch stem of one word, as PostgreSQL's `dutch_unaccent` has it."""
    stemmer = getattr(_stemmers, "dutch", None)
    if stemmer is None:
        stemmer = _stemmers.dutch = snowballstemmer.stemmer("dutch_porter")
    return stemmer.stemWord(fold(word))


def is_stop_word(word):
    return fold(word) in STOP_WORDS


def stems_of(text):
    """The stems of the words of `text` that are not stop words."""
    return {stem(word) for word in WORD.findall(text) if not is_stop_word(word)}


def holds(text, phrase):
    """Whether `text` holds every word of `phrase` that is not a stop word,
    after stemming (a phrase of stop words only is held by anything)."""
    return stems_of(phrase) <= stems_of(text)


@dataclass(frozen=True)
class SearchWords:
    """A query's words, each group with the forms that count as the same
    thing (the vocabulary: "RES" is also "Regionale Energiestrategie").

    `terms` are the words as typed; `groups` cover them in order, one tuple
    of forms (phrases) per group, the typed form first. A query without known
    abbreviations has one group per word, each with one form."""

    terms: tuple
    groups: tuple

    @classmethod
    def plain(cls, terms):
        return cls(tuple(terms), tuple((term,) for term in terms))

    @property
    def expanded(self):
        """Whether any group has more than the typed form."""
        return any(len(group) > 1 for group in self.groups)

    @property
    def text(self):
        return " ".join(self.terms)

    @property
    def naming_groups(self):
        """The groups that can name something: a lone stop word cannot."""
        return [group for group in self.groups if not all(is_stop_word(word) for word in WORD.findall(group[0]))]

    @property
    def alternatives(self):
        """The forms searched besides the typed ones, in order."""
        return [form for group in self.groups for form in group[1:]]

    def phrases(self):
        """Every form of every group: what a snippet may mark."""
        return [form for group in self.groups for form in group]

    def named_by(self, name):
        """Whether `name` (a title, a name or a slug's words) holds every
        naming group in one of its forms."""
        groups = self.naming_groups
        return bool(groups) and all(any(holds(name, form) for form in group) for group in groups)
