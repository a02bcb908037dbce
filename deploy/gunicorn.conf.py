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
# Behind Varnish/the load balancer on the same private network.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
