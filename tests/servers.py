"""Real servers for tests and benchmarks: gunicorn, varnishd, redis-server, a task worker.

Each starts on a free loopback port in its own process, is waited for, and is
stopped (by its own process id) when its context ends.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

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


def site_env(database_url, settings_module="overheidvannu.settings.test", **extra):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, "DATABASE_URL": database_url}
    env.update({key: str(value) for key, value in extra.items()})
    return env


@contextlib.contextmanager
def gunicorn(env, *, workers=2, port=None, extra_args=()):
    """gunicorn with deploy/gunicorn.conf.py; yields (base URL, port)."""
    port = port or free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers)}
    log = Path(tempfile.mkstemp(prefix="ovn-gunicorn-", suffix=".log")[1])
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
        log.unlink(missing_ok=True)


def run_worker(env, *, timeout=60, extra_args=()):
    """Run the real task worker (`manage.py db_worker --batch`): it runs
    every task that is due and exits. Returns the completed process."""
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--interval", "0.2", *extra_args]
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
