"""Real servers for tests and benchmarks: gunicorn, varnishd, nginx (the TLS
proxy), redis-server, a task worker, and the one SMTP server of the tests
(aiosmtpd) with the helpers that point the site's mail at it, at a mail
server that is down (refuses the connection), or at one that hangs (accepts
it and never answers).

Each starts on a free loopback port, is waited for, and is stopped (a process
by its own id) when its context ends.
"""

import contextlib
import email
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from email import policy
from pathlib import Path

from .clock import python_command

ROOT = Path(__file__).resolve().parent.parent
VCL = ROOT / "deploy" / "varnish.vcl"
BACKEND_LINE = '.port = "8000";'


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url, timeout=30, process=None, log=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{url}: server exited ({process.returncode}): {_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - loopback test server
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout} s: {_tail(log)}")


def _tail(log):
    if log is None:
        return ""
    try:
        return Path(log).read_text()[-2000:]
    except OSError:
        return ""


def _stop(process, timeout=10):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def varnishd_path():
    return shutil.which("varnishd") or ("/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None)


@contextlib.contextmanager
def varnish(backend_port, *, memory="64m"):
    """A real varnishd with deploy/varnish.vcl, its backend line rewritten to
    `backend_port`; yields its base URL."""
    binary = varnishd_path()
    if binary is None:
        raise RuntimeError("varnishd not found: install Debian's varnish and varnish-modules (make test does).")
    vcl_text = VCL.read_text()
    assert BACKEND_LINE in vcl_text, 'deploy/varnish.vcl must name its backend port as .port = "8000";'
    workdir = Path(tempfile.mkdtemp(prefix="ovn-varnish-"))
    # varnishd drops privileges: its work folder must be readable by its users.
    workdir.chmod(0o755)
    vcl = workdir / "site.vcl"
    vcl.write_text(vcl_text.replace(BACKEND_LINE, f'.port = "{backend_port}";'))
    port = free_port()
    log = workdir / "varnishd.log"
    command = [binary, "-F", "-n", str(workdir / "n"), "-a", f"127.0.0.1:{port}", "-T", "127.0.0.1:0"]
    command += ["-f", str(vcl), "-s", f"malloc,{memory}", "-p", "default_ttl=60"]
    with open(log, "w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/healthz", timeout=60, process=process, log=log)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)
        shutil.rmtree(workdir, ignore_errors=True)


NGINX_SITE = ROOT / "deploy" / "nginx.conf"
# The lines of deploy/nginx.conf a test changes: its own ports, no IPv6
# (not every test machine has it), a throwaway certificate.
NGINX_LINES = {
    "listen 80;": "listen 127.0.0.1:{http_port};",
    "listen [::]:80;": "",
    "listen 443 ssl http2;": "listen 127.0.0.1:{port} ssl http2;",
    "listen [::]:443 ssl http2;": "",
    "ssl_certificate     /etc/ssl/certs/overheidvannu.pem;": "ssl_certificate     {workdir}/cert.pem;",
    "ssl_certificate_key /etc/ssl/private/overheidvannu.key;": "ssl_certificate_key {workdir}/key.pem;",
    "server 127.0.0.1:6081;": "server 127.0.0.1:{upstream_port};",
}


def nginx_path():
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


@contextlib.contextmanager
def nginx(upstream_port, *, port=None):
    """A real nginx with deploy/nginx.conf, the TLS proxy: https on
    127.0.0.1:`port` (a free one by default) with a throwaway self-signed
    certificate, in front of 127.0.0.1:`upstream_port`. Yields its base URL."""
    binary = nginx_path()
    if binary is None:
        raise RuntimeError("nginx not found: install Debian's nginx (scripts/test.sh does as root).")
    port = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="ovn-nginx-"))
    # nginx's workers drop privileges: they must read the certificate.
    workdir.chmod(0o755)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"]
        + ["-keyout", str(workdir / "key.pem"), "-out", str(workdir / "cert.pem")],
        check=True,
        capture_output=True,
    )
    (workdir / "key.pem").chmod(0o644)
    site = NGINX_SITE.read_text()
    values = {"http_port": free_port(), "port": port, "workdir": workdir, "upstream_port": upstream_port}
    for line, replacement in NGINX_LINES.items():
        assert line in site, f"deploy/nginx.conf must contain the line {line!r}"
        site = site.replace(line, replacement.format(**values))
    (workdir / "site.conf").write_text(site)
    temp = "\n".join(
        f"    {kind}_temp_path {workdir / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (workdir / "nginx.conf").write_text(
        f"daemon off;\nworker_processes 1;\npid {workdir / 'nginx.pid'};\n"
        f"error_log {workdir / 'error.log'} warn;\n"
        "events { worker_connections 256; }\n"
        f"http {{\n    access_log off;\n{temp}\n    include {workdir / 'site.conf'};\n}}\n"
    )
    log = workdir / "nginx.log"
    command = [binary, "-p", str(workdir), "-c", str(workdir / "nginx.conf"), "-e", str(workdir / "error.log")]
    with open(log, "w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not start: {_tail(log)} {_tail(workdir / 'error.log')}")
            time.sleep(0.05)
        yield f"https://127.0.0.1:{port}"
    finally:
        _stop(process)
        shutil.rmtree(workdir, ignore_errors=True)


def site_env(database_url, settings_module="overheidvannu.settings.test", **extra):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, "DATABASE_URL": database_url}
    env.update({key: str(value) for key, value in extra.items()})
    return env


