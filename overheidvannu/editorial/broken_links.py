"""Broken links: check every external link an editor can write on a live
page, and store the result for the admin report "Kapotte links" (views.py).

What counts is found the same way for every page type, so a new field or
block is checked without being listed anywhere:

* the page's own URL fields (registration, recording, webinar, the lead's
  video …; `external_link_fields` only gives some of them a shorter label);
* links in its rich text, in fields and in blocks;
* every URL block in its StreamFields, however deep (video and audio links,
  the "Oproep" block's address, …);
* the same in its inline rows (an opgave's progress and bottlenecks, a
  region's partners), and the website of an organisation a row names.

Problems are stored in Dutch ("Niet gevonden (HTTP 404)", "Het adres bestaat
niet", …). Each run is recorded (`LinkCheckRun`), so the report can say
"nog niet gecontroleerd" before the first one instead of "no broken links".

The task worker runs `check_links` daily (a periodic job, registered in
apps.py); without a worker run `python manage.py check_links` daily from cron.
"""

import html
import re
import socket
import ssl
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.db import models, transaction
from django.utils import timezone
from django.utils.text import capfirst
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import get_page_models
from wagtail.rich_text import RichText

from articles.models import ExternalLinkCheck, LinkCheckRun

USER_AGENT = "OverheidVanNu-linkcontrole/1.0 (+https://overheidvannu.nl/)"
#: Seconds to wait for one answer, and how many links are checked at once.
TIMEOUT = 10.0
WORKERS = 8

EXTERNAL_HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*["'](https?://[^"']+)["']""", re.IGNORECASE)

HTTP_PROBLEMS = {
    400: "Ongeldig verzoek",
    401: "Alleen na inloggen",
    403: "Geen toegang",
    404: "Niet gevonden",
    410: "Verwijderd",
    429: "Te veel verzoeken; probeer het later",
}


# --- what an editor wrote -------------------------------------------------------


def _label(*parts):
    return " › ".join(capfirst(str(part)) for part in parts if part)


def _rich_text_links(value, label):
    source = value.source if isinstance(value, RichText) else (value or "")
    for url in EXTERNAL_HREF.findall(str(source)):
        yield label, html.unescape(url)


def _block_links(block, value, label):
    """(label, url) of every URL and rich-text link in a block value."""
    if value is None:
        return
    if isinstance(block, blocks.URLBlock):
        if value:
            yield label, value
    elif isinstance(block, blocks.RichTextBlock):
        yield from _rich_text_links(value, label)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _block_links(child.block, child.value, _label(label, child.block.label))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _block_links(block.child_block, item, label)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _block_links(child_block, value.get(name), _label(label, child_block.label))


def _field_links(obj, prefix="", labels=None, depth=0):
    """(label, url) of the links in `obj`'s own fields."""
    labels = labels or {}
    for field in obj._meta.concrete_fields:
        label = labels.get(field.name) or _label(prefix, field.verbose_name)
        if isinstance(field, models.URLField):
            url = getattr(obj, field.attname)
            if url:
                yield label, url
        elif isinstance(field, RichTextField):
            yield from _rich_text_links(getattr(obj, field.attname), label)
        elif isinstance(field, StreamField):
            yield from _block_links(field.stream_block, getattr(obj, field.attname), label)
        elif depth and field.many_to_one and field.related_model is not None:
            # An inline row's organisation (a region's partner): its website.
            target = getattr(obj, field.name, None)
            if target is not None and getattr(target, "live", True) and not hasattr(target, "depth"):
                for target_field in target._meta.concrete_fields:
                    url = getattr(target, target_field.attname) if isinstance(target_field, models.URLField) else ""
                    if url:
                        yield _label(prefix, field.verbose_name, target_field.verbose_name), url


def links_of(page):
    """(field label, url) of each external link an editor wrote on `page`."""
    yield from _field_links(page, labels=dict(getattr(page, "external_link_fields", [])))
    for relation in get_all_child_relations(page):
        model = relation.related_model
        for row in getattr(page, relation.get_accessor_name()).all():
            yield from _field_links(row, prefix=model._meta.verbose_name, depth=1)


def external_links():
    """(page pk, field label, url) of every http(s) link on a live page, once each."""
    found = []
    seen = set()
    for model in get_page_models():
        if model._meta.abstract or model._meta.proxy:
            continue
        for page in model.objects.live().exact_type(model).specific():
            for label, url in links_of(page):
                url = url.strip()
                if url.startswith(("http://", "https://")) and (page.pk, label, url) not in seen:
                    seen.add((page.pk, label, url))
                    found.append((page.pk, label[:100], url[:500]))
    return found


# --- checking -------------------------------------------------------------------


def http_problem(code):
    if code in HTTP_PROBLEMS:
        text = HTTP_PROBLEMS[code]
    elif code >= 500:
        text = "Fout bij de andere website"
    else:
        text = "Werkt niet"
    return f"{text} (HTTP {code})"


def network_problem(error, timeout):
    """A Dutch sentence for what went wrong before any HTTP answer."""
    reason = getattr(error, "reason", error)
    if isinstance(reason, socket.gaierror):
        return "Het adres bestaat niet: de server is niet gevonden"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"Geen antwoord binnen {timeout:g} seconden"
    if isinstance(reason, ConnectionRefusedError):
        return "De server weigert de verbinding"
    if isinstance(reason, ssl.SSLError):
        return "De beveiligde verbinding klopt niet (certificaat)"
    if isinstance(error, ValueError):
        return "Geen geldig adres"
    return "De website is niet bereikbaar"


def check(url, timeout):
    """(ok, status, problem in Dutch) for one URL: HEAD first, GET when HEAD is refused."""
    problem = ""
    for method in ("HEAD", "GET"):
        # Only http(s) URLs reach here (see external_links).
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return True, response.status, ""
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                problem = http_problem(error.code)
                continue
            return False, error.code, http_problem(error.code)
        except (urllib.error.URLError, OSError, ValueError) as error:
            problem = network_problem(error, timeout)[:250]
            if method == "HEAD":
                continue
    return False, None, problem


def check_links(timeout=TIMEOUT, workers=WORKERS):
    """Check every external link on a live page and replace the stored
    results with these; returns {"checked": links, "broken": broken ones}."""
    found = external_links()
    urls = sorted({url for _pk, _label, url in found})
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results = dict(zip(urls, pool.map(lambda url: check(url, timeout), urls), strict=True))
    now = timezone.now()
    broken = sum(1 for _pk, _label, url in found if not results[url][0])
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
        LinkCheckRun.objects.create(finished_at=now, checked=len(found), broken=broken)
        # One row is enough: the report shows the last run.
        LinkCheckRun.objects.exclude(finished_at=now).delete()
    return {"checked": len(found), "broken": broken}
