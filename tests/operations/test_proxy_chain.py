"""The site behind the proxies docs/deploy.md draws, all real processes: nginx
with deploy/nginx.conf (TLS, a throwaway self-signed certificate) → Varnish
with deploy/varnish.vcl → gunicorn with deploy/gunicorn.conf.py and the
production settings (`TRUSTED_PROXY_COUNT=2`, Redis as the shared cache).

Visitors connect from their own loopback addresses (127.0.0.2 and
127.0.0.3; the proxies talk to each other from 127.0.0.1). Issue 19: each
visitor has their own form limits and lockout, and the security log names
them. Issue 25: the headers a client sends (SCRIPT_NAME, PATH_INFO,
X-Original-URL, X-Rewrite-URL, X-Forwarded-*) move nothing, whether they
come through the TLS proxy, reach Varnish as through a proxy that passes
every header, or reach gunicorn from the address it trusts."""

import http.client
import http.cookies
import os
import re
import secrets
import shutil
import ssl
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

import pytest
import redis as redis_client
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from articles.models import EventPage
from articles.permissions import EDITORS, REVIEWERS

from ..contact_form import GOOD, make_contact_page
from ..factories import SiteTree, make_content
from ..servers import ROOT, RedisServer, free_port, gunicorn, nginx, varnish
from .test_frontend_cache import database_url_of_test_db

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

VISITOR, OTHER_VISITOR = "127.0.0.2", "127.0.0.3"
# The TLS proxy and Varnish connect from here; Varnish's `tls_proxies` ACL and
# gunicorn's `forwarded_allow_ips` name it.
PROXY_ADDRESS = "127.0.0.1"
PASSWORD = "een-lang-geheim-wachtwoord"
# The throwaway certificate is self-signed.
UNVERIFIED_TLS = ssl._create_unverified_context()  # noqa: S323


class Chain:
    """The three hops' base URLs, the site's log and its Redis."""

    def __init__(self, tls, cache, app, log, redis):
        self.tls, self.cache, self.app, self.log_path, self.redis = tls, cache, app, log, redis
        self.event = None

    def log(self):
        return self.log_path.read_text(errors="replace")


def site_env(database_url, workdir, tls_port, redis_url):
    """The site as production runs it behind deploy/'s two proxies."""
    return {
        **{key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "SEARCH_URL")},
        "DJANGO_SETTINGS_MODULE": "overheidvannu.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{tls_port}",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "TRUSTED_PROXY_COUNT": "2",
        # Mail waits in the task queue (no worker here), so the forms can send.
        "TASKS_BACKEND": "database",
        "EMAIL_HOST": "127.0.0.1",
        # Each request reads this process's changes to the database afresh.
        "CONTENT_CACHE_SECONDS": "0",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture(scope="module")
