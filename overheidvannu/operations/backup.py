"""One-archive backups of the whole site: the database and the media files.

An archive (`.tar.gz`) holds, in this order:

- `manifest.json`: when, which app version, which database, and counts of
  what is inside (pages, revisions, images, documents, users, workflow
  states, media files), so a restore can prove it brought everything back;
- `database.dump`: `pg_dump -Fc` of the site's database (DATABASE_URL);
- `media/…`: every file in the default storage (original images and their
  renditions, documents), local or S3 alike.

Used by `manage.py backup` and `manage.py restore`.
"""

import datetime
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import tomllib
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management.base import CommandError
from django.db import OperationalError, connection

ARCHIVE_FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_DUMP = "database.dump"
MEDIA_PREFIX = "media/"


# --- the database ----------------------------------------------------------------


def _database():
    database = settings.DATABASES["default"]
    if not database["ENGINE"].endswith("postgresql"):
        raise CommandError(
            f"Backups need PostgreSQL (pg_dump); this site uses {database['ENGINE']}. Set DATABASE_URL to postgres://…"
        )
    return database


def _libpq_env(database):
    """Connection settings for pg_dump/pg_restore as libpq environment
    variables, so no password shows in the process list."""
    env = {**os.environ, "PGDATABASE": database["NAME"]}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if database.get(key):
            env[variable] = str(database[key])
    options = database.get("OPTIONS") or {}
    for option, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT"), ("service", "PGSERVICE")):
        if options.get(option):
            env[variable] = str(options[option])
    return env


def _tool(name):
    """pg_dump or pg_restore: from PG_BINDIR if set, else from PATH."""
    bindir = os.environ.get("PG_BINDIR")
    path = str(Path(bindir) / name) if bindir else shutil.which(name)
    if not path or not os.access(path, os.X_OK):
        raise CommandError(
            f"{name} not found: install the PostgreSQL client (Debian: postgresql-client) or set PG_BINDIR."
        )
    return path


