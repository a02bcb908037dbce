"""The fault tests' site is in the state a deploy leaves: its database was
restored from the suite's migrated template (made with the test settings),
then `migrate` ran under the production settings, so what `post_migrate`
does there holds (here: the Site carries WAGTAILADMIN_BASE_URL's address)."""

import json
import re

from .conftest import PUBLIC_URL, served_site


def test_the_served_fault_site_carries_its_public_address_in_sitemap_and_api(fault_site):
    with served_site(fault_site) as (site, _name):
        sitemap = site.get("/sitemap.xml")
        api = site.get("/api/v2/pages/")
    assert sitemap.status == 200 and api.status == 200
    pages = [loc for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap.body) if "/thema/" not in loc]
    assert len(pages) >= 5
    assert [loc for loc in pages if not loc.startswith(PUBLIC_URL + "/")] == []
    urls = [item["meta"]["html_url"] for item in json.loads(api.body)["items"]]
    assert urls and [url for url in urls if not url.startswith(PUBLIC_URL + "/")] == []
