"""The facet counts follow every change, read again for the pages it touched
(overheidvannu/discovery/facet_index.py): a visitor after a publish sees the
right count beside each option, and nobody's request builds the index whole
unless the change named no pages.

Each test checks the counts a visitor reads on /kennisbank/ against what
ticking the option gives (the listing's own query), so a count the index got
wrong fails whichever way it is wrong."""

import io
import threading
from urllib.parse import parse_qsl, urlencode

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import PageViewRestriction

from articles.models import EssayPage, EventPage, StoryPage, TipPage
from overheidvannu.discovery import facet_index

from ..factories import SiteTree, make_content, make_theme


def shown_counts(client, path="/kennisbank/"):
    """{param: {value: count}} beside the options, and the number of results."""
    page = BeautifulSoup(client.get(path).content.decode(), "html.parser")
    counts = {}
    for fieldset in page.select("form[data-filter-form] fieldset"):
        for checkbox in fieldset.select("input[type=checkbox]"):
            label = fieldset.find("label", attrs={"for": checkbox["id"]})
            counts.setdefault(checkbox["name"], {})[checkbox["value"]] = int(
                label.find(class_="ovn-facet__count").contents[0]
            )
    total = int(page.find(id="resultaten-aantal").get_text().split()[0])
    return counts, total


def assert_counts_are_what_ticking_gives(client, path="/kennisbank/"):
    """Every option's count equals the results its filter gives, and the
    total the results of the page itself."""
    counts, total = shown_counts(client, path)
    address, _, query = path.partition("?")
    for param, values in counts.items():
        others = [pair for pair in parse_qsl(query) if pair[0] != param]
        for value, count in values.items():
            # An option counts what it gives alone in its group, with every other group as it is.
            _, ticked = shown_counts(client, f"{address}?{urlencode([*others, (param, value)])}")
            assert ticked == count, (param, value)
    return counts, total


@pytest.fixture
def content(tree):
    sturen, wonen = make_theme("Sturen in netwerken"), make_theme("Wonen")
    pages = {
        "verhaal": make_content(tree, StoryPage, "Een verhaal", levels=["netwerk"], themes=[sturen]),
        "essay": make_content(tree, EssayPage, "Een essay", levels=["organisatie"], themes=[sturen, wonen]),
        "tip": make_content(tree, TipPage, "Een tip", levels=["individu"]),
    }
    return {"sturen": sturen, "wonen": wonen, **pages}


def test_a_publish_is_counted_by_reading_that_page_again(client, tree, content):
    counts, total = assert_counts_are_what_ticking_gives(client)
    assert (counts["thema"], total) == ({"sturen-in-netwerken": 2, "wonen": 1}, 3)
    built_at = facet_index.current().built_at

    # A new item, and an existing one given a theme in a new revision.
    make_content(tree, EventPage, "Een evenement", levels=["netwerk"], themes=[content["wonen"]])
    tip = TipPage.objects.get(pk=content["tip"].pk)
    tip.themes.set([content["wonen"]])
    tip.save_revision().publish()
    counts, total = assert_counts_are_what_ticking_gives(client)
    assert (counts["thema"], total) == ({"sturen-in-netwerken": 2, "wonen": 3}, 4)
    assert counts["type"] == {"verhaal": 1, "essay": 1, "tip": 1, "evenement": 1}

    # Taken offline, and deleted.
    content["essay"].unpublish()
    StoryPage.objects.get(pk=content["verhaal"].pk).delete()
    counts, total = assert_counts_are_what_ticking_gives(client)
    assert (counts["thema"], total) == ({"wonen": 2}, 2)
    # Also once the database mark this process last read has expired (no shared cache in tests).
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=facet_index.MARK_SECONDS + 1)):
        assert facet_index.current().built_at == built_at, "patched for the pages changed, not built again"


def test_a_private_section_is_left_out_by_building_anew(client, tree, content):
    assert shown_counts(client)[1] == 3
    built_at = facet_index.current().built_at
    PageViewRestriction.objects.create(
        page=tree.indexes[content["essay"].content_kind], restriction_type=PageViewRestriction.LOGIN
    )
    counts, total = assert_counts_are_what_ticking_gives(client)
    assert (counts["thema"], total) == ({"sturen-in-netwerken": 1}, 2)
    assert facet_index.current().built_at != built_at, "which pages a restriction hides is not named"


