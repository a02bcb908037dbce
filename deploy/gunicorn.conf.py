"""gunicorn settings for a production node: `gunicorn -c deploy/gunicorn.conf.py overheidvannu.wsgi`.

Every value can be overridden from the environment (docs/deploy.md). The
defaults are what measured best on a 2-core node (see docs/deploy.md, "Capacity").
"""

import multiprocessing
import os

cores = multiprocessing.cpu_count()

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# The app is CPU-bound (templates) with short database waits: about two
# processes a core keep the cores busy while one waits on PostgreSQL.
workers = int(os.environ.get("WEB_CONCURRENCY", str(cores * 2)))
# sync: each worker takes the next connection only when it is free, so under
# a crowd the kernel's accept queue serves requests in arrival order. With
# gthread a worker accepts more connections than it can serve at once and the
# unlucky ones wait behind its threads: same throughput here, but a p95 of 3 s
# against 0.95 s for search at 50 clients (scripts/bench_load.py, docs/deploy.md).
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "30"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then so no slow leak grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
# Load the app once, before forking: faster start, shared memory.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "warning")

# Forwarding headers (docs/deploy.md, "What each proxy strips"). gunicorn
# takes none that could move a path: its default `forwarder_headers`
# (SCRIPT_NAME, PATH_INFO) let any client whose request passed a trusted
# proxy shift the script prefix and with it the admin's second factor and
# the cache (issue 25). Headers with an underscore are dropped.
forwarder_headers = ""
header_map = "drop"
# The one scheme header deploy/ sets on purpose: the TLS proxy's
# X-Forwarded-Proto, kept by Varnish from that proxy alone.
secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
# ...and only from the cache in front (Varnish on this host by default; its
# address otherwise). X-Forwarded-For is read by the app itself, with
# TRUSTED_PROXY_COUNT (articles/client_address.py).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
