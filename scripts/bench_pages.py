#!/usr/bin/env python
"""Server time and SQL query count of the main public pages, against the current database.

A benchmark, not a test: it measures what SPEC.md's "flat cost" asks for (median
under 100 ms, a listing in at most 12 queries, a detail page in at most 10) on
whatever content the database holds. Requests go through Django's test Client
in this process, so the figures are server time (middleware, view, templates,
queries) without network or WSGI server.

Three modes, each with the median and p90 of the server time and the median
of the CPU time this process spent (ms; the CPU time leaves out PostgreSQL's
own and most of what other jobs on a shared machine add to the wall clock):

- warm:   the derived data (facet counts, the home page's lists, a page's
          links) cached, as between two publishes;
- cold:   each request the first after an editor published a change (a new
          title of the newest story, which every listing's first page
          shows), recomputed in the request (CONTENT_CACHE_SERVE_STALE=0: a
          site without a worker); with `--change bump` instead a change
          that names no page (a view restriction, a bulk load), after which
          everything is derived again, the facet index included;
- worker: the same, as production runs with a worker
          (TASKS_BACKEND=database, CONTENT_CACHE_SERVE_STALE=1: the previous
          value is served and a task recomputes it).

Each mode runs in its own process (the settings differ); the table joins them.

    DATABASE_URL=postgres://... .venv/bin/python scripts/bench_pages.py --repeat 10
    .venv/bin/python scripts/bench_pages.py --modes warm --slowest
    .venv/bin/python scripts/bench_pages.py --cold --change bump

Settings default to `overheidvannu.settings.dev` with DEBUG switched off. With
`DJANGO_SETTINGS_MODULE=overheidvannu.settings.production` (and SECRET_KEY set),
run `manage.py collectstatic` first: the manifest storage needs it.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = {
    "warm": {},
    "cold": {"CONTENT_CACHE_SERVE_STALE": "0"},
    "worker": {"TASKS_BACKEND": "database", "CONTENT_CACHE_SERVE_STALE": "1"},
}
COMMON_WORD = "overheden"  # in the intro of (nearly) every generated item
NAMED_THING = "achterhoek"  # names a region, which generated content links and mentions


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
        ("zoeken gewoon woord", f"/zoeken/?q={COMMON_WORD}"),
        ("zoeken naam", f"/zoeken/?q={NAMED_THING}"),
    ]
    return paths, ContentPage.objects.live().count()


def timed(client, path, repeat, before=None):
    """Timings in ms of `repeat` requests (each after `before()`), the CPU
    time this process spent on each, the last status, its query count and
    its slowest query."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings, cpu = [], []
    for _ in range(repeat):
        if before:
            before()
        with CaptureQueriesContext(connection) as queries:
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get(path, secure=True)  # production redirects plain http to https
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    slowest = max(queries.captured_queries, key=lambda query: float(query["time"]), default=None)
    return {
        "status": response.status_code,
        "timings": timings,
        "cpu": cpu,
        "queries": len(queries),
        "slowest": f"{float(slowest['time']) * 1000:.1f} ms: {slowest['sql'][:300]}" if slowest else "",
    }


def publisher():
    """A function that publishes a new title of the newest story, as an
    editor would (a revision, published, with every signal and task that
    follows), alternating between two titles."""
    from articles.models import StoryPage

    story = StoryPage.objects.live().order_by("-first_published_at", "-pk").first()
    titles = [story.title, f"{story.title} (bijgewerkt)"]
    count = 0

    def publish():
        nonlocal count
        count += 1
        page = StoryPage.objects.get(pk=story.pk)
        page.title = titles[count % 2]
        page.save_revision().publish()

    return publish


