"""Fixed-window counters that every web worker and node shares.

A limit kept in Django's cache holds per process when the cache is local
memory (no Redis): with four gunicorn workers a limit of 5 let about 20 tips
through. So the count lives where every worker sees it:

- **Redis** when `REDIS_URL` is set: `SET key 0 EX window NX` and `INCR key`
  in one MULTI/EXEC, so the first hit opens the window and every hit is
  counted exactly once. Redis that does not answer (down, or slower than
  `REDIS_TIMEOUT`) falls back to the database for that hit.
- **The database** otherwise: one `INSERT … ON CONFLICT (key) DO UPDATE`
  that adds one, or starts a new window when the old one has ended, and a
  `SELECT` of the count in the same transaction (the row stays locked by the
  upsert, so the count read is this hit's own). PostgreSQL and SQLite (3.24
  and later) both speak this upsert. Ended windows are deleted a batch at a
  time after a hit, at most once a minute per process, skipping rows another
  worker holds.

Keys are keyed hashes (HMAC with SECRET_KEY) of the scope and the value: no
IP address or e-mail address is stored in the clear, and a stored hash of an
IPv4 address cannot be reversed by trying all 2³² of them without the key.

Packages weighed: django-ratelimit and django-fast-ratelimit count in Django's
cache (per process without Redis; DatabaseCache's `incr` is a read and a
write, not atomic); `limits` has Redis, Memcached and MongoDB storage but no
SQL; pyrate-limiter's PostgreSQL and SQLite buckets open connections of their
own beside Django's (a psycopg pool per worker, a separate SQLite file) and
keep one row per hit; django-smart-ratelimit's database backend brings a
middleware, circuit breaker and two models for what here is one upsert.
"""

import logging
import time

from django.conf import settings
from django.db import DatabaseError, connections, router, transaction
from django.utils.crypto import salted_hmac

from .models import Counter

log = logging.getLogger(__name__)

REDIS_PREFIX = "ovn:ratelimit:"
#: Ended windows deleted per prune at most, and seconds between prunes per
#: process: pruning never becomes the hit's cost.
PRUNE_BATCH, PRUNE_EVERY = 200, 60
_next_prune = 0


def key_for(scope, value):
    """`scope:<hmac>`: which limit, and a keyed hash of whom it counts."""
    digest = salted_hmac("overheidvannu.ratelimits", f"{scope}:{value}", algorithm="sha256").hexdigest()
    return f"{scope}:{digest}"


def hit(scope, value, limit, seconds):
    """Count one attempt of `value` (an address, an IP address …) within
    `scope`; False once more than `limit` attempts fell in the window of
    `seconds` that the first of them opened."""
    return count(key_for(scope, value), seconds) <= limit


def count(key, seconds):
    """Add one hit to `key` and return the hits in its current window."""
    if getattr(settings, "REDIS_URL", ""):
        from redis.exceptions import RedisError

        try:
            return _count_in_redis(key, seconds)
        except (RedisError, OSError) as error:
            log.warning("Rate limit counted in the database: Redis did not answer (%s).", error)
    return _count_in_database(key, seconds)


def _count_in_redis(key, seconds):
    from django_redis import get_redis_connection

    name = REDIS_PREFIX + key
    pipeline = get_redis_connection("default").pipeline(transaction=True)
    pipeline.set(name, 0, ex=seconds, nx=True)
    pipeline.incr(name)
    _, hits = pipeline.execute()
    return int(hits)


def _count_in_database(key, seconds, now=None):
    now = int(time.time()) if now is None else now
    alias = router.db_for_write(Counter)
    connection = connections[alias]
    quote = connection.ops.quote_name
    table = quote(Counter._meta.db_table)
    key_col, hits_col, expires_col = quote("key"), quote("hits"), quote("expires_at")
    ended = f"{table}.{expires_col} <= %s"
    # Only quoted identifiers from the model are formatted in; values are parameters.
    upsert = (
        f"INSERT INTO {table} ({key_col}, {hits_col}, {expires_col}) VALUES (%s, 1, %s) "  # noqa: S608
        f"ON CONFLICT ({key_col}) DO UPDATE SET "
        f"{hits_col} = CASE WHEN {ended} THEN 1 ELSE {table}.{hits_col} + 1 END, "
        f"{expires_col} = CASE WHEN {ended} THEN %s ELSE {table}.{expires_col} END"
    )
    with transaction.atomic(using=alias):
        with connection.cursor() as cursor:
            cursor.execute(upsert, [key, now + seconds, now, now, now + seconds])
        hits = Counter.objects.using(alias).filter(key=key).values_list("hits", flat=True).get()
    global _next_prune
    if now >= _next_prune:
        _next_prune = now + PRUNE_EVERY
        prune(now, using=alias)
    return hits


def prune(now=None, using=None):
    """Delete up to PRUNE_BATCH counters whose window ended, skipping rows
    that another worker holds (PostgreSQL; SQLite takes one writer at a time)."""
    now = int(time.time()) if now is None else now
    using = using or router.db_for_write(Counter)
    ended = Counter.objects.using(using).filter(expires_at__lt=now).order_by()
    batch = ended.select_for_update(skip_locked=True).values("pk")[:PRUNE_BATCH]
    try:
        with transaction.atomic(using=using):
            Counter.objects.using(using).filter(pk__in=batch).delete()
    except DatabaseError as error:
        log.info("Ended rate-limit windows not pruned this time: %s", error)
