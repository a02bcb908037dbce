"""Query strings a visitor types, from merely malformed to hostile (issue 9,
Faults): never a server error, never a stack trace, never markup from the
input.

SPEC.md: on the listings and their feeds an unknown slug or a malformed value
is ignored and a page number past the end gives 404 (`TestMalformedValues`).
Everywhere a visitor can type one (every listing, its feed, the theme page,
search, the search suggestions and the JSON API), a property-based test
(hypothesis) sends script tags, attribute breakouts, SQL, NUL and control
characters, broken percent encoding, non-UTF-8 bytes, huge numbers, repeated
and bracketed parameter names and random text, and the answer never reflects
markup from the input unescaped (`TestHostileQueryStrings`).
"""

from urllib.parse import quote
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup, Comment
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import EssayPage, EventPage, StoryPage, TipPage
from overheidvannu.discovery.filters import ListingQuery

from ..factories import make_content, make_opgave, make_region, make_theme, search_indexing_on

LONG = "x" * 20_000

# (query string, expected status on /kennisbank/)
BAD_INPUTS = [
    ("thema=%00", 200),
    ("niveau=individu%00", 200),
    ("q=%00%01%02", 200),
    ("jaar=%00", 200),
    ("sorteer=%00", 200),
    ("pagina=%00", 200),
    ("pagina=-1", 200),
    ("pagina=0", 200),
    ("pagina=abc", 200),
    ("pagina=1.5", 200),
    ("pagina=1e3", 200),
    ("pagina=%C2%B2", 200),  # "²": str.isdigit() says yes, int() says no
    ("pagina=%D9%A1", 200),  # Arabic-Indic one
    ("pagina=+1", 200),
    ("pagina=", 200),
    ("pagina=99999999999999999999", 404),
    ("pagina=" + "9" * 5000, 404),
    ("pagina=2", 404),
    ("pagina=1&pagina=abc", 200),
    ("jaar=0", 200),
    ("jaar=-2025", 200),
    ("jaar=20x5", 200),
    ("jaar=%C2%B2%C2%B2%C2%B2%C2%B2", 200),
    ("jaar=99999999999999999999", 200),
    ("jaar=1899", 200),
    ("jaar=2025&jaar=2025&jaar=abc", 200),
    ("thema[]=alpha", 200),
    ("thema[0]=alpha&niveau[]=individu", 200),
    ("sorteer[]=oud", 200),
    ("sorteer=relevantie", 200),
    ("sorteer=OUD", 200),
    ("type=VERHAAL", 200),
    ("type=onbekend&type=", 200),
    ("thema=%F0%9F%92%A9", 200),
    ("thema=%C3%B1and%C3%BA&regio=%E5%8C%97%E4%BA%AC", 200),
    ("thema=%ff%fe", 200),  # not UTF-8
    ("thema=" + LONG, 200),
    ("q=" + LONG, 200),
    (LONG + "=1", 200),
    ("&".join(["thema=alpha"] * 500), 200),
    ("&".join(f"thema=t{n}" for n in range(500)), 200),
    ("opgave=../../etc/passwd", 200),
    ("regio=%27%3B%20DROP%20TABLE%20wagtailcore_page%3B--", 200),
    ("niveau=<script>alert(1)</script>", 200),
    ("=&&&==&", 200),
    ("%", 200),
    ("thema", 200),
]


LISTINGS = ["/kennisbank/", "/verhalen/", "/essays/", "/tips/", "/agenda/"]
PATHS = [
    *LISTINGS,
    *(f"{listing}feed/" for listing in LISTINGS),
    "/thema/sturen-in-netwerken/",
    "/zoeken/",
    "/zoeken/suggesties/",
    "/api/v2/pages/",
]
PARAMS = ["q", "niveau", "thema", "opgave", "regio", "type", "jaar", "sorteer", "pagina"]
API_PARAMS = ["search", "type", "fields", "order", "limit", "offset", "child_of", "descendant_of", "format", "slug"]

