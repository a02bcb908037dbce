"""Read the demo content from `data/*.toml` into plain records for `load_demo`.

The files hold what an editor would type; this module only reads them. It
checks their shape (no unknown or missing fields, so a typo fails loudly and
names its file and record) and fills in the optional fields' defaults.
Whether the content is *right* (slugs that exist, counts SPEC.md asks for,
valid ISBNs, ...) is checked by tests/test_demo_data.py.

Long text may span several lines in the files: a paragraph's lines are joined
with one space, and a blank line starts a new paragraph. Fields that hold
paragraphs (`PARAGRAPH_FIELDS`) come out as a list of strings; any other
text must be one paragraph. Dates and times are TOML's own local dates and
date-times (`datetime.date`, naive `datetime.datetime`).

Nothing here imports Django, so tests and scripts can read the data alone.
"""

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

PARAGRAPH_FIELDS = frozenset({"body", "problem", "characterisation", "transcript"})

# The content types in the order they are created, with the file and the
# table name (the kind itself) that hold them.
CONTENT_FILES = {
    "verhaal": "content/verhalen.toml",
    "essay": "content/essays.toml",
    "tip": "content/tips.toml",
    "evenement": "content/evenementen.toml",
}

REQUIRED = object()
ABSENT = object()  # optional, and left out of the record when the file leaves it out

ITEM_FIELDS = {
    "title": REQUIRED,
    "slug": REQUIRED,
    "intro": REQUIRED,
    "publication_date": REQUIRED,
    "levels": REQUIRED,
    "themes": REQUIRED,
    "opgaven": [],
    "regions": [],
    "tags": REQUIRED,
    "body": REQUIRED,
}
# Per record type: each field with REQUIRED, ABSENT or its default value.
FIELDS = {
    "theme": {"slug": REQUIRED, "name": REQUIRED, "description": REQUIRED},
    "organisation": {"key": REQUIRED, "name": REQUIRED, "layer": REQUIRED, "website": REQUIRED},
    "person": {"key": REQUIRED, "name": REQUIRED, "role": REQUIRED, "organisation": REQUIRED},
    "page": {
        "title": REQUIRED,
        "intro": REQUIRED,
        "body": REQUIRED,
        "certainties": ABSENT,
        # Only the contact form page (`[contact]`): its fields, privacy note and notification address.
        "fields": ABSENT,
        "privacy_note": ABSENT,
        "to_address": ABSENT,
    },
    "opgave": {
        "slug": REQUIRED,
        "title": REQUIRED,
        "intro": REQUIRED,
        "problem": REQUIRED,
        "commitments": REQUIRED,
        "lead": REQUIRED,
        "lead_quote": REQUIRED,
        "contact_email": REQUIRED,
        "progress": REQUIRED,
        "bottlenecks": REQUIRED,
        "crossovers": [],
    },
    "region": {
        "slug": REQUIRED,
        "title": REQUIRED,
        "intro": REQUIRED,
        "characterisation": REQUIRED,
        "facts": REQUIRED,
        "organisations": REQUIRED,
        "opgaven": REQUIRED,
    },
    "verhaal": {**ITEM_FIELDS, "factbox": ABSENT, "lessons": ABSENT, "audio": ABSENT},
    "essay": {
        **ITEM_FIELDS,
        "authors": REQUIRED,
        "publisher": REQUIRED,
        "publication_year": REQUIRED,
        "isbn": "",
        "webinar_url": "",
        "related": [],
    },
    "tip": ITEM_FIELDS,
    "evenement": {
        **ITEM_FIELDS,
        "event_type": REQUIRED,
        "start": REQUIRED,
        "end": REQUIRED,
        "online": False,
        "location": "",
        "organiser": REQUIRED,
        "registration_url": "",
        "recording_url": "",
    },
}


class DemoDataError(ValueError):
    """A data file that cannot be read as demo content; the message names the file and the record."""


@dataclass(frozen=True)
class DemoData:
    """Everything `load_demo` creates, as plain dicts in creation order."""

    themes: list[dict]
    organisations: list[dict]
    people: list[dict]
    pages: dict[str, dict]  # by slug: over, aanpak (with its certainties), toegankelijkheid, privacy, contact
    opgaven: list[dict]
    regions: list[dict]
    items: list[dict]  # every content item, with its `kind`

    def of_kind(self, kind):
        return [item for item in self.items if item["kind"] == kind]


@functools.cache
def load(data_dir=DATA_DIR):
    """The demo content in `data_dir`; raises DemoDataError on a malformed file."""
    data_dir = Path(data_dir)
    items = []
    for kind, name in CONTENT_FILES.items():
        items += [{"kind": kind, **item} for item in _records(data_dir, name, kind)]
    pages = _read(data_dir, "pages.toml")
    return DemoData(
        themes=_records(data_dir, "themes.toml", "theme"),
        organisations=_records(data_dir, "organisations.toml", "organisation"),
        people=_records(data_dir, "people.toml", "person"),
        pages={slug: _record(page, "page", f"pages.toml [{slug}]") for slug, page in pages.items()},
        opgaven=_records(data_dir, "opgaven.toml", "opgave"),
        regions=_records(data_dir, "regions.toml", "region"),
        items=items,
    )


def _read(data_dir, name):
    try:
        with open(data_dir / name, "rb") as file:
            return tomllib.load(file)
    except FileNotFoundError as error:
        raise DemoDataError(f"{name}: missing in {data_dir}") from error
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{name}: not valid TOML: {error}") from error


def _records(data_dir, name, record_type):
    """The `[[record_type]]` tables of one file, checked and completed."""
    document = _read(data_dir, name)
    unexpected = set(document) - {record_type}
    if unexpected:
        raise DemoDataError(f"{name}: expected only [[{record_type}]] tables, found {sorted(unexpected)}")
    tables = document.get(record_type, [])
    if not isinstance(tables, list):
        raise DemoDataError(f"{name}: write [[{record_type}]], not [{record_type}]")
    return [_record(table, record_type, f"{name} {record_type} #{n}") for n, table in enumerate(tables, 1)]


def _record(table, record_type, where):
    if not isinstance(table, dict):
        raise DemoDataError(f"{where}: expected a table of fields, found {table!r}")
    fields = FIELDS[record_type]
    where = f"{where} ({table['slug']})" if "slug" in table else where
    unknown = set(table) - set(fields)
    if unknown:
        raise DemoDataError(f"{where}: unknown field(s) {sorted(unknown)}; known: {sorted(fields)}")
    record = {}
    for field, default in fields.items():
        if field in table:
            record[field] = _text(table[field], field, f"{where}.{field}")
        elif default is REQUIRED:
            raise DemoDataError(f"{where}: missing field {field!r}")
        elif default is not ABSENT:
            record[field] = default.copy() if isinstance(default, list) else default
    return record


def _text(value, field, where):
    """`value` with every string's lines joined into paragraphs, recursively."""
    if isinstance(value, dict):
        return {key: _text(item, key, f"{where}.{key}") for key, item in value.items()}
    if isinstance(value, list):
        if field in PARAGRAPH_FIELDS:  # paragraphs written as a list of strings
            return [paragraph for item in value for paragraph in _text(item, field, where)]
        return [_text(item, field, where) for item in value]
    if not isinstance(value, str):
        return value
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", value) if part.strip()]
    if field in PARAGRAPH_FIELDS:
        return paragraphs
    if len(paragraphs) > 1:
        raise DemoDataError(f"{where}: one paragraph expected, found {len(paragraphs)} (a blank line splits them)")
    return paragraphs[0] if paragraphs else ""
