"""The rate-limit counters every worker shares (articles/ratelimits, issue
19): in the database without Redis (PostgreSQL, and SQLite for `make run`),
in a real redis-server when `REDIS_URL` is set, and in the database again
while that Redis does not answer. Served by several gunicorn workers:
tests/faults/test_shared_limits.py."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from articles.public_forms import hit
from articles.ratelimits import store
from articles.ratelimits.models import Counter

from ..servers import RedisServer

ROOT = Path(__file__).resolve().parents[2]

# Processes count the same key 30 times each, at the same time.
COUNTING = """
import sys, django
django.setup()
from articles.ratelimits.store import count
if sys.argv[1] == "create":
    from django.db import connection
    from articles.ratelimits.models import Counter
    with connection.schema_editor() as editor:
        editor.create_model(Counter)
else:
    print(" ".join(str(count("test:gedeeld", 3600)) for _ in range(30)))
"""


def count_in_processes(env, processes=3):
    started = [
        subprocess.Popen(
            [sys.executable, "-c", COUNTING, "count"], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(processes)
    ]
    outputs = [process.communicate(timeout=120)[0] for process in started]
    assert all(process.returncode == 0 for process in started)
    return sorted(int(value) for output in outputs for value in output.split())


def test_processes_counting_at_once_on_sqlite_each_get_their_own_number():
    """`make run`'s database: the same upsert, one writer at a time. (On
    PostgreSQL four gunicorn workers count at once in
    tests/faults/test_shared_limits.py.)"""
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "overheidvannu.settings.dev",
            "DATABASE_URL": f"sqlite:///{folder}/site.sqlite3",
        }
        env.pop("REDIS_URL", None)
        subprocess.run([sys.executable, "-c", COUNTING, "create"], cwd=ROOT, env=env, check=True, timeout=120)
        assert count_in_processes(env) == list(range(1, 91))


@pytest.mark.django_db
def test_a_window_starts_again_after_it_ends_and_ended_windows_are_deleted():
    now = int(time.time())
    counts = [store._count_in_database("test:venster", 60, now=now + offset) for offset in (0, 1, 59, 60, 61)]
    assert counts == [1, 2, 3, 1, 2]
    Counter.objects.create(key="test:voorbij", hits=4, expires_at=now - 1)
    store.prune(now)
    assert list(Counter.objects.values_list("key", flat=True)) == ["test:venster"]


@pytest.mark.django_db
def test_no_address_is_stored_in_the_clear():
    assert hit("alerts-address", "lezer@example.org|203.0.113.7", 5, 3600)
    (key,) = Counter.objects.values_list("key", flat=True)
    assert key.startswith("alerts-address:")
    assert "lezer" not in key and "203.0.113" not in key
    # A keyed hash: without SECRET_KEY nobody can try every IPv4 address against it.
    assert key != store.key_for("alerts-address", "lezer@example.org|203.0.113.8")


@pytest.fixture
def redis_cache(settings):
    """This process's cache and counters on a real redis-server, as with REDIS_URL."""
    try:
        server = RedisServer()
    except RuntimeError as error:
        pytest.fail(str(error))
    settings.REDIS_URL = server.url
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.django_db
def test_with_redis_the_count_lives_in_redis_and_goes_on_in_the_database_while_redis_is_down(redis_cache):
    import redis

    assert [hit("contact", "198.51.100.7", 5, 3600) for _ in range(6)] == [True] * 5 + [False]
    assert not Counter.objects.exists()
    keys = redis.Redis.from_url(redis_cache.url).keys("ovn:ratelimit:contact:*")
    assert len(keys) == 1 and b"198.51.100" not in keys[0]

    redis_cache.stop()
    started = time.monotonic()
    assert [hit("contact", "198.51.100.9", 5, 3600) for _ in range(6)] == [True] * 5 + [False]
    assert time.monotonic() - started < 5
    assert Counter.objects.count() == 1