@contextlib.contextmanager
def gunicorn(env, *, workers=2, port=None, extra_args=(), log=None):
    """gunicorn with deploy/gunicorn.conf.py; yields (base URL, port). Its
    output (the site's log) goes to `log` when given, kept after the end."""
    port = port or free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers)}
    keep_log = log is not None
    log = Path(log) if keep_log else Path(tempfile.mkstemp(prefix="ovn-gunicorn-", suffix=".log")[1])
    command = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "deploy" / "gunicorn.conf.py"), *extra_args]
    command.append("overheidvannu.wsgi")
    with open(log, "w") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/healthz", timeout=60, process=process, log=log)
        yield f"http://127.0.0.1:{port}", port
    finally:
        _stop(process)
        if not keep_log:
            log.unlink(missing_ok=True)


def run_worker(env, *, timeout=60, extra_args=()):
    """Run the real task worker (`manage.py db_worker --batch`): it runs
    every task that is due and exits. Returns the completed process. It runs
    on the tests' clock (tests/clock.py): what is due is what the tests queued
    for "now"."""
    command = python_command("manage.py", "db_worker", "--batch", "--interval", "0.2", *extra_args)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False)


class RedisServer:
    """A real redis-server on a free loopback port, in memory only; `stop()`
    ends it (the fault tests stop it under a running site)."""

    def __init__(self):
        binary = shutil.which("redis-server")
        if not binary:
            raise RuntimeError("redis-server not found: scripts/test.sh installs Debian's 'redis-server' as root.")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("redis-server did not start")

    def key_count(self):
        import redis

        return redis.Redis.from_url(self.url).dbsize()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


# --- mail ----------------------------------------------------------------------

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
QUEUED_BACKEND = "overheidvannu.operations.mail.QueuedEmailBackend"


class Inbox:
    """What the test SMTP server received: one `email.message.EmailMessage`
    per mail, with the envelope's recipients as `.recipients`. Addresses in
    `refuse` are refused for good (550), as for a mailbox that does not exist."""

    def __init__(self, port, refuse=()):
        self.port = port
        self.messages = []
        self.refuse = set(refuse)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd's hook name)
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        message.recipients = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted"

    def pop_all(self):
        messages, self.messages = self.messages, []
        return messages

    def wait_for_message(self, matches, timeout=15):
        """The first message for which `matches(message)` holds, once it has
        come (None when the time is up). For a server that other tests' mail
        reaches too, a late one included."""
        deadline = time.monotonic() + timeout
        while True:
            found = next((message for message in list(self.messages) if matches(message)), None)
            if found is not None or time.monotonic() >= deadline:
                return found
            time.sleep(0.1)

    def wait_for(self, count, timeout=15):
        """The messages once there are `count` of them (or the time is up)."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.messages


def mail_text(message):
    """The plain-text part of a received mail (an `email.message.EmailMessage`)."""
    return message.get_body(("plain",)).get_content()


@contextlib.contextmanager
def smtp_server(port=None, refuse=()):
    """A real SMTP server (aiosmtpd, plain, no login) on 127.0.0.1:`port`, a
    free port by default; yields its Inbox. Started again on the same port, a
    test has the mail server down first and up later."""
    # A test tool (requirements-dev.txt); the benchmarks import this module without it.
    from aiosmtpd.controller import Controller

    inbox = Inbox(port or free_port(), refuse)
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


class HangingServer:
    """Accepts every TCP connection on 127.0.0.1:`port` and never says a word
    (a mail server that hangs); `connections` counts what it accepted."""

    def __init__(self, port):
        import threading

        self.connections = 0
        self._held = []
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", port))
        self._listener.listen(64)
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return  # closed
            self._held.append(conn)
            self.connections += 1

    def close(self):
        # shutdown() wakes the accept() waiting in the other thread.
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self._thread.join(5)
        for conn in self._held:
            conn.close()


@contextlib.contextmanager
def hanging_smtp_server(port):
    """A mail server that accepts the connection and never answers, on
    127.0.0.1:`port` (where `smtp_server` can start a real one later)."""
    server = HangingServer(port)
    try:
        yield server
    finally:
        server.close()


def use_smtp(settings, port, *, queued=False, timeout=5):
    """Point this process's mail (pytest-django's `settings`) at 127.0.0.1:`port`
    over plain SMTP: sent directly, or with `queued` through the task queue as
    in production. Returns the port."""
    if queued:
        settings.EMAIL_BACKEND = QUEUED_BACKEND
        settings.MAIL_TRANSPORT_BACKEND = SMTP_BACKEND
    else:
        settings.EMAIL_BACKEND = SMTP_BACKEND
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, timeout
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    return port


def mail_server_down(settings, **options):
    """The site's mail pointed at a free port where nothing listens: the mail
    server is down. Returns the port, where `smtp_server` can start it later."""
    return use_smtp(settings, free_port(), **options)


def smtp_env(port, *, queued=False):
    """Environment for a server process (a task worker) whose mail goes to
    127.0.0.1:`port` over plain SMTP, through the task queue with `queued`."""
    env = {"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": port, "EMAIL_USE_TLS": "0"}
    env.update(EMAIL_HOST_USER="", EMAIL_HOST_PASSWORD="")
    if queued:
        env["TEST_EMAIL_BACKEND"] = QUEUED_BACKEND
    return env