def _run(argv, env, what):
    result = subprocess.run(argv, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise CommandError(f"{what} failed (exit {result.returncode}):\n{result.stderr.strip()}")
    return result.stdout


def database_tables():
    """Tables in the site's database (an empty list for a new, empty database)."""
    try:
        with connection.cursor() as cursor:
            return connection.introspection.table_names(cursor)
    except OperationalError as error:
        name = settings.DATABASES["default"]["NAME"]
        raise CommandError(
            f"Cannot connect to database {name} ({error}). Create it first (createdb {name}) and check DATABASE_URL."
        ) from error


def reset_database():
    """Drop everything in the public schema: what `restore --force` does."""
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS public CASCADE")
        cursor.execute("CREATE SCHEMA public")
    connection.close()


# --- media --------------------------------------------------------------------------


def media_files(storage=default_storage, directory=""):
    """Every file name in `storage`, walking its directories."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for name in sorted(directories):
        yield from media_files(storage, f"{directory}/{name}" if directory else name)


# --- what is in the site -----------------------------------------------------------


def site_counts():
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision, WorkflowState

    image_model = get_image_model()
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": image_model.objects.count(),
        "renditions": image_model.get_rendition_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "users": get_user_model().objects.count(),
        "workflow_states": WorkflowState.objects.count(),
    }


def app_version():
    """The version in pyproject.toml, with the git commit when there is one
    (APP_VERSION overrides both, for deployments without a checkout)."""
    if os.environ.get("APP_VERSION"):
        return os.environ["APP_VERSION"]
    try:
        with open(settings.BASE_DIR / "pyproject.toml", "rb") as file:
            version = tomllib.load(file)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        version = "unknown"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=settings.BASE_DIR, capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return f"{version}+{commit}" if commit else version


# --- backup ---------------------------------------------------------------------------


def default_archive_name(now):
    return f"overheidvannu-{now.strftime('%Y%m%dT%H%M%SZ')}.tar.gz"


def create_backup(destination, log=print):
    """Write one archive to `destination` (a file name) and return its manifest."""
    database = _database()
    env = _libpq_env(database)
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")

    with tempfile.TemporaryDirectory(prefix="ovn-backup-") as workdir:
        dump = Path(workdir) / DATABASE_DUMP
        log(f"Dumping database {database['NAME']} (pg_dump -Fc)…")
        # The counts come from the same moment as the dump (near enough: a
        # restore compares them, so an edit in between shows as a mismatch).
        counts = site_counts()
        _run([_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--file={dump}"], env, "pg_dump")
        names = list(media_files())
        media_bytes = sum(default_storage.size(name) for name in names)
        manifest = {
            "format": ARCHIVE_FORMAT,
            "created_at": now.isoformat().replace("+00:00", "Z"),
            "app_version": app_version(),
            "database": {"engine": "postgresql", "name": database["NAME"], "dump": DATABASE_DUMP},
            "pg_dump_version": _run([_tool("pg_dump"), "--version"], env, "pg_dump --version").strip(),
            "counts": {**counts, "media_files": len(names)},
            "media_bytes": media_bytes,
        }
        log(f"Writing {len(names)} media files ({media_bytes} bytes) and the database to {destination}…")
        # Owner-only from the first byte: the archive holds password hashes.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as archive:
                _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode(), now)
                archive.add(dump, arcname=DATABASE_DUMP)
                for name in names:
                    info = tarfile.TarInfo(MEDIA_PREFIX + name)
                    info.size = default_storage.size(name)
                    info.mtime = now.timestamp()
                    info.mode = 0o644
                    with default_storage.open(name, "rb") as file:
                        archive.addfile(info, file)
            os.replace(partial, destination)
        finally:
            if partial.exists():
                partial.unlink()
    return manifest


def _add_bytes(archive, name, data, now):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = now.timestamp()
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(data))


def prune(directory, keep, log=print):
    """Keep the newest `keep` archives in `directory` (by name: they sort by time)."""
    archives = sorted(Path(directory).glob("overheidvannu-*.tar.gz"))
    for old in archives[: max(0, len(archives) - keep)]:
        old.unlink()
        log(f"Removed old backup {old}")


# --- restore -------------------------------------------------------------------------


def read_manifest(archive_path):
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            member = archive.getmember(MANIFEST)
            manifest = json.load(archive.extractfile(member))
    except (OSError, KeyError, tarfile.TarError, ValueError) as error:
        raise CommandError(f"{archive_path} is not a backup made by `manage.py backup`: {error}") from error
    if manifest.get("format") != ARCHIVE_FORMAT:
        raise CommandError(f"{archive_path}: archive format {manifest.get('format')!r} is not supported.")
    return manifest


def _media_name(member):
    """The storage name of a media member, refusing anything odd in the archive."""
    name = member.name[len(MEDIA_PREFIX) :]
    path = PurePosixPath(name)
    if not member.isfile() or path.is_absolute() or ".." in path.parts or not name:
        raise CommandError(f"Refusing archive member {member.name!r}: not a plain media file.")
    return name


def restore_backup(archive_path, force=False, log=print):
    """Restore `archive_path` into this site's (empty) database and media storage."""
    database = _database()
    manifest = read_manifest(archive_path)
    log(
        f"Backup of {manifest['created_at']}, app version {manifest['app_version']}: "
        + ", ".join(f"{count} {what}" for what, count in manifest["counts"].items())
    )

    tables, existing_media = database_tables(), list(media_files())
    if (tables or existing_media) and not force:
        raise CommandError(
            f"The target is not empty: database {database['NAME']} has {len(tables)} tables and the media "
            f"storage holds {len(existing_media)} files. Restore into an empty database and media folder, "
            "or pass --force to replace everything in them."
        )
    if tables:
        log(f"--force: dropping everything in database {database['NAME']}…")
        reset_database()
    if existing_media:
        log(f"--force: deleting {len(existing_media)} media files…")
        for name in existing_media:
            default_storage.delete(name)

    env = _libpq_env(database)
    with tempfile.TemporaryDirectory(prefix="ovn-restore-") as workdir, tarfile.open(archive_path, "r:gz") as archive:
        dump = Path(workdir) / DATABASE_DUMP
        with archive.extractfile(archive.getmember(DATABASE_DUMP)) as source, open(dump, "wb") as target:
            shutil.copyfileobj(source, target)
        log(f"Restoring database {database['NAME']} (pg_restore)…")
        _run(
            [_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
            + [f"--dbname={database['NAME']}", str(dump)],
            env,
            "pg_restore",
        )
        restored = 0
        for member in archive:
            if not member.name.startswith(MEDIA_PREFIX):
                continue
            name = _media_name(member)
            with archive.extractfile(member) as file:
                saved = default_storage.save(name, File(file, name=name))
            if saved != name:
                raise CommandError(f"Media file {name} was stored as {saved}: the media storage was not empty.")
            restored += 1
        log(f"Restored {restored} media files.")

    connection.close()  # the restored schema, not whatever was cached for the old one
    counts = {**site_counts(), "media_files": len(list(media_files()))}
    expected = manifest["counts"]
    differences = {what: (expected[what], counts.get(what)) for what in expected if counts.get(what) != expected[what]}
    if differences:
        details = ", ".join(f"{what}: {want} expected, {got} found" for what, (want, got) in differences.items())
        raise CommandError(f"Restore incomplete: {details}")
    return manifest, counts
