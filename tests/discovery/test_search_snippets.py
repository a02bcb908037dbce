"""The snippet builders of search results (overheidvannu.discovery.search.snippets),
without a database: marks on whole words compared by their stems, accents
folded, markup escaped, at most two whole sentences. The snippets on the
results page: test_search_page.py, test_search_kinds.py and
test_search_names_and_topics.py. And the stemmer they share, in many threads at once."""

import sys
from concurrent.futures import ThreadPoolExecutor

from overheidvannu.discovery.search.snippets import highlight_text, readable_snippet
from overheidvannu.discovery.search.words import stem


def test_python_highlighter_marks_stems_without_accents_and_escapes():
    html = highlight_text("Financiële <b>woningen</b> & meer", ["financiele", "woning"])
    assert html == "<mark>Financiële</mark> &lt;b&gt;<mark>woningen</mark>&lt;/b&gt; &amp; meer"


def test_the_highlighter_compares_stems_not_beginnings():
    html = highlight_text("De woningbouw in de regio en de woningen van Invloed", ["woning", "in", "de"])
    assert html == "De woningbouw in de regio en de <mark>woningen</mark> van Invloed"


def test_snippet_builder_keeps_at_most_two_sentences_escaped():
    html = readable_snippet(
        "Intro zonder treffer.",
        ["Eerste zin. Hier staat <b>woningen</b> & meer. Nog een zin. " + "Lang " * 80],
        ["woning"],
    )
    assert html == "Hier staat &lt;b&gt;<mark>woningen</mark>&lt;/b&gt; &amp; meer. Nog een zin."
    assert readable_snippet("Alleen de intro.", [], ["achterhoek"]) == "Alleen de intro."


def test_words_are_stemmed_alike_in_every_thread_at_once():
    """A threaded server (`make run`'s runserver, gunicorn's gthread workers)
    stems the words of several searches at once: each thread gets the stems
    one thread alone gets, never a broken word or an IndexError (a 500)."""
    words = ["woningen", "energietransitie", "achterhoek", "samenwerkingsverbanden", "klimaatadaptatie"] * 400
    expected = [stem.__wrapped__(word) for word in words]  # uncached: the stemmer itself
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            runs = list(pool.map(lambda _: [stem.__wrapped__(word) for word in words], range(8)))
    finally:
        sys.setswitchinterval(switch)
    assert all(run == expected for run in runs)