def run_mode(mode, repeat, change="publish"):
    """Measure every page in this process (its settings are the mode's); JSON on stdout."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "overheidvannu.settings.dev")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")  # the test Client's host
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment

    from articles.content_cache import bump_content_version

    setup_test_environment()  # lets the test Client run outside the test runner
    paths, live_items = sample_paths()
    publish = publisher()
    client = Client()
    rows = []
    with override_settings(DEBUG=False):
        for label, path in paths:
            if path is None:
                rows.append({"label": label, "path": None})
                continue
            client.get(path, secure=True)  # warm-up; when cold: the previous version's data exists
            before = None if mode == "warm" else publish if change == "publish" else bump_content_version
            row = timed(client, path, repeat, before=before)
            rows.append({"label": label, "path": path, **row})
    return {"live_items": live_items, "database": connection.settings_dict["NAME"], "rows": rows}


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure_in_subprocess(mode, repeat, change):
    env = {**os.environ, **MODES[mode]}
    command = [sys.executable, __file__, "--json-mode", mode, "--repeat", str(repeat), "--change", change]
    output = subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(output.splitlines()[-1])


def print_table(label, repeat, results, slowest, change="publish"):
    modes = list(results)
    first = results[modes[0]]
    print(f"{label or 'content'}: {first['live_items']} live content items in database {first['database']}")
    print(
        f"settings {os.environ.get('DJANGO_SETTINGS_MODULE', 'overheidvannu.settings.dev')}, DEBUG off,"
        f" {repeat} requests per page and mode; ms: median and p90 of server time, median of the app's CPU time;"
        " queries of the last request per mode;"
        f" before each cold request: {'a story published' if change == 'publish' else 'a change naming no page'}\n"
    )
    header = f"{'page':<21}" + "".join(f" {mode + ' med':>12} {'p90':>6} {'cpu':>5}" for mode in modes)
    print(f"{header} {'queries':>10} status path")
    for index, row in enumerate(first["rows"]):
        if row["path"] is None:
            print(f"{row['label']:<21} (no such content)")
            continue
        cells, queries = "", []
        for mode in modes:
            timings, cpu = results[mode]["rows"][index]["timings"], results[mode]["rows"][index]["cpu"]
            cells += (
                f" {statistics.median(timings):>12.1f} {percentile(timings, 0.9):>6.1f} {statistics.median(cpu):>5.1f}"
            )
            queries.append(str(results[mode]["rows"][index]["queries"]))
        statuses = {str(results[mode]["rows"][index]["status"]) for mode in modes}
        print(f"{row['label']:<21}{cells} {'/'.join(queries):>10} {'/'.join(sorted(statuses)):>6} {row['path']}")
        if slowest:
            for mode in modes:
                print(f"{'':<21} {mode} slowest query {results[mode]['rows'][index]['slowest']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", "-n", type=int, default=10, help="requests per page and mode after one warm-up")
    parser.add_argument("--label", default="", help="what content is loaded, printed above the table")
    parser.add_argument("--slowest", action="store_true", help="also print each page's slowest SQL query")
    parser.add_argument(
        "--modes", default="warm,cold,worker", help="comma-separated, of: warm, cold, worker (default: all three)"
    )
    parser.add_argument("--cold", action="store_true", help="the cold modes only (cold,worker)")
    parser.add_argument(
        "--change",
        choices=["publish", "bump"],
        default="publish",
        help="what comes before a cold request: a published story (default) or a change naming no page",
    )
    parser.add_argument("--json-mode", choices=MODES, help=argparse.SUPPRESS)  # one mode, in this process
    args = parser.parse_args()
    if args.json_mode:
        print(json.dumps(run_mode(args.json_mode, args.repeat, args.change)))
        return
    modes = ["cold", "worker"] if args.cold else [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    unknown = set(modes) - set(MODES)
    if unknown:
        parser.error(f"unknown mode(s): {', '.join(sorted(unknown))}")
    results = {mode: measure_in_subprocess(mode, args.repeat, args.change) for mode in modes}
    print_table(args.label, args.repeat, results, args.slowest, args.change)


if __name__ == "__main__":
    main()
