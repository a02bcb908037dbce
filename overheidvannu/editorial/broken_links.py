"""Broken links: check the external links editors enter (registration,
recording and video links, and videos in the text) of every live page, and
store the result (`ExternalLinkCheck`) for the admin report "Kapotte links"
(views.py).

The task worker runs `check_links` daily (a periodic job, registered in
apps.py); without a worker run `python manage.py check_links` daily from cron.
"""

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.db import transaction
from django.utils import timezone
from wagtail.models import get_page_models

from articles.models import ExternalLinkCheck

USER_AGENT = "OverheidVanNu-linkcontrole/1.0 (+https://overheidvannu.nl/)"
#: Seconds to wait for one answer, and how many links are checked at once.
TIMEOUT = 10.0
WORKERS = 8


def links_of(page):
    """(field label, url) of each external link on a live page."""
    for field, label in getattr(page, "external_link_fields", []):
        url = getattr(page, field, "")
        if url:
            yield label, url
    body = getattr(page, "body", None)
    if body is not None:
        for block in body:
            if block.block_type == "video" and block.value.get("url"):
                yield "Video in de tekst", block.value["url"]


def check(url, timeout):
    """(ok, status, error) for one URL: HEAD first, GET when HEAD is refused."""
    last_error = ""
    for method in ("HEAD", "GET"):
        # Only http(s) URLs reach here (see handle).
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return True, response.status, ""
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                last_error = f"HTTP {error.code}"
                continue
            return False, error.code, f"HTTP {error.code}"
        except (urllib.error.URLError, OSError, ValueError) as error:
            last_error = str(getattr(error, "reason", error))[:250]
            if method == "HEAD":
                continue
    return False, None, last_error


def external_links():
    """(page pk, field label, url) of every http(s) link on a live page, once each."""
    models = [model for model in get_page_models() if getattr(model, "external_link_fields", None)]
    models += [model for model in get_page_models() if "body" in {f.name for f in model._meta.get_fields()}]
    found = []
    seen = set()
    for model in dict.fromkeys(models):
        for page in model.objects.live().specific():
            for label, url in links_of(page):
                if url.startswith(("http://", "https://")) and (page.pk, label, url) not in seen:
                    seen.add((page.pk, label, url))
                    found.append((page.pk, label, url))
    return found


def check_links(timeout=TIMEOUT, workers=WORKERS):
    """Check every external link on a live page and replace the stored
    results with these; returns {"checked": links, "broken": broken ones}."""
    found = external_links()
    urls = sorted({url for _pk, _label, url in found})
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results = dict(zip(urls, pool.map(lambda url: check(url, timeout), urls), strict=True))
    now = timezone.now()
    with transaction.atomic():
        ExternalLinkCheck.objects.all().delete()
        ExternalLinkCheck.objects.bulk_create(
            ExternalLinkCheck(
                page_id=pk,
                field=label,
                url=url,
                ok=results[url][0],
                status=results[url][1],
                error=results[url][2],
                checked_at=now,
            )
            for pk, label, url in found
        )
    broken = sum(1 for _pk, _label, url in found if not results[url][0])
    return {"checked": len(found), "broken": broken}
