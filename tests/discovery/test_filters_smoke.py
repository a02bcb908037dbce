from django.http import QueryDict

from articles.models import StoryPage, TipPage
from overheidvannu.discovery.filters import ListingQuery

from ..factories import make_content, make_theme


def test_or_within_and_across_with_counts(tree, django_assert_max_num_queries):
    a, b = make_theme("Alpha"), make_theme("Beta")
    s1 = make_content(tree, StoryPage, "Een", levels=["individu"], themes=[a])
    s2 = make_content(tree, StoryPage, "Twee", levels=["netwerk"], themes=[b])
    make_content(tree, TipPage, "Drie", levels=["individu"], themes=[a, b])
    query = ListingQuery(QueryDict("thema=alpha&thema=beta&type=verhaal&thema=onbekend&jaar=20x5"))
    assert query.selected == {"type": ["verhaal"], "thema": ["alpha", "beta"]}
    assert {p.pk for p in query.filter()} == {s1.pk, s2.pk}
    with django_assert_max_num_queries(1):
        facets = {f.param: {o.value: o.count for o in f.options} for f in query.facets()}
    assert facets["thema"] == {"alpha": 1, "beta": 1}
    assert facets["type"] == {"verhaal": 2, "tip": 1}
    assert facets["niveau"] == {"individu": 1, "netwerk": 1}
