"""How long a visitor's /volgen/ request takes while the mail server refuses,
hangs (accepts the connection, never answers) and accepts again, and whether
every confirmation mail arrives exactly once: the site as a lone gunicorn runs
it (production settings, no task worker), on a real SMTP server.

    DATABASE_URL=postgres://… .venv/bin/python scripts/bench_mail_outage.py [--requests 5] [--email-timeout 10]

It makes a database of its own on DATABASE_URL's server (a copy of
TEST_DATABASE_TEMPLATE when set, see tests/migrated_template.py, else migrated
here) and drops it afterwards. Needs the development requirements (aiosmtpd).
"""

import argparse
import http.client
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from tests.migrated_template import server_url  # noqa: E402
from tests.servers import free_port, gunicorn, hanging_smtp_server, site_env, smtp_env, smtp_server  # noqa: E402


def follow(base_url, address):
    """GET the form, POST it (as the TLS proxy passes it on); (status, seconds of the POST)."""
    host = base_url.split("//", 1)[1]
    conn = http.client.HTTPConnection(host, timeout=120)
    conn.request("GET", "/volgen/?type=tip", headers={"X-Forwarded-Proto": "https"})
    response = conn.getresponse()
    body = response.read().decode()
    cookie = response.getheader("Set-Cookie").split(";", 1)[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    form = {"csrfmiddlewaretoken": token, "filters": "type=tip", "email": address, "frequency": "dagelijks"}
    headers = {
        "Cookie": cookie,
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Forwarded-Proto": "https",
        "Origin": f"https://{host}",
        "Referer": f"https://{host}/volgen/",
    }
    started = time.monotonic()
    conn.request("POST", "/volgen/", body=urllib.parse.urlencode(form), headers=headers)
    response = conn.getresponse()
    response.read()
    return response.status, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=5, help="requests per phase")
    parser.add_argument("--email-timeout", type=int, default=10, help="EMAIL_TIMEOUT (default: production's 10 s)")
    options = parser.parse_args()

    admin_url = server_url(os.environ["DATABASE_URL"], "postgres")
    name = f"ovn_bench_mail_{secrets.token_hex(4)}"
    template = os.environ.get("TEST_DATABASE_TEMPLATE")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    workdir = Path(tempfile.mkdtemp(prefix="ovn-bench-mail-"))
    smtp_port = free_port()
    env = site_env(
        server_url(os.environ["DATABASE_URL"], name),
        "overheidvannu.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        MEDIA_ROOT=workdir / "media",
        STATIC_ROOT=workdir / "static",
        EMAIL_TIMEOUT=options.email_timeout,
        MAIL_RETRY_DELAYS="1",
        **smtp_env(smtp_port),
    )
    for variable in ("TEST_EMAIL_BACKEND", "TASKS_BACKEND", "REDIS_URL", "SEARCH_URL"):
        env.pop(variable, None)
    try:
        for step in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
            subprocess.run([sys.executable, "manage.py", *step], cwd=ROOT, env=env, check=True, capture_output=True)
        addresses, rows = [], []
        with gunicorn(env, workers=2) as (base_url, _port):
            follow(base_url, "warm@example.org")  # each worker's first request loads templates
            follow(base_url, "warm2@example.org")

            def phase(label):
                times = []
                for n in range(options.requests):
                    address = f"{label}-{n}@example.org"
                    status, seconds = follow(base_url, address)
                    assert status == 303, (label, status)
                    addresses.append(address)
                    times.append(seconds * 1000)
                rows.append((label, statistics.median(times), max(times)))

            phase("refuses")
            with hanging_smtp_server(smtp_port) as hanging:
                phase("hangs")
                time.sleep(options.email_timeout * 2 + 1)  # the sending threads give up on it
            with smtp_server(smtp_port) as inbox:
                time.sleep(1.1)  # MAIL_RETRY_DELAYS: what failed is due again
                phase("accepts")
                deadline = time.monotonic() + 60
                while len(inbox.messages) < len(addresses) + 2 and time.monotonic() < deadline:
                    time.sleep(0.2)
                received = [address for message in inbox.messages for address in message.recipients]
            with urllib.request.urlopen(base_url + "/healthz", timeout=10) as response:  # noqa: S310 - loopback
                health = response.read().decode()
        print(f"EMAIL_TIMEOUT={options.email_timeout} s, {options.requests} POST /volgen/ per phase, 2 sync workers")
        print(f"{'mail server':<12} {'median ms':>10} {'max ms':>8}")
        for label, median, longest in rows:
            print(f"{label:<12} {median:>10.0f} {longest:>8.0f}")
        wanted = [*addresses, "warm@example.org", "warm2@example.org"]
        once = all(received.count(address) == 1 for address in wanted)
        print(f"mails: {len(received)} received of {len(wanted)} queued, each exactly once: {once}")
        print(f"hanging server: {hanging.connections} connection(s) accepted; /healthz afterwards: {health}")
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
