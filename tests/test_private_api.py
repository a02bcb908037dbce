"""The private names tests/private_api.py leans on still do what the suite
needs; when an upgrade renames or changes one, these fail and say which."""

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django_tasks.signals import task_enqueued

from articles.models import StoryPage

from .factories import make_content

REPO = Path(__file__).resolve().parent.parent

# --- pytest-xdist ---------------------------------------------------------------------

GROUPED_CONFTEST = f"""
import sys

sys.path.insert(0, {str(REPO)!r})
from tests.private_api import group_scheduler


def pytest_xdist_make_scheduler(config, log):
    together = ("test_a.py", "test_b.py")
    return group_scheduler(config, log, lambda nodeid: "samen" if nodeid.startswith(together) else nodeid)
"""

MARKED_TESTS = """
import time

import pytest

pytestmark = pytest.mark.xdist_group("samen")
"""


def workers_of(tmp_path, *, conftest="", marked=False):
    """Run three small test modules on two xdist workers with `--dist
    loadgroup`; {module: set of the workers that ran its tests}."""
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "conftest.py").write_text(conftest)
    for name in "abc":
        header = MARKED_TESTS if marked and name in "ab" else "import time\n"
        tests = "".join(f"\n\ndef test_{n}():\n    time.sleep(0.05)\n" for n in range(4))
        (tmp_path / f"test_{name}.py").write_text(header + tests)
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-v", "-p", "no:django"]
        + ["-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ran = {}
    for worker, module in re.findall(r"\[(gw\d)\] .*PASSED (test_\w)\.py::", result.stdout):
        ran.setdefault(module, set()).add(worker)
    assert sum(1 for _ in re.finditer(r"PASSED", result.stdout)) == 12, result.stdout
    return ran


def test_xdist_still_decides_a_tests_group_by_split_scope():
    from xdist.scheduler import LoadScopeScheduling

    split_scope = getattr(LoadScopeScheduling, "_split_scope", None)
    assert callable(split_scope), "xdist renamed LoadScopeScheduling._split_scope: see tests/private_api.py"
    assert list(inspect.signature(split_scope).parameters) == ["self", "nodeid"]


def test_the_suites_groups_run_whole_on_one_worker(tmp_path):
    ran = workers_of(tmp_path, conftest=GROUPED_CONFTEST)
    assert len(ran["test_a"] | ran["test_b"]) == 1, f"the group was split over workers: {ran}"


def test_xdist_group_marks_are_still_ignored_so_the_private_scheduler_is_still_needed(tmp_path):
    """When this fails, xdist groups `xdist_group` marks again: mark the groups in
    `pytest_collection_modifyitems` and drop `group_scheduler` (tests/private_api.py)."""
    ran = workers_of(tmp_path, marked=True)
    assert len(ran["test_a"] | ran["test_b"]) == 2, f"xdist_group marks group again: {ran}"


# --- modelsearch -----------------------------------------------------------------------


@pytest.fixture
def indexing_tasks():
    queued = []

    def note(sender, task_result, **kwargs):
        queued.append(task_result.task.module_path)

    task_enqueued.connect(note)
    yield queued
    task_enqueued.disconnect(note)


INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"


@pytest.mark.django_db
def test_saving_a_page_costs_no_indexing_while_no_search_backend_auto_updates(tree, indexing_tasks):
    make_content(tree, StoryPage, "Samen bouwen")
    assert INDEX_TASK not in indexing_tasks, "modelsearch's save handler changed: see tests/private_api.py"


@pytest.mark.django_db
def test_saving_a_page_indexes_it_while_the_search_backend_auto_updates(tree, search_index, indexing_tasks):
    make_content(tree, StoryPage, "Samen bouwen")
    assert INDEX_TASK in indexing_tasks


# --- Django ---------------------------------------------------------------------------


def test_django_still_keeps_the_migrated_contents_where_the_suite_reads_them():
    from django.db.backends.base import creation
    from django.test import testcases

    for module in (creation, testcases):
        assert "_test_serialized_contents" in inspect.getsource(module), (
            f"{module.__name__} no longer uses connection._test_serialized_contents: see tests/private_api.py"
        )
