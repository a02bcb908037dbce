#!/usr/bin/env python
"""Time /zoeken/ and /zoeken/suggesties/ over whatever content the database holds.

Usage (PostgreSQL, after `manage.py load_demo [--pages N]`):

    DATABASE_URL=postgres://…/ovn python scripts/bench_search.py [--repeat 30]

Each request goes through Django's test Client (the whole stack: middleware,
view, template), in this process, with no network in between. Prints the
median and 90th percentile server time per query, in milliseconds, plus the
SQL query count of one request. One warm-up request per URL is not counted.

`--cold` publishes a new title of the newest story before each timed request
(bench_pages.py's `publisher`), so each is the first after an editor's
publish: the ranking, hubs and facet counts are computed in the request (run
it without a worker's CONTENT_CACHE_SERVE_STALE); with `--change bump`
instead a change that names no page, after which the facet index is built
whole. `--explain` prints EXPLAIN ANALYZE of each URL's
slowest query (PostgreSQL).
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

URLS = [
    "/zoeken/?q=achterhoek",  # names a region; generated content links and mentions it
    "/zoeken/?q=overheden",  # in the intro of (nearly) every generated item
    "/zoeken/?q=klimaat",  # names an opgave
    "/zoeken/?q=achterhoek&type=regio&type=verhaal",
    "/zoeken/?q=woningen",
    "/zoeken/?q=financiele",
    "/zoeken/?q=energietransitie+Achterhoek",
    "/zoeken/?q=gemeente",
    "/zoeken/?q=samenwerking&sorteer=nieuw",
    "/zoeken/?q=overheden&sorteer=nieuw",  # a common word by date: every match sorted
    "/zoeken/?q=gemeente&type=verhaal&niveau=netwerk",
    "/zoeken/?q=gemeente&pagina=3",
    "/zoeken/?q=zonnevelsen+boerenlnd",
    "/zoeken/?q=%26%7C!()%3A*",
    "/zoeken/suggesties/?q=ge",
    "/zoeken/suggesties/?q=energie",
    "/zoeken/suggesties/?q=achter",
]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per URL (default 20)")
    parser.add_argument("--cold", action="store_true", help="each request the first after a content change")
    parser.add_argument(
        "--change", choices=["publish", "bump"], default="publish", help="with --cold: what comes before a request"
    )
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE each URL's slowest query")
    parser.add_argument("urls", nargs="*", help="URLs to time instead of the built-in set")
    args = parser.parse_args()

    import django

    django.setup()
    from bench_pages import publisher  # scripts/, this script's own folder
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from articles.content_cache import bump_content_version
    from articles.models import ContentPage

    client = Client()
    change = publisher() if args.change == "publish" else bump_content_version
    what = "a story published" if args.change == "publish" else "a change naming no page"
    mode = f"cold ({what} before each request)" if args.cold else "warm"
    print(f"database: {connection.vendor}, live content pages: {ContentPage.objects.live().count()}, {mode}")
    print(f"{'url':58} {'status':>6} {'queries':>7} {'median ms':>10} {'p90 ms':>8}")
    medians = []
    for url in args.urls or URLS:
        reset_queries()
        if args.cold:
            change()
        with CaptureQueriesContext(connection) as queries:
            status = client.get(url).status_code
        timings = []
        for _ in range(args.repeat):
            if args.cold:
                change()
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        median = statistics.median(timings)
        medians.append(median)
        print(f"{url[:58]:58} {status:>6} {len(queries):>7} {median:>10.1f} {percentile(timings, 0.9):>8.1f}")
        if args.explain and queries.captured_queries:
            slowest = max(queries.captured_queries, key=lambda query: float(query["time"]))
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {slowest['sql']}")
                print("\n".join(f"    {line}" for (line,) in cursor.fetchall()))
    print(f"median of medians: {statistics.median(medians):.1f} ms")


if __name__ == "__main__":
    main()
