#!/usr/bin/env python
"""The first visitor after a publish: how long home and /kennisbank/ take
through the cache in front once an editor has published a story.

Starts what production runs, on loopback: gunicorn (deploy/gunicorn.conf.py,
production settings) behind a real varnishd (deploy/varnish.vcl), a real
redis-server as the shared cache, and the task worker (`manage.py db_worker`)
that purges the cache and then recomputes home's and /kennisbank/'s data
(`warm_paths_task`). Each round publishes a new title of a story, waits until
the worker has finished the purge and what follows it, then times the first
visitor's request of each page (a MISS in Varnish, rendered by gunicorn) and
the second (a HIT). With `--no-warming` each round instead changes the
content version and purges without the worker recomputing anything: what
the first visitor pays when nothing was prepared (with
CONTENT_CACHE_SERVE_STALE=1, the default with a worker and Redis, the
previous counts, kept 5 s; with 0, the recount itself).

    DATABASE_URL=postgres://…/ovn_demo .venv/bin/python scripts/bench_publish.py --rounds 10

The database must hold content (`manage.py load_demo`).
"""

import argparse
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers import RedisServer, gunicorn, site_env, varnish  # noqa: E402

PAGES = ["/", "/kennisbank/"]


def timed_get(base, path):
    """(ms, X-Cache) of one anonymous GET."""
    start = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=60) as response:  # noqa: S310 - loopback
        response.read()
        return (time.perf_counter() - start) * 1000, response.headers.get("X-Cache")


def wait_for_the_worker(since, timeout=60):
    """Until every task queued since `since` has finished."""
    from django_tasks_db.models import DBTaskResult

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not DBTaskResult.objects.filter(enqueued_at__gte=since, status__in=["READY", "RUNNING"]).exists():
            return
        time.sleep(0.05)
    raise RuntimeError("the worker did not finish in time")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--no-warming", action="store_true", help="purge without the worker preparing anything")
    parser.add_argument("--serve-stale", choices=["0", "1"], default="1", help="CONTENT_CACHE_SERVE_STALE")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        sys.exit("Set DATABASE_URL to a database with content (manage.py load_demo).")

    static_root = Path(tempfile.mkdtemp(prefix="ovn-bench-static-"))
    redis = RedisServer()
    env = site_env(
        os.environ["DATABASE_URL"],
        "overheidvannu.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",  # loopback, no TLS proxy in front
        STATIC_ROOT=static_root,
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        LOG_LEVEL="ERROR",
        REDIS_URL=redis.url,
        TASKS_BACKEND="database",
        CONTENT_CACHE_SERVE_STALE=args.serve_stale,
    )
    worker = None
    try:
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
        )
        with gunicorn(env, workers=2) as (_direct, port), varnish(port, memory="128m") as cache_url:
            env["FRONTEND_CACHE_URL"] = cache_url
            os.environ.update(env)
            worker = subprocess.Popen(
                [sys.executable, "manage.py", "db_worker", "--interval", "0.05"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            import django

            django.setup()
            from django.utils import timezone

            from articles import content_cache
            from articles.models import StoryPage
            from overheidvannu.operations.frontend_cache import purge

            story = StoryPage.objects.live().order_by("path").first()
            title = story.title
            first = {path: [] for path in PAGES}
            second = {path: [] for path in PAGES}
            worker_ms = []
            for round_number in range(args.rounds):
                for path in PAGES:
                    timed_get(cache_url, path)
                since = timezone.now()
                started = time.perf_counter()
                if args.no_warming:
                    content_cache.bump_content_version()
                    purge(["home", "lijst-alle"])
                else:
                    page = StoryPage.objects.get(pk=story.pk)
                    page.title = f"{title} ({round_number + 1})"
                    page.save_revision().publish()
                    wait_for_the_worker(since)
                worker_ms.append((time.perf_counter() - started) * 1000)
                for path in PAGES:
                    ms, state = timed_get(cache_url, path)
                    assert state == "MISS", f"{path} was not purged"
                    first[path].append(ms)
                    second[path].append(timed_get(cache_url, path)[0])
            page = StoryPage.objects.get(pk=story.pk)
            page.title = title
            page.save_revision().publish()
            wait_for_the_worker(timezone.now())

            mode = "no warming" if args.no_warming else "publish, worker purges and recomputes"
            print(f"{args.rounds} rounds, {mode}, CONTENT_CACHE_SERVE_STALE={args.serve_stale}")
            print(f"publish until the worker is done: median {statistics.median(worker_ms):.0f} ms")
            print(f"{'page':<14} {'first visitor ms':>17} {'second ms':>10}")
            for path in PAGES:
                print(f"{path:<14} {statistics.median(first[path]):>17.1f} {statistics.median(second[path]):>10.1f}")
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=30)
        redis.stop()
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