# Each payload carries the marker `ovnxss`. Escaped, it is harmless text;
# unescaped, it would open a tag, leave an attribute or start a comment.
PAYLOADS = [
    "<script>ovnxss()</script>",
    '"><img src=x onerror=ovnxss()>',
    "'><svg/onload=ovnxss()>",
    '" autofocus onfocus="ovnxss()',
    "' autofocus onfocus='ovnxss()",
    "</title><ovnxss-tag>",
    "javascript:ovnxss()",
    "<!--ovnxss-->",
    "]]><ovnxss-tag/>",
]
# Never in an answer unless input was reflected raw ("<" is always escaped).
RAW_MARKERS = ["<script>ovnxss", "<img src=x onerror=ovnxss", "<svg/onload=ovnxss", "<ovnxss-tag", "<!--ovnxss"]
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster"}
NASTY = [
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page; --",
    "%",
    "%%",
    "%zz",
    "%ff%fe",
    "%00",
    "\x00",
    "\u202e\u0000\ufeff",
    "\ue000woning\ue001",  # the search highlighter's own markers
    "-1",
    "0",
    "1e309",
    "9" * 400,
    "NaN",
    "nieuw",
    "relevantie",
    "individu",
    "sturen-in-netwerken",
    "api",
    "json",
    "*",
    "title",
    "-title",
    "../../etc/passwd",
    "woning " * 60,
    "😀",
]
TRACE_MARKERS = ["Traceback (most recent call last)", 'File "/', "django.db.utils", "psycopg.errors"]


def encode(value):
    """Mostly properly percent-encoded; sometimes raw, so broken escapes
    (`%zz`, `%ff`) reach the server as they are."""
    return value if value.startswith("%") else quote(value, safe="")


values = st.one_of(
    st.sampled_from(PAYLOADS),
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY + PAYLOADS), st.sampled_from(PAYLOADS)),
)
names = st.one_of(
    st.sampled_from(PARAMS + API_PARAMS),
    st.builds(lambda name: name + "[]", st.sampled_from(PARAMS)),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="&=#"), min_size=1, max_size=12),
)
query_strings = st.lists(st.tuples(names, values), max_size=6).map(
    lambda pairs: "&".join(f"{encode(name)}={encode(value)}" for name, value in pairs)
)


def check(client, path, query_string):
    url = f"{path}?{query_string}" if query_string else path
    response = client.get(url)
    body = response.content.decode("utf-8", errors="replace")
    assert response.status_code < 500, f"{url} answered {response.status_code}"
    for marker in TRACE_MARKERS:
        assert marker not in body, f"{url} shows a stack trace"
    content_type = response.get("Content-Type", "")
    lowered = body.lower()
    if "html" in content_type:
        for marker in RAW_MARKERS:
            assert marker.lower() not in lowered, f"{url} reflects {marker!r} unescaped"
        assert_no_markup_from_input(body, url)
    elif "xml" in content_type:
        for marker in RAW_MARKERS:
            assert marker.lower() not in lowered, f"{url} reflects {marker!r} unescaped"
        feed = ElementTree.fromstring(response.content)  # noqa: S314 - our own output: must stay well-formed
        assert not [element for element in feed.iter() if "ovnxss" in element.tag], url
    else:
        # JSON (suggestions, API) is never sniffed into HTML by a browser.
        assert content_type.startswith("application/json"), f"{url}: {content_type}"
        assert response.get("X-Content-Type-Options") == "nosniff"


