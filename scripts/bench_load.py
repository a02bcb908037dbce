#!/usr/bin/env python
"""Load test on loopback: every page the HTTP cache does not serve, straight
at gunicorn as production runs it. `make bench-load`.

Starts gunicorn (deploy/gunicorn.conf.py, production settings, 2 sync
workers unless --workers says otherwise, Redis as the shared cache) on a free
loopback port and runs wrk with 50 connections for BENCH_DURATION seconds
(default 10) on each page alone, the pages of `make bench`: home,
/kennisbank/, a filtered listing, /verhalen/, a story, an opgave, a region, a
theme and search with a common word and with a named thing. It prints
requests/s, p50/p95/p99 latency and errors per page. Every run is bounded:
wrk stops after its duration and a request that takes over 5 s counts as an
error (timeout).

`--with-cache` adds the earlier runs through a real varnishd
(deploy/varnish.vcl): the mix of pages through Varnish and a static file of the
home page's size, for the cache's capacity.

The database is DATABASE_URL (default: a database `ovn_bench` on the cluster
that scripts/ensure-postgres.sh starts), filled by `load_demo` when empty; use
a `make bench` database for a size, e.g.
`DATABASE_URL=postgres://postgres@127.0.0.1:54329/ovn_bench_1000 make bench-load`.
wrk is Debian's package, installed here when missing and root.

    BENCH_DURATION=5 .venv/bin/python scripts/bench_load.py --only home --only verhalen
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
opgave = OpgavePage.objects.live().order_by("path").first().url
region = RegionPage.objects.live().order_by("path").first().url
filtered = f"/kennisbank/?thema={theme.slug}&niveau={level.slug}"
mix = ["/", filtered, story.url, opgave, region, f"/thema/{theme.slug}/", "/kennisbank/feed/"]
pages = [
    ("home", "/"),
    ("kennisbank", "/kennisbank/"),
    ("kennisbank-filtered", filtered),
    ("verhalen", "/verhalen/"),
    ("story", story.url),
    ("opgave", opgave),
    ("region", region),
    ("theme", f"/thema/{theme.slug}/"),
    ("search-common", "/zoeken/?q=overheden"),
    ("search-named", "/zoeken/?q=achterhoek"),
]
import os
home = Client().get("/", HTTP_HOST="127.0.0.1").content
# The home page's HTML as a static file: same size, same compressibility.
with open(os.environ["BENCH_HOME_FILE"], "wb") as out:
    out.write(home)
print("PATHS " + json.dumps({"mix": mix, "pages": pages, "home_bytes": len(home)}))
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


def ensure_wrk():
    """wrk on PATH: Debian's package, installed when missing and root (as scripts/test.sh does)."""
    if shutil.which("wrk"):
        return
    if os.geteuid() == 0:
        print("wrk not found: installing Debian's wrk package...", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=env, stdout=subprocess.DEVNULL)
    if not shutil.which("wrk"):
        sys.exit("wrk not found: install Debian's wrk (apt-get install wrk).")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", "10")))
    parser.add_argument("--connections", type=int, default=int(os.environ.get("BENCH_CONNECTIONS", "50")))
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    pages = ["home", "kennisbank", "kennisbank-filtered", "verhalen", "story", "opgave", "region", "theme"]
    pages += ["search-common", "search-named"]
    parser.add_argument("--only", choices=pages, action="append", help="this page only (repeatable)")
    parser.add_argument(
        "--with-cache", action="store_true", help="also the mix through Varnish and a static file of the same size"
    )
    args = parser.parse_args()
    ensure_wrk()

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
        load = {"duration": args.duration, "connections": args.connections, "threads": args.threads}
        header = f"\n{'run':<34} {'req/s':>10} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  errors"
        with gunicorn(env, workers=args.workers) as (direct_url, port):
            for _key, path in info["pages"]:
                with urllib.request.urlopen(direct_url + path) as response:  # noqa: S310 - loopback
                    assert response.status == 200, path  # and the derived data is in Redis: warm
            print(
                f"\nuncached pages straight at gunicorn ({args.workers} sync workers, production settings);"
                f" wrk -c{args.connections} -t{args.threads}, {args.duration} s a page"
            )
            print(header)
            for key, path in info["pages"]:
                if args.only and key not in args.only:
                    continue
                print(row(f"{key} {path}"[:34], wrk(direct_url, [path], **load)), flush=True)
            if args.with_cache:
                mix = info["mix"]
                with varnish(port, memory="256m") as cache_url:
                    for path in [*mix, "/static/bench/home.html"]:
                        with urllib.request.urlopen(cache_url + path) as response:  # noqa: S310 - loopback
                            assert response.status == 200, path
                    print(f"\nthrough Varnish; mix: {' '.join(mix)}; home page {info['home_bytes']} bytes")
                    print(header)
                    cached = wrk(cache_url, mix, **load)
                    print(row("mix through Varnish", cached), flush=True)
                    static = wrk(cache_url, ["/static/bench/home.html"], **load)
                    print(row("static file, same size (Varnish)", static), flush=True)
                    print(f"\nmix through Varnish / static file: {cached['rps'] / static['rps']:.2f}")
    finally:
        redis.stop()
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
