"""A page explains the first use of each known abbreviation in its body with
`<abbr title="…">` (issue 23), from the editors' list, at render time."""

import pytest

from articles.abbreviations import KnownTerm, mark_first_uses
from articles.models import Abbreviation, StoryPage

from ..factories import make_content

pytestmark = pytest.mark.django_db

VNG = KnownTerm("VNG", "Vereniging van Nederlandse Gemeenten", ("VNG", "Vereniging van Nederlandse Gemeenten"))
RES = KnownTerm("RES", "Regionale Energiestrategie", ("RES", "Regionale Energiestrategie"))
DEAL = KnownTerm("Regio Deal", "", ("Regio Deal", "regiodeal"))


def test_only_the_first_use_of_each_abbreviation_is_explained():
    html = mark_first_uses("<p>De VNG en de RES.</p><p>Weer de VNG, en de RES.</p>", [VNG, RES])
    assert html == (
        '<p>De <abbr title="Vereniging van Nederlandse Gemeenten">VNG</abbr> en de '
        '<abbr title="Regionale Energiestrategie">RES</abbr>.</p><p>Weer de VNG, en de RES.</p>'
    )


def test_words_links_attributes_and_terms_without_expansion_are_left_alone():
    html = mark_first_uses(
        '<p><a href="/vng/" title="VNG">De VNG</a> RESULTAAT res een Regio Deal.</p><p>VNG</p>',
        [VNG, RES, DEAL],
    )
    assert html == (
        '<p><a href="/vng/" title="VNG">De VNG</a> RESULTAAT res een Regio Deal.</p>'
        '<p><abbr title="Vereniging van Nederlandse Gemeenten">VNG</abbr></p>'
    )
    # An entity's name is not a word of the text: "&ETH;" is "Ð".
    eth = KnownTerm("ETH", "Ethereum", ("ETH", "Ethereum"))
    assert mark_first_uses("<p>&ETH; en ETH</p>", [eth]) == '<p>&ETH; en <abbr title="Ethereum">ETH</abbr></p>'


def test_a_story_explains_a_known_abbreviation_and_follows_the_editors_list(client, tree):
    story = make_content(
        tree,
        StoryPage,
        "Samen met de koepels",
        body=[("paragraph", "<p>De VNG schoof aan. Later sprak de VNG opnieuw.</p>")],
    )
    html = client.get(story.url).content.decode()
    assert html.count('<abbr title="Vereniging van Nederlandse Gemeenten">VNG</abbr>') == 1
    assert "Later sprak de VNG opnieuw." in html

    entry = Abbreviation.objects.get(term="VNG")
    entry.expansion = "Vereniging van Nederlandse Gemeenten (de koepel)"
    entry.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert '<abbr title="Vereniging van Nederlandse Gemeenten (de koepel)">VNG</abbr>' in html


def test_a_standard_page_explains_abbreviations_too(client, tree):
    page = tree.add_standard_page("Over", "over", body=[("paragraph", "<p>Het IBP bundelt tien opgaven.</p>")])
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<abbr title="Interbestuurlijk Programma">IBP</abbr> bundelt' in html
