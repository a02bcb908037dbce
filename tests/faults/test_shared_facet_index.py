"""Every gunicorn worker counts what another process published (issue 24):
each worker keeps its own facet index (overheidvannu/discovery/facet_index.py)
and brings it up to date from the change log in the shared cache (Redis),
reading again only the pages a change touched. The site is served as in
production, by two workers; the editor's change comes from a process of its
own, as the admin's request would. (What a patch takes away, as when a page
goes offline, is tested in tests/discovery/test_facet_index.py.)"""

import re
from concurrent.futures import ThreadPoolExecutor

from bs4 import BeautifulSoup

from .conftest import manage, served_site, site_env

WORKERS = 2
# The tip of tests/faults/site_content.py gets the theme in a new revision, published.
PUBLISH = """
from articles.models import Theme, TipPage
tip = TipPage.objects.get(title="Begin bij de opgave")
tip.themes.set([Theme.objects.get(name="Sturen in netwerken")])
tip.save_revision().publish()
"""


def counts(site):
    """(theme count, number of results) of /kennisbank/ as one worker shows them."""
    response = site.get("/kennisbank/")
    assert response.status == 200, response
    page = BeautifulSoup(response.body, "html.parser")
    checkbox = page.find("input", attrs={"name": "thema", "value": "sturen-in-netwerken"})
    theme = int(page.find("label", attrs={"for": checkbox["id"]}).find(class_="ovn-facet__count").contents[0])
    total = int(re.match(r"\s*(\d+)", page.find(id="resultaten-aantal").get_text()).group(1))
    return theme, total


def every_worker(site):
    """The counts of enough concurrent requests that every worker answers some."""
    with ThreadPoolExecutor(max_workers=WORKERS * 2) as pool:
        return set(pool.map(lambda _: counts(site), range(WORKERS * 6)))


def test_every_worker_counts_a_change_published_in_another_process(fault_site, redis_server):
    cluster, workdir = fault_site
    extra = {"REDIS_URL": redis_server.url, "CONTENT_CACHE_SERVE_STALE": "0"}
    with served_site(fault_site, workers=WORKERS, **extra) as (site, name):
        editor = site_env(cluster.url(name), workdir, **extra)
        assert every_worker(site) == {(2, 3)}
        manage(["shell", "-c", PUBLISH], editor, "publishing the tip with a theme")
        assert every_worker(site) == {(3, 3)}
