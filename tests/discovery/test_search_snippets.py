"""The snippet builders of search results (overheidvannu.discovery.search.snippets),
without a database: marks on whole words compared by their stems, accents
folded, markup escaped, at most two whole sentences. The snippets on the
results page: test_search_page.py, test_search_kinds.py and
test_search_names_and_topics.py."""

from overheidvannu.discovery.search.snippets import highlight_text, readable_snippet


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
