"""Every private name of another package that `operations` relies on, in one place.

Each stays only where Wagtail 8 / Django 5.2 offer no public way to do the
same at the same cost, and each has a test (tests/operations/test_private_api.py)
that fails loudly when the name or its meaning changes upstream: check them on
every upgrade.
"""


def give_wagtail_the_site(request, site):
    """Hand Wagtail the Site found for `request` (CachedSiteMiddleware finds
    it in the content cache), so that `Site.find_for_request(request)`
    returns it without a query, however often it is asked.

    Wagtail 8 keeps its per-request answer on `request._wagtail_site`
    (wagtail/models/sites.py, `Site.find_for_request`) and offers no public
    way to set it. The alternative, asking the database on every request,
    costs a query and about 4 ms (measured on the demo: README, "Caching")."""
    request._wagtail_site = site