def test_a_change_nobody_announced_is_counted_after_the_cache_is_emptied(client, content):
    from django.core.cache import cache

    assert shown_counts(client)[0]["niveau"] == {"individu": 1, "organisatie": 1, "netwerk": 1}
    # An operator's raw UPDATE passes by every signal; emptying the cache (as
    # after a restore) must not leave this process counting with its old index.
    TipPage.objects.filter(pk=content["tip"].pk).update(live=False)
    cache.clear()
    counts, total = assert_counts_are_what_ticking_gives(client)
    assert (counts["niveau"], total) == ({"organisatie": 1, "netwerk": 1}, 2)


def test_without_a_shared_cache_another_processs_publish_is_counted_at_once(client, content):
    # No Redis: another process's change bumps only that process's version. Here it
    # is a change that sends no signal in this process, as that one's would.
    # The counts of a page already shown are cached until the version changes (or
    # CONTENT_CACHE_SECONDS pass, README "Caching"); those of any other filters follow the database.
    assert shown_counts(client)[1] == 3
    TipPage.objects.filter(pk=content["tip"].pk).update(live=False)
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=facet_index.MARK_SECONDS + 1)):
        counts, total = assert_counts_are_what_ticking_gives(client, "/kennisbank/?type=verhaal&type=tip")
        assert (counts["niveau"], total) == ({"netwerk": 1}, 1)


def test_a_process_local_cache_builds_the_index_anew_after_content_cache_seconds(client, settings, tree, content):
    settings.CONTENT_CACHE_SECONDS = 300
    assert shown_counts(client)[1] == 3
    # A section made private by another process: no live page or revision changes.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=tree.indexes[content["tip"].content_kind], restriction_type="login")]
    )
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=301)):
        assert shown_counts(client)[1] == 2


def test_the_workers_half_hourly_build_spares_the_visitor_the_build(client, settings, tree, content):
    settings.CONTENT_CACHE_SECONDS = 300  # an index's maximum age without Redis
    start = timezone.now()
    assert shown_counts(client)[1] == 3
    with time_machine.travel(start + timezone.timedelta(seconds=200)):
        call_command("build_facet_index", stdout=io.StringIO())  # what the worker runs every half hour
        facet_index.forget()  # the worker is another process: the site finds its index in the shared cache
        built_at = facet_index.current().built_at
        make_content(tree, TipPage, "Nog een tip", levels=["individu"])  # published after the build
    with time_machine.travel(start + timezone.timedelta(seconds=400)):  # the first index is past its age
        counts, total = assert_counts_are_what_ticking_gives(client)
        assert (counts["niveau"]["individu"], total) == (2, 4)
        assert facet_index.current().built_at == built_at, "the worker's index, patched: no build in the request"


def test_while_the_cache_keeps_nothing_the_counts_lag_by_seconds_at_most(client, settings, tree, content):
    # Redis down: no content version is known, every cache entry misses.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    facet_index.forget()  # an index an earlier test left in this process (its database is rolled back)
    start = timezone.now()
    assert shown_counts(client)[1] == 3
    make_content(tree, TipPage, "Nog een tip", levels=["individu"])
    later = start + timezone.timedelta(seconds=facet_index.UNKNOWN_VERSION_SECONDS + 1)
    with time_machine.travel(later):
        counts, total = assert_counts_are_what_ticking_gives(client)
        assert (counts["niveau"]["individu"], total) == (2, 4)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_read_before_its_publish_is_committed_is_read_again_after(restore_migrated_data, client):
    tree = SiteTree()
    theme = make_theme("Wonen")
    make_content(tree, StoryPage, "Een verhaal", themes=[theme])
    draft = make_content(tree, TipPage, "Een tip", live=False)
    assert shown_counts(client)[0]["thema"] == {"wonen": 1}

    def visitor_meanwhile():  # another request, in a connection of its own, sees nothing uncommitted
        try:
            facet_index.forget()
            seen.append(facet_index.current().published.bit_count())
        finally:
            connection.close()

    seen = []
    with transaction.atomic():
        draft.themes.set([theme])
        draft.save_revision().publish()
        visitor = threading.Thread(target=visitor_meanwhile)
        visitor.start()
        visitor.join()
    assert seen == [1], "the visitor patched the index with the page as it was before the commit"
    counts, total = assert_counts_are_what_ticking_gives(client)
    assert (counts["thema"], total) == ({"wonen": 2}, 2)
