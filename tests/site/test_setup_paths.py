"""The two ways the site starts: `make run` on SQLite (search included), and production settings.

Each test runs `manage.py` in a subprocess, as a new engineer or the deploy
would, so what is proven is the real command line, not the test settings.
"""

import json
import os
import shutil
import subprocess
import sys

import pytest

from ..demo_sites import COMMAND_TIMEOUT, PYTHON, ROOT, clean_env, manage
from ..demo_sites import migrated_sqlite as migrate_sqlite

LONG_SECRET_KEY = "setup-path-test-" + "k3y-w1th-3nough-3ntr0py-" * 3


@pytest.fixture(scope="module")
def migrated_sqlite(tmp_path_factory):
    """An SQLite database file with every migration applied by `manage.py
    migrate` with `make run`'s settings (scripts/test.sh's template, or made
    once for the module); each test works on a copy. `make run`'s whole path,
    `load_demo` and the served site included, is crawled by tests/test_crawl.py."""
    database = tmp_path_factory.mktemp("sqlite") / "migrated.sqlite3"
    migrate_sqlite(database)
    return database


def test_ensure_dev_admin_refuses_outside_debug(tmp_path):
    env = clean_env(
        DJANGO_SETTINGS_MODULE="overheidvannu.settings.production",
        SECRET_KEY=LONG_SECRET_KEY,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    result = manage("ensure_dev_admin", env=env)
    assert result.returncode != 0
    assert "DEBUG" in result.stderr


def test_production_refuses_to_start_without_secret_key():
    env = clean_env(DJANGO_SETTINGS_MODULE="overheidvannu.settings.production")
    result = subprocess.run(
        [PYTHON, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    message = result.stderr.strip()
    assert "SECRET_KEY" in message
    # One clear line, not a traceback.
    assert "\n" not in message, message


def test_production_reads_mail_settings_from_the_environment():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "overheidvannu.settings.production",
        "SECRET_KEY": "x" * 50,
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_PORT": "2525",
        "EMAIL_HOST_USER": "redactie",
        "EMAIL_HOST_PASSWORD": "geheim",
        "EMAIL_USE_TLS": "0",
        "DEFAULT_FROM_EMAIL": "Redactie <redactie@example.org>",
    }
    code = (
        "from django.conf import settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_USE_TLS, s.DEFAULT_FROM_EMAIL, "
        "s.MAIL_TRANSPORT_BACKEND)"
    )
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split(" ", 4)[:4] == ["smtp.example.org", "2525", "redactie", "False"]
    assert "Redactie <redactie@example.org>" in out.stdout
    assert out.stdout.strip().endswith("django.core.mail.backends.smtp.EmailBackend")


def test_production_settings_with_a_task_worker_pass_the_deploy_checks(tmp_path):
    env = clean_env(
        DJANGO_SETTINGS_MODULE="overheidvannu.settings.production",
        SECRET_KEY=LONG_SECRET_KEY,
        ALLOWED_HOSTS="overheidvannu.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        TASKS_BACKEND="database",
    )
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_deploy_checks_ask_for_a_task_worker(settings):
    """A lone gunicorn works (tasks run in the request), but a deploy is told
    to run the worker: `check --deploy` warns, and fails with
    `--fail-level WARNING` as scripts/test.sh and docs/deploy.md run it."""
    from django.core.checks import run_checks

    settings.TASKS = {**settings.TASKS, "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert run_checks(tags=["tasks"]) == [], "only a deploy check"
    (warning,) = run_checks(include_deployment_checks=True, tags=["tasks"])
    assert warning.id == "overheidvannu.W010"
    assert "db_worker" in warning.hint and "TASKS_BACKEND=database" in warning.hint

    settings.TASKS = {**settings.TASKS, "default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    assert run_checks(include_deployment_checks=True, tags=["tasks"]) == []


# --- the embedded SQLite path (`make run`) -----------------------------------

SQLITE_SCRIPT = r"""
import json, os, re, sys
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client
from articles.models import StoryPage
from tests.factories import SiteTree, make_content, make_region, make_theme
tree = SiteTree()
region = make_region(tree, "Achterhoek", characterisation="<p>Een streek van acht gemeenten.</p>")
theme = make_theme("Energietransitie", description="Over warmtenetten en zon.")
make_content(tree, StoryPage, "Zonnevelden op boerenland", intro="Een coöperatie legt zonnepanelen aan.",
             themes=[theme], regions=[region])
for n in range(3):
    make_content(tree, StoryPage, f"Verhaal {n}", intro="Over de Achterhoek en de energietransitie.")
tree.add_standard_page("Over ons", "over", body=[("paragraph", "<p>De redactie zit in Den Haag.</p>")])
client, out = Client(), {}
for url in ("/zoeken/?q=zonnepanelen", "/zoeken/?q=achterhoek&thema=energietransitie", "/zoeken/?q=xyzzy",
            "/zoeken/?q=%00%26%7C", "/zoeken/suggesties/?q=zonn", "/zoeken/?q=achterhoek",
            "/zoeken/?q=energietransitie+achterhoek", "/zoeken/?q=streek", "/zoeken/?q=warmtenetten",
            "/zoeken/?q=haag", "/zoeken/suggesties/?q=achter"):
    response = client.get(url)
    body = response.content.decode()
    out[url] = [response.status_code, re.findall(r'id="resultaten-aantal">([^<]*)', body),
                body if "suggesties" in url else re.findall(r"<mark>[^<]*</mark>", body),
                re.findall(r'<li class="ovn-result">\s*<h3[^>]*><a href="([^"]*)">[^<]*</a></h3>\s*'
                           r'<p class="ovn-result__meta"><span class="ovn-result__kind">([^<]*)<', body)]
print("RESULT" + json.dumps(out))
"""


def test_search_works_on_the_embedded_sqlite_database(migrated_sqlite, tmp_path):
    database = tmp_path / "db.sqlite3"
    shutil.copyfile(migrated_sqlite, database)
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "overheidvannu.settings.dev",
        "PYTHONPATH": str(ROOT),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    env.pop("SEARCH_URL", None)
    completed = subprocess.run(
        [PYTHON, "-c", SQLITE_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    out = json.loads(completed.stdout.split("RESULT", 1)[1])
    assert out["/zoeken/?q=zonnepanelen"] == [
        200,
        ["1 resultaat"],
        ["<mark>zonnepanelen</mark>"],
        [["/verhalen/zonnevelden-op-boerenland/", "Verhaal"]],
    ]
    assert out["/zoeken/?q=achterhoek&thema=energietransitie"][:2] == [200, ["1 resultaat"]]
    assert out["/zoeken/?q=xyzzy"][:2] == [200, ["0 resultaten"]]
    assert out["/zoeken/?q=%00%26%7C"][0] == 200
    suggestions = out["/zoeken/suggesties/?q=zonn"]
    assert suggestions[0] == 200
    assert json.loads(suggestions[2]) == [
        {"title": "Zonnevelden op boerenland", "url": "/verhalen/zonnevelden-op-boerenland/", "kind": "Verhaal"}
    ]
    # The same pages and ranking as on PostgreSQL: the region named by the query first, content
    # linked to both names before the pages that only mention them, each kind found by its own text.
    assert out["/zoeken/?q=achterhoek"][1] == ["5 resultaten"]
    assert out["/zoeken/?q=achterhoek"][3][0] == ["/regios/achterhoek/", "Regio"]
    assert out["/zoeken/?q=energietransitie+achterhoek"][3][0] == ["/verhalen/zonnevelden-op-boerenland/", "Verhaal"]
    assert out["/zoeken/?q=streek"][3] == [["/regios/achterhoek/", "Regio"]]
    assert out["/zoeken/?q=warmtenetten"][3] == [["/thema/energietransitie/", "Thema"]]
    assert out["/zoeken/?q=haag"][3] == [["/over/", "Pagina"]]
    assert json.loads(out["/zoeken/suggesties/?q=achter"][2])[0] == {
        "title": "Achterhoek",
        "url": "/regios/achterhoek/",
        "kind": "Regio",
    }
