#!/usr/bin/env python
"""Server time and SQL query count of the main public pages, against the current database.

A benchmark, not a test: it measures what SPEC.md's "flat cost" asks for (median
under 100 ms, search under 200 ms, a listing in at most 12 queries, a detail page
in at most 10) on whatever content the database holds. Requests go through
Django's test Client in this process, so the figures are server time (middleware,
view, templates, queries) without network or WSGI server.

    DATABASE_URL=postgres://... .venv/bin/python scripts/bench_pages.py --repeat 20

Settings default to `overheidvannu.settings.dev` with DEBUG switched off. With
`DJANGO_SETTINGS_MODULE=overheidvannu.settings.production` (and SECRET_KEY set),
run `manage.py collectstatic` first: the manifest storage needs it.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "overheidvannu.settings.dev")
# The test Client's host; production reads ALLOWED_HOSTS from the environment.
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings, setup_test_environment  # noqa: E402


def sample_paths():
    """(label, path) of each page to measure, picked from the current content."""
    from articles.models import ContentPage, Level, StoryPage, Theme
    from opgaven.models import OpgavePage
    from regions.models import RegionPage

    theme = Theme.objects.order_by("sort_order").first()
    level = Level.objects.order_by("sort_order").first()
    curated = StoryPage.objects.live().exclude(slug__startswith="demo-").order_by("path").first()
    story = curated or StoryPage.objects.live().order_by("path").first()
    opgave = OpgavePage.objects.live().order_by("path").first()
    region = RegionPage.objects.live().order_by("path").first()
    paths = [
        ("home", "/"),
        ("kennisbank", "/kennisbank/"),
        (
            "kennisbank gefilterd",
            f"/kennisbank/?thema={theme.slug}&niveau={level.slug}" if theme and level else None,
        ),
        ("verhalen", "/verhalen/"),
        ("verhaal", story.url if story else None),
        ("opgave", opgave.url if opgave else None),
        ("regio", region.url if region else None),
        ("thema", f"/thema/{theme.slug}/" if theme else None),
        ("zoeken", "/zoeken/?q=woningen"),
    ]
    return paths, ContentPage.objects.live().count()


def measure(client, path, repeat):
    """Timings in ms of `repeat` requests after one warm-up, and the last one's query count."""
    secure = {"secure": True}  # production redirects plain http to https
    response = client.get(path, **secure)
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(path, **secure)
            timings.append((time.perf_counter() - start) * 1000)
    slowest = max(queries.captured_queries, key=lambda query: float(query["time"]), default=None)
    return response.status_code, timings, len(queries), slowest


def measure_cold(client, path, repeat):
    """Timings of `repeat` requests, each the first after a content change
    (the content version bumped, as a publish does)."""
    from articles.content_cache import bump_content_version

    client.get(path, secure=True)  # the previous version's data exists, as on a running site
    timings = []
    for _ in range(repeat):
        bump_content_version()
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(path, secure=True)
            timings.append((time.perf_counter() - start) * 1000)
    slowest = max(queries.captured_queries, key=lambda query: float(query["time"]), default=None)
    return response.status_code, timings, len(queries), slowest


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", "-n", type=int, default=20, help="requests per page after one warm-up")
    parser.add_argument("--label", default="", help="what content is loaded, printed above the table")
    parser.add_argument("--slowest", action="store_true", help="also print each page's slowest SQL query")
    parser.add_argument(
        "--cold", action="store_true", help="time the first request after each content change instead of warm ones"
    )
    args = parser.parse_args()

    setup_test_environment()  # lets the test Client run outside the test runner
    paths, live_items = sample_paths()
    database = connection.settings_dict["NAME"]
    print(f"{args.label or 'content'}: {live_items} live content items in {connection.vendor} database {database}")
    mode = "cold: each request the first after a content change" if args.cold else "warm"
    if args.cold:
        from django.conf import settings

        mode += ", previous counts served while a task recomputes" if settings.CONTENT_CACHE_SERVE_STALE else ""
    print(f"settings {os.environ['DJANGO_SETTINGS_MODULE']}, DEBUG off, {args.repeat} requests per page, {mode}\n")
    print(f"{'page':<22} {'status':>6} {'median ms':>10} {'p90 ms':>8} {'queries':>8}  path")
    client = Client()
    with override_settings(DEBUG=False):
        for label, path in paths:
            if path is None:
                print(f"{label:<22} {'-':>6} {'-':>10} {'-':>8} {'-':>8}  (no such content)")
                continue
            status, timings, queries, slowest = (measure_cold if args.cold else measure)(client, path, args.repeat)
            print(
                f"{label:<22} {status:>6} {statistics.median(timings):>10.1f} {percentile(timings, 0.9):>8.1f}"
                f" {queries:>8}  {path}"
            )
            if args.slowest and slowest:
                print(f"{'':<22} slowest query {float(slowest['time']) * 1000:.1f} ms: {slowest['sql'][:300]}")


if __name__ == "__main__":
    main()