def chain(restore_migrated_data, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        database_url = database_url_of_test_db()
    workdir = Path(tempfile.mkdtemp(prefix="ovn-proxy-chain-"))
    tls_port = free_port()
    redis = RedisServer()
    try:
        env = site_env(database_url, workdir, tls_port, redis.url)
        command = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"]
        subprocess.run(command, cwd=ROOT, env=env, check=True, timeout=300)
        log = workdir / "site.log"
        with (
            gunicorn(env, workers=2, log=log) as (app, app_port),
            varnish(app_port) as cache,
            nginx(_host_port(cache)[1], port=tls_port) as tls,
        ):
            yield Chain(tls, cache, app, log, redis)
    finally:
        redis.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def site(chain):
    """The chain with a fresh site: nothing counted, nothing cached."""
    redis_client.Redis.from_url(chain.redis.url).flushall()
    purge = http.client.HTTPConnection(*_host_port(chain.cache), timeout=10)
    purge.request("PURGE", "/", headers={"xkey-purge": "all"})
    assert purge.getresponse().status == 200
    tree = SiteTree()
    make_contact_page(tree)
    chain.event = make_content(tree, EventPage, "Regiodag Achterhoek")
    return chain


def _host_port(base):
    parts = urllib.parse.urlsplit(base)
    return parts.hostname, parts.port


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def __repr__(self):
        return f"<{self.status} {self.headers.get('Location', '')} {self.body[:120]!r}>"

    def title(self):
        match = re.search(r"<title>(.*?)</title>", self.body, re.S)
        return match.group(1).strip() if match else ""

    def field(self, name):
        match = re.search(rf'name="{name}" value="([^"]*)"', self.body)
        assert match, f"no {name} in {self!r}"
        return match.group(1)


class Visitor:
    """A client at its own source address that keeps its cookies, whichever
    hop it talks to."""

    def __init__(self, address):
        self.address = address
        self.cookies = {}

    def request(self, base, method, path, data=None, headers=None, source=None):
        host, port = _host_port(base)
        source_address = (source or self.address, 0)
        if base.startswith("https:"):
            conn = http.client.HTTPSConnection(
                host, port, source_address=source_address, context=UNVERIFIED_TLS, timeout=30
            )
        else:
            conn = http.client.HTTPConnection(host, port, source_address=source_address, timeout=30)
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers.setdefault("Origin", base)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            for line in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in http.cookies.SimpleCookie(line).items():
                    if morsel.value:
                        self.cookies[name] = morsel.value
                    else:
                        self.cookies.pop(name, None)
            return Response(response.status, response.headers, response.read().decode(errors="replace"))
        finally:
            conn.close()

    def get(self, base, path, **kwargs):
        return self.request(base, "GET", path, **kwargs)

    def post(self, base, path, data, **kwargs):
        return self.request(base, "POST", path, data=data, **kwargs)

    def send_tip(self, base, headers=None):
        form = self.get(base, "/contact/")
        data = {**GOOD, "csrfmiddlewaretoken": form.field("csrfmiddlewaretoken")}
        return self.post(base, "/contact/", data, headers=headers)

    def follow(self, base, email):
        form = self.get(base, "/volgen/")
        data = {
            "filters": "",
            "email": email,
            "frequency": "wekelijks",
            "csrfmiddlewaretoken": form.field("csrfmiddlewaretoken"),
        }
        return self.post(base, "/volgen/", data)

    def sign_in(self, base, username, password=PASSWORD, headers=None, source=None):
        form = self.get(base, "/admin/login/", source=source, headers=headers)
        data = {
            "username": username,
            "password": password,
            "next": "/admin/",
            "csrfmiddlewaretoken": form.field("csrfmiddlewaretoken"),
        }
        return self.post(base, "/admin/login/", data, headers=headers, source=source)


def make_user(django_user_model, username, group=None):
    """A user whose password the site checks as production stores it (the
    test settings' fast hasher is unknown to the production settings)."""
    hasher = PBKDF2PasswordHasher()
    user = django_user_model.objects.create(
        username=username, email=f"{username}@example.org", password=hasher.encode(PASSWORD, hasher.salt())
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


# --- One address per visitor (issue 19) ---------------------------------------


def test_one_visitor_using_up_the_contact_form_leaves_it_open_to_the_next(site):
    visitor, other = Visitor(VISITOR), Visitor(OTHER_VISITOR)
    statuses = [visitor.send_tip(site.tls).status for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    answer = other.send_tip(site.tls)
    assert answer.status == 200
    assert "Bedankt" in answer.body


def test_one_visitor_using_up_the_alerts_form_leaves_it_open_to_the_next(site):
    visitor, other = Visitor(VISITOR), Visitor(OTHER_VISITOR)
    statuses = [visitor.follow(site.tls, f"lezer{n}@example.org").status for n in range(31)]
    assert statuses == [303] * 30 + [429]
    assert other.follow(site.tls, "buur@example.org").status == 303


def test_failed_logins_lock_out_the_visitor_who_made_them_and_the_log_names_them(site, django_user_model):
    make_user(django_user_model, "alfa", EDITORS)
    make_user(django_user_model, "bravo", EDITORS)
    visitor, other = Visitor(VISITOR), Visitor(OTHER_VISITOR)
    forged = {"X-Forwarded-For": OTHER_VISITOR}
    statuses = [visitor.sign_in(site.tls, "alfa", "fout", headers=forged).status for _ in range(5)]
    assert statuses == [200] * 4 + [429]
    # The same visitor, past the TLS proxy straight to Varnish, saying it is https and the other visitor.
    token = visitor.get(site.tls, "/admin/login/").field("csrfmiddlewaretoken")
    for _ in range(5):
        data = {"username": "charlie", "password": "fout", "csrfmiddlewaretoken": token}
        visitor.post(
            site.cache, "/admin/login/", data, headers={**forged, "X-Forwarded-Proto": "https", "Origin": site.tls}
        )

    assert visitor.sign_in(site.tls, "alfa").status == 429
    # The other visitor, a colleague with their own name, is not locked out.
    answer = other.sign_in(site.tls, "bravo")
    assert answer.status == 302, answer
    assert other.get(site.tls, "/admin/").status == 200

    failures = [line for line in site.log().splitlines() if "inlogpoging" in line or "Inlogblokkade" in line]
    assert failures, "failed logins are logged"
    assert all(f"adres={VISITOR}" in line for line in failures), failures
    assert not any(OTHER_VISITOR in line or PROXY_ADDRESS in line for line in failures), failures


def test_a_made_up_forwarding_header_changes_no_visitor_s_address(site):
    visitor, other = Visitor(VISITOR), Visitor(OTHER_VISITOR)
    for n in range(5):
        assert visitor.send_tip(site.tls, headers={"X-Forwarded-For": f"198.51.100.{n}"}).status == 200
    assert visitor.send_tip(site.tls, headers={"X-Forwarded-For": "198.51.100.99, 10.0.0.1"}).status == 429
    assert other.send_tip(site.tls).status == 200
    # Straight to Varnish, not from the TLS proxy: forwarding headers are its own, so
    # claiming https (or anyone's address) gets the redirect to https, not the page.
    answer = other.get(site.cache, "/contact/", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": VISITOR})
    assert answer.status == 301
    assert answer.headers["Location"].startswith("https://")


# --- Path headers move nothing (issue 25) --------------------------------------

PATH_HEADERS = [
    {"SCRIPT_NAME": "/x"},
    {"PATH_INFO": "/admin/"},
    {"X-Original-URL": "/admin/"},
    {"X-Rewrite-URL": "/admin/"},
]


def entry_points(chain):
    """Where a client's headers could enter: the TLS proxy; Varnish, as behind a
    TLS proxy that passes every header; gunicorn, from the address it trusts.
    Past the TLS proxy the request says what that proxy would: https, and the
    public host name (part of the cache's key)."""
    https = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1"}
    return [
        ("TLS proxy", chain.tls, None, {}),
        ("Varnish", chain.cache, PROXY_ADDRESS, https),
        ("gunicorn", chain.app, PROXY_ADDRESS, https),
    ]


def test_a_script_name_header_does_not_skip_the_second_factor(site, django_user_model):
    reviewer = make_user(django_user_model, "eindredacteur", REVIEWERS)
    TOTPDevice.objects.create(user=reviewer, name="Authenticator-app", confirmed=True)
    visitor = Visitor(VISITOR)
    signed_in = visitor.sign_in(site.tls, "eindredacteur")
    assert signed_in.status == 302, signed_in
    home = visitor.get(site.tls, "/admin/")
    assert home.status == 302
    assert "tweestapsverificatie/controleren" in home.headers["Location"]
    for where, base, source, extra in entry_points(site):
        for headers in PATH_HEADERS:
            for path in ("/x/admin/", "/admin/"):
                answer = visitor.get(base, path, source=source, headers={**extra, **headers})
                assert answer.status != 200, f"{where} {path} {headers}: {answer!r}"
                assert "Dashboard" not in answer.body


def test_path_headers_leave_nothing_in_the_cache_for_the_next_visitor(site):
    probes = [
        ("/kennisbank/", "Kennisbank", {"SCRIPT_NAME": "/kennisbank"}),
        (site.event.url, "Regiodag Achterhoek", {"SCRIPT_NAME": "/agenda"}),
        ("/kennisbank/", "Kennisbank", {"PATH_INFO": "/"}),
        ("/kennisbank/", "Kennisbank", {"X-Original-URL": "/"}),
        ("/kennisbank/", "Kennisbank", {"X-Rewrite-URL": "/"}),
    ]
    for where, base, source, extra in entry_points(site)[:2]:
        for path, title, headers in probes:
            url = f"{path}?bezoek={secrets.token_hex(4)}"
            Visitor(VISITOR).get(base, url, source=source, headers={**extra, **headers})
            clean = Visitor(OTHER_VISITOR).get(site.tls, url)
            assert clean.status == 200, f"{where} {headers}: {clean!r}"
            assert clean.title().startswith(title), f"{where} {headers}: {clean.title()!r}"
