"""Readers of the search results page's markup (SPEC.md: `<ol id="resultaten">`,
each result's link, title and kind, `#resultaten-aantal`) for the tests
under tests/discovery/ that search."""

import re

RESULT_ITEM = re.compile(
    r'<li class="ovn-result">\s*<h3[^>]*><a href="([^"]*)">([^<]*)</a></h3>\s*'
    r'<p class="ovn-result__meta"><span class="ovn-result__kind">([^<]*)</span>'
)


def results(response):
    """(url, title, kind) of each result, in order, read from the SPEC.md markup."""
    assert response.status_code == 200, response.content[:500]
    html = response.content.decode()
    listing = re.search(r'<ol id="resultaten"[^>]*>(.*?)</ol>', html, re.S)
    assert listing, "the page has no <ol id=resultaten>"
    return RESULT_ITEM.findall(listing.group(1))


def titles(response):
    return [title for _url, title, _kind in results(response)]


def all_results(client, query_string):
    """The results of every page of a search, in order."""
    found, page = [], 1
    while True:
        response = client.get(f"/zoeken/?{query_string}&pagina={page}")
        if response.status_code == 404:
            return found
        found += results(response)
        page += 1


def count(response):
    match = re.search(r'<span id="resultaten-aantal">(\d+) resulta', response.content.decode())
    assert match, "no #resultaten-aantal"
    return int(match.group(1))


def facet(response, param):
    return {
        option.value: option.count
        for facet in response.context["facets"]
        if facet.param == param
        for option in facet.options
    }


def search(client, query_string):
    """The results page of `/zoeken/?<query_string>`, which must answer 200."""
    response = client.get(f"/zoeken/?{query_string}")
    assert response.status_code == 200, response.content[:500]
    return response
