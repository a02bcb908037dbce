"""Search's own Dutch stemming (overheidvannu.discovery.search.words), used
where the database cannot stem (SQLite, snippets, did-you-mean)."""

from concurrent.futures import ThreadPoolExecutor

from overheidvannu.discovery.search import words

WORDS = [
    "klimaatadaptatie",
    "samenwerking",
    "gemeenten",
    "provincies",
    "waterschappen",
    "woningbouw",
    "energiestrategieën",
    "ondermijning",
    "schuldhulpverlening",
    "bereikbaarheid",
    "verduurzaming",
    "arbeidsmarktregio's",
    "omgevingswet",
]


def test_searches_from_many_visitors_at_once_stem_every_word_as_one_visitor_does():
    """`make run`'s server answers visitors in threads: a search for
    "klimaat" once answered 500 ("string index out of range") because the
    threads shared one stemmer."""
    expected = {word: words.stem.__wrapped__(word) for word in WORDS}

    def stem_all(_):
        return [(word, words.stem.__wrapped__(word)) for _ in range(200) for word in WORDS]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [pair for batch in pool.map(stem_all, range(8)) for pair in batch]
    assert {word for word, _ in results} == set(WORDS)
    assert all(stemmed == expected[word] for word, stemmed in results)