def assert_no_markup_from_input(html, url):
    """No element, event handler, script, javascript: URL or comment that the
    input made: the marker may only ever appear as text or a quoted value."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        assert "ovnxss" not in tag.name, f"{url}: element <{tag.name}> from the input"
        for name, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else (value or "")
            assert "ovnxss" not in name, f"{url}: attribute {name} from the input"
            if name.startswith("on"):
                assert "ovnxss" not in value, f"{url}: event handler {name}={value!r} from the input"
            if name in URL_ATTRIBUTES:
                assert not value.strip().lower().startswith("javascript:"), f"{url}: {name}={value!r}"
        if tag.name == "script" and tag.get("type") != "application/ld+json":
            assert "ovnxss" not in (tag.string or ""), f"{url}: script from the input"
    comments = soup.find_all(string=lambda text: isinstance(text, Comment) and "ovnxss" in text)
    assert not comments, f"{url}: comment from the input"


@pytest.mark.django_db
class TestMalformedValues:
    """One story in the kennisbank, built once for the class (`class_data`)."""

    @staticmethod
    def build_shared(tree):
        make_content(tree, StoryPage, "Een verhaal", levels=["individu"], themes=[make_theme("Alpha")])

    @pytest.mark.parametrize(("query", "status"), BAD_INPUTS, ids=lambda value: str(value)[:40])
    def test_bad_input_never_breaks_a_listing_or_its_feed(self, client, class_data, query, status):
        response = client.get(f"/kennisbank/?{query}")
        assert response.status_code == status
        if status == 200:
            page = BeautifulSoup(response.content.decode(), "html.parser")
            assert page.find(id="resultaten-aantal") is not None
            assert "<script>alert(1)</script>" not in response.content.decode()
        assert client.get(f"/verhalen/?{query}").status_code == status
        # A feed has no pages: every query string gives a feed.
        assert client.get(f"/kennisbank/feed/?{query}").status_code == 200

    @pytest.mark.parametrize(
        "query",
        ["thema=%00", "thema[]=alpha", "thema=bestaat-niet", "jaar=0", "type=onbekend", "niveau=" + LONG],
    )
    def test_ignored_values_give_the_unfiltered_listing(self, client, class_data, query):
        response = client.get(f"/kennisbank/?{query}")
        page = BeautifulSoup(response.content.decode(), "html.parser")
        assert page.find(id="resultaten-aantal").get_text(strip=True) == "1 resultaat"
        assert not page.select(".ovn-chip")

    def test_unknown_values_next_to_known_ones_keep_the_known_ones(self, client, class_data):
        page = BeautifulSoup(
            client.get("/kennisbank/?thema=alpha&thema=%00&thema=nope").content.decode(), "html.parser"
        )
        chips = [chip.get_text(" ", strip=True) for chip in page.select("a.ovn-chip")]
        assert chips == ["Verwijder filter Thema: Alpha ×"]

    def test_head_request_is_answered(self, client, class_data):
        assert client.head("/kennisbank/?pagina=abc&thema=%00").status_code == 200


def test_listing_query_reads_nasty_values_without_raising(db):
    vocabulary = {"type": {"verhaal": "Verhaal"}, "niveau": {}, "thema": {"alpha": "Alpha"}, "opgave": {}, "regio": {}}
    params = QueryDict(mutable=True)
    params.setlist("thema", ["alpha", "alpha", "\x00", LONG, " alpha "])
    params.setlist("jaar", ["²²²²", "0", "2025", "2025"])
    params.setlist("pagina", ["²"])
    params.setlist("sorteer", ["relevantie"])
    params.setlist("q", ["a\x00b\tc"])
    query = ListingQuery(params, vocabulary=vocabulary)
    assert query.selected == {"thema": ["alpha"], "jaar": ["2025"]}
    assert query.page_number == 1
    assert query.q == "a b c"
    assert query.sort == "relevantie"  # allowed because there is a text query
    assert ListingQuery(QueryDict("pagina=99999999999999999999"), vocabulary=vocabulary).page_number > 10**6
    assert ListingQuery({"thema": ["alpha"], "sorteer": ["oud"]}, vocabulary=vocabulary).sort == "nieuw"


@pytest.mark.django_db
@pytest.mark.usefixtures("search_index")
class TestHostileQueryStrings:
    """Every kind of content, linked to a theme, an opgave and a region, in
    the search index; built once for the class (`class_data`)."""

    @staticmethod
    def build_shared(tree):
        with search_indexing_on():
            theme = make_theme("Sturen in netwerken")
            opgave = make_opgave(tree, "Toekomstbestendig wonen")
            region = make_region(tree, "Achterhoek")
            common = {"themes": [theme], "opgaven": [opgave], "regions": [region], "levels": ["netwerk"]}
            make_content(tree, StoryPage, "Wonen in de Achterhoek", **common)
            make_content(tree, EssayPage, "Woningbouw en netwerken", **common)
            make_content(tree, TipPage, "Woning zoeken met de regio", **common)
            make_content(tree, EventPage, "Webinar woningbouw", **common)

    def test_every_payload_in_every_parameter_of_every_address(self, client, class_data):
        """The known hostile payloads, each in every parameter at once."""
        for path in PATHS:
            params = API_PARAMS if path.startswith("/api/") else PARAMS
            for payload in PAYLOADS:
                check(client, path, "&".join(f"{name}={quote(payload, safe='')}" for name in params))

    @settings(
        max_examples=120,
        deadline=None,
        derandomize=True,  # the same examples on every run: a failure is reproducible
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(path=st.sampled_from(PATHS), query_string=query_strings)
    def test_random_and_hostile_query_strings(self, client, class_data, path, query_string):
        check(client, path, query_string)
