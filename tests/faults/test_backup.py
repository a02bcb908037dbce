"""`manage.py backup` and `manage.py restore` (issue 9, Backups).

A filled site (pages, a draft revision, an image with a rendition, a
document, users, a page in review) on a database of its own: backed up
with the real pg_dump, wiped (database dropped, media folder deleted),
restored with the real pg_restore, and compared with what it was. A
non-empty target is refused unless --force.
"""

import json
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import psycopg
import pytest

from .conftest import REPO, site_env


def manage(args, env, check=True):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    if check and result.returncode != 0:
        pytest.fail(f"manage.py {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


# Everything the test expects back, read from the tables themselves.
SNAPSHOT_QUERIES = {
    "pages": "SELECT id, url_path, live, title FROM wagtailcore_page",
    "revisions": "SELECT id, object_id, object_str FROM wagtailcore_revision",
    "images": "SELECT id, title, file FROM wagtailimages_image",
    "renditions": "SELECT id, image_id, filter_spec, file FROM wagtailimages_rendition",
    "documents": "SELECT id, title, file FROM wagtaildocs_document",
    "users": "SELECT id, username, password, is_superuser FROM auth_user",
    "workflow_states": "SELECT id, object_id, status FROM wagtailcore_workflowstate",
}


def snapshot(cluster, name, workdir):
    """The site's rows, and whether each stored file is in its media folder."""
    with psycopg.connect(cluster.url(name)) as conn:
        found = {key: sorted(map(list, conn.execute(query).fetchall())) for key, query in SNAPSHOT_QUERIES.items()}
    media = Path(workdir) / "media"
    for key, table in (("image_files", "images"), ("rendition_files", "renditions"), ("document_files", "documents")):
        found[key] = {row[-1]: (media / row[-1]).is_file() for row in found[table]}
    return found


@pytest.fixture
def site(fault_site):
    """A copy of the filled test site: (cluster, database name, env, workdir)."""
    cluster, template_dir = fault_site
    name = cluster.copy_of_template()
    workdir = Path(tempfile.mkdtemp(prefix="ovn-backup-test-"))
    shutil.copytree(template_dir / "media", workdir / "media")
    env = site_env(cluster.url(name), workdir)
    try:
        yield cluster, name, env, workdir
    finally:
        cluster.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


def test_backup_wipe_restore_brings_everything_back(site):
    cluster, name, env, workdir = site
    before = snapshot(cluster, name, workdir)
    # The site is what the issue asks to find again.
    assert len(before["pages"]) >= 10 and len(before["revisions"]) >= 5
    assert before["images"] and before["documents"] and before["workflow_states"] and len(before["users"]) == 2
    assert before["rendition_files"] and all(before["image_files"].values())
    assert all(before["rendition_files"].values()) and all(before["document_files"].values())

    backups = workdir / "backups"
    result = manage(["backup", "--output", str(backups)], env)
    archive = Path(result.stdout.strip().splitlines()[-1])
    assert archive.parent == backups and archive.name.endswith(".tar.gz")
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600, "the archive holds password hashes"
    assert "Backup written" in result.stderr

    with tarfile.open(archive) as tar:
        members = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
        dump_head = tar.extractfile("database.dump").read(5)
    assert members[:2] == ["manifest.json", "database.dump"]
    assert dump_head == b"PGDMP", "pg_dump's custom format"
    for files in ("image_files", "rendition_files", "document_files"):
        for media_name in before[files]:
            assert f"media/{media_name}" in members
    assert manifest["format"] == 1 and manifest["created_at"].endswith("Z") and manifest["app_version"]
    assert manifest["counts"]["pages"] == len(before["pages"])
    assert manifest["counts"]["revisions"] == len(before["revisions"])
    assert manifest["counts"]["images"] == len(before["images"])
    assert manifest["counts"]["documents"] == len(before["documents"])
    assert manifest["counts"]["users"] == len(before["users"])
    assert manifest["counts"]["workflow_states"] == len(before["workflow_states"])

    # Wipe: a new, empty database and no media folder at all.
    cluster.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    cluster.execute(f'CREATE DATABASE "{name}"')
    shutil.rmtree(workdir / "media")

    result = manage(["restore", str(archive)], env)
    assert "Restored" in result.stdout
    after = snapshot(cluster, name, workdir)
    assert after == before

    # A change made since, in the database and the media folder...
    with psycopg.connect(cluster.url(name), autocommit=True) as conn:
        conn.execute("UPDATE wagtailcore_page SET title = 'Gewijzigd na de backup' WHERE depth = 3")
    (workdir / "media" / "stray.txt").write_text("not in the backup")
    # ...makes the target non-empty: refused, and nothing touched.
    refused = manage(["restore", str(archive)], env, check=False)
    assert refused.returncode != 0
    assert "not empty" in refused.stderr and "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    with psycopg.connect(cluster.url(name)) as conn:
        titles = conn.execute("SELECT title FROM wagtailcore_page WHERE depth = 3").fetchall()
    assert titles and all(title == "Gewijzigd na de backup" for (title,) in titles)
    assert (workdir / "media" / "stray.txt").exists()

    # --force replaces it all.
    manage(["restore", "--force", str(archive)], env)
    assert snapshot(cluster, name, workdir) == before
    assert not (workdir / "media" / "stray.txt").exists()


def test_backup_keep_prunes_old_archives_and_restore_wants_an_existing_database(site):
    cluster, _name, env, workdir = site
    backups = workdir / "backups"
    backups.mkdir()
    for old in ("overheidvannu-20200101T000000Z.tar.gz", "overheidvannu-20200102T000000Z.tar.gz"):
        (backups / old).write_bytes(b"")
    archive = Path(manage(["backup", "-o", str(backups), "--keep", "2"], env).stdout.strip())
    left = sorted(path.name for path in backups.iterdir())
    assert left == ["overheidvannu-20200102T000000Z.tar.gz", archive.name]

    missing = {**env, "DATABASE_URL": cluster.url("ovn_faults_does_not_exist")}
    result = manage(["restore", str(archive)], missing, check=False)
    assert result.returncode != 0
    assert "createdb ovn_faults_does_not_exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_restore_refuses_what_is_not_a_backup(site):
    _cluster, _name, env, workdir = site
    bogus = workdir / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz") as tar:
        tar.add(REPO / "README.md", arcname="README.md")
    result = manage(["restore", str(bogus)], env, check=False)
    assert result.returncode != 0
    assert "not a backup" in result.stderr


def test_a_backup_restored_on_another_address_answers_on_that_address(site):
    """Production's backup restored on staging: links in the sitemap, feeds
    and mails must name staging, not the address stored in the archive."""
    cluster, name, env, workdir = site
    archive = Path(manage(["backup", "--output", str(workdir / "backups")], env).stdout.strip().splitlines()[-1])
    cluster.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    cluster.execute(f'CREATE DATABASE "{name}"')
    shutil.rmtree(workdir / "media")

    staging = {**env, "WAGTAILADMIN_BASE_URL": "https://acceptatie.overheidvannu.example"}
    result = manage(["restore", str(archive)], staging)
    assert "Site: https://acceptatie.overheidvannu.example" in result.stdout
    with psycopg.connect(cluster.url(name)) as conn:
        sites = conn.execute("SELECT hostname, port FROM wagtailcore_site WHERE is_default_site").fetchall()
    assert sites == [("acceptatie.overheidvannu.example", 443)]
