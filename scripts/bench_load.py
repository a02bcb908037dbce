#!/usr/bin/env python
"""Load test on loopback: the site as production runs it, with and without
the HTTP cache in front. `make bench-load`.

Starts gunicorn (deploy/gunicorn.conf.py, production settings) and a real
varnishd (deploy/varnish.vcl) on free loopback ports, then runs wrk with 50
connections for BENCH_DURATION seconds (default 60) each over:

1. the mix — home, /kennisbank/ with filters, a story, an opgave, a region, a
   theme, a feed — through Varnish;
2. the same mix straight at gunicorn, then the home page and the story alone
   straight at gunicorn (the pages the uncached targets name);
3. search with a text query (never cached) alone, through Varnish;
4. Varnish serving a static file of the same size as the home page.

and prints requests/s, p50/p95/p99 latency and errors for each. The database
is DATABASE_URL (default: a database `ovn_bench` on the cluster that
scripts/ensure-postgres.sh starts), filled by `load_demo` when empty; the
cache is a real redis-server (REDIS_URL), as in production.

    BENCH_DURATION=10 .venv/bin/python scripts/bench_load.py
"""

import argparse
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers import RedisServer, gunicorn, site_env, varnish  # noqa: E402

LUA = ROOT / "scripts" / "bench_mix.lua"

PICK_PATHS = """
import json
from django.test import Client
from articles.models import Level, StoryPage, Theme
from opgaven.models import OpgavePage
from regions.models import RegionPage
theme = Theme.objects.order_by("sort_order").first()
level = Level.objects.order_by("sort_order").first()
story = StoryPage.objects.live().exclude(slug__startswith="demo-").order_by("path").first()
mix = [
    "/",
    f"/kennisbank/?thema={theme.slug}&niveau={level.slug}",
    story.url,
    OpgavePage.objects.live().order_by("path").first().url,
    RegionPage.objects.live().order_by("path").first().url,
    f"/thema/{theme.slug}/",
    "/kennisbank/feed/",
]
import os
home = Client().get("/", HTTP_HOST="127.0.0.1").content
# The home page's HTML as a static file: same size, same compressibility.
with open(os.environ["BENCH_HOME_FILE"], "wb") as out:
    out.write(home)
print("PATHS " + json.dumps({"mix": mix, "home_bytes": len(home)}))
"""


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def database_url():
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    server = subprocess.run(
        ["bash", "scripts/ensure-postgres.sh"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    parts = urlsplit(server)
    admin = urlunsplit(parts._replace(path="/postgres"))
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = 'ovn_bench'").fetchone():
            conn.execute("CREATE DATABASE ovn_bench")
    return urlunsplit(parts._replace(path="/ovn_bench"))


def wrk(url, paths, *, duration, connections, threads):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "-s", str(LUA), url]
    output = subprocess.run([*command, "--", *paths], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^BENCH_JSON (.*)$", output, re.MULTILINE)
    if not match:
        raise RuntimeError(f"wrk printed no summary:\n{output}")
    result = json.loads(match.group(1))
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["errors"] = sum(result[key] for key in ("connect", "read", "write", "status", "timeout"))
    return result


def row(label, result):
    ms = {key: result[f"{key}_us"] / 1000 for key in ("p50", "p95", "p99")}
    errors = f"{result['errors']} (timeout {result['timeout']}, status {result['status']})"
    return f"{label:<34} {result['rps']:>10.0f} {ms['p50']:>8.1f} {ms['p95']:>8.1f} {ms['p99']:>8.1f}  {errors}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", "60")))
    parser.add_argument("--connections", type=int, default=int(os.environ.get("BENCH_CONNECTIONS", "50")))
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1))),
        help="gunicorn workers (default: WEB_CONCURRENCY, else two a core as deploy/gunicorn.conf.py)",
    )
    runs = ["cache", "direct", "direct-home", "direct-story", "search", "static"]
    parser.add_argument("--only", choices=runs, action="append")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk not found: install Debian's wrk (apt-get install wrk).")

    static_root = Path(tempfile.mkdtemp(prefix="ovn-bench-static-"))
    redis = RedisServer()
    env = site_env(
        database_url(),
        "overheidvannu.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="0",  # loopback, no TLS proxy in front
        STATIC_ROOT=static_root,
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        LOG_LEVEL="ERROR",
        REDIS_URL=redis.url,
    )
    try:
        print("Preparing the site (migrate, load_demo, collectstatic)...", flush=True)
        run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env)
        run([sys.executable, "manage.py", "load_demo"], env, stdout=subprocess.DEVNULL)
        run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env)
        (static_root / "bench").mkdir()
        env["BENCH_HOME_FILE"] = str(static_root / "bench" / "home.html")
        picked = run([sys.executable, "manage.py", "shell", "-c", PICK_PATHS], env, capture_output=True, text=True)
        info = json.loads(re.search(r"^PATHS (.*)$", picked.stdout, re.MULTILINE).group(1))
        mix = info["mix"]
        with gunicorn(env, workers=args.workers) as (direct_url, port), varnish(port, memory="256m") as cache_url:
            for path in [*mix, "/static/bench/home.html"]:
                for base in (cache_url, direct_url):
                    with urllib.request.urlopen(base + path) as response:  # noqa: S310 - loopback
                        assert response.status == 200, path
            print(f"\nmix: {' '.join(mix)}")
            print(f"home page {info['home_bytes']} bytes; wrk -c{args.connections} -t{args.threads}, {args.duration} s")
            print(f"\n{'run':<34} {'req/s':>10} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  errors")
            runs = [
                ("cache", "mix through Varnish", cache_url, mix),
                ("direct", "mix straight to gunicorn", direct_url, mix),
                ("direct-home", "home straight to gunicorn", direct_url, ["/"]),
                ("direct-story", "story straight to gunicorn", direct_url, [mix[2]]),
                ("search", "search with a query (Varnish)", cache_url, ["/zoeken/?q=gemeente"]),
                ("static", "static file, same size (Varnish)", cache_url, ["/static/bench/home.html"]),
            ]
            results = {}
            load = {"duration": args.duration, "connections": args.connections, "threads": args.threads}
            for key, label, url, paths in runs:
                if args.only and key not in args.only:
                    continue
                results[key] = wrk(url, paths, **load)
                print(row(label, results[key]), flush=True)
            if "cache" in results and "static" in results:
                print(f"\nmix through Varnish / static file: {results['cache']['rps'] / results['static']['rps']:.2f}")
    finally:
        redis.stop()
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
