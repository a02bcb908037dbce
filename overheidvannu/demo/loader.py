"""Read the demo content from `data/*.toml` into plain records for `load_demo`.

The files hold what an editor would type; this module only reads them. It
checks their shape (no unknown or missing fields, so a typo fails loudly and
names its file and record) and fills in the optional fields' defaults.
Whether the content is *right* (slugs that exist, counts SPEC.md asks for,
valid ISBNs, ...) is checked by tests/demo/test_demo_data.py.

Long text may span several lines in the files: a paragraph's lines are joined
with one space, and a blank line starts a new paragraph. Fields that hold
paragraphs (`PARAGRAPH_FIELDS`) come out as a list of strings; any other
text must be one paragraph.

Dates are relative to the day the demo is loaded (`load(today=…)`), so a
fresh demo always has events to come and recent publications, whatever the
day. The files write them as days from that day:

* a date: `publication_date = "-120d"` (120 days before the load day; `"+0d"`
  is the load day itself);
* a date and local time: `start = "+21d 15:00"` (in the site's time zone,
  Europe/Amsterdam; the record comes out with a naive `datetime.datetime`);
* inside text, a date the loader writes in Dutch: `{datum:+208d}` gives
  "1 juli 2027", `{maand:-15d}` "november 2026" and `{jaar:-700d}` "2025"
  (for a demo loaded on 5 December 2026).

TOML's own dates are refused in these fields: a fixed day would run out.
An essay's `publication_year` is its publication date's year.

Nothing here imports Django, so tests and scripts can read the data alone.
"""

import datetime
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from articles.dates import long_date

DATA_DIR = Path(__file__).resolve().parent / "data"

PARAGRAPH_FIELDS = frozenset({"body", "problem", "characterisation", "transcript"})

# Days from the load day: "-120d", "+0d"; with a local time: "+21d 15:00".
OFFSET = re.compile(r"(?P<days>[+-]\d{1,5})d")
OFFSET_TIME = re.compile(r"(?P<days>[+-]\d{1,5})d (?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)")
# A date inside text: {datum:+208d}, {maand:-15d}, {jaar:-700d}; anything else in
# braces that starts like one is a typo.
TEXT_DATE = re.compile(r"\{(?P<form>datum|maand|jaar):(?P<days>[+-]\d{1,5})d\}")
TEXT_DATE_TYPO = re.compile(r"\{\s*(?:datum|maand|jaar|date|month|year)\b[^}]*\}?")
DUTCH_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
# Per record type: the fields that hold a date ("-120d") or a date and time ("+21d 15:00").
DATE_FIELDS = {"publication_date"}
DATETIME_FIELDS = {"start", "end"}

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
    """Everything `load_demo` creates, as plain dicts in creation order, with
    its dates resolved against `today`, the load day."""

    today: datetime.date
    themes: list[dict]
    organisations: list[dict]
    people: list[dict]
    pages: dict[str, dict]  # by slug: over, aanpak (with its certainties), toegankelijkheid, privacy, contact
    opgaven: list[dict]
    regions: list[dict]
    items: list[dict]  # every content item, with its `kind`

    def of_kind(self, kind):
        return [item for item in self.items if item["kind"] == kind]


def load(data_dir=DATA_DIR, today=None):
    """The demo content in `data_dir` as loaded on `today` (default: the
    computer's date; `load_demo` passes the site's); raises DemoDataError on a
    malformed file."""
    return _load(Path(data_dir), today or datetime.date.today())


@functools.cache
def _load(data_dir, today):
    items = []
    for kind, name in CONTENT_FILES.items():
        items += [{"kind": kind, **item} for item in _records(data_dir, name, kind, today)]
    pages = _read(data_dir, "pages.toml")
    return DemoData(
        today=today,
        themes=_records(data_dir, "themes.toml", "theme", today),
        organisations=_records(data_dir, "organisations.toml", "organisation", today),
        people=_records(data_dir, "people.toml", "person", today),
        pages={slug: _record(page, "page", f"pages.toml [{slug}]", today) for slug, page in pages.items()},
        opgaven=_records(data_dir, "opgaven.toml", "opgave", today),
        regions=_records(data_dir, "regions.toml", "region", today),
        items=items,
    )


# --- dates relative to the load day -------------------------------------------


def resolve_date(value, today, where="date"):
    """The day `value` ("-120d", "+0d") names, counted from `today`."""
    match = OFFSET.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise DemoDataError(f'{where}: write a date as days from the load day, e.g. "-120d" or "+21d", not {value!r}')
    return today + datetime.timedelta(days=int(match["days"]))


def resolve_datetime(value, today, where="date-time"):
    """The local date and time `value` ("+21d 15:00") names, counted from `today` (naive)."""
    match = OFFSET_TIME.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise DemoDataError(
            f'{where}: write a date and time as days from the load day and a local time, e.g. "+21d 15:00", '
            f"not {value!r}"
        )
    day = today + datetime.timedelta(days=int(match["days"]))
    return datetime.datetime.combine(day, datetime.time(int(match["hour"]), int(match["minute"])))


def dutch_date(day, form="datum"):
    """`day` as Dutch text: "1 juli 2027" (datum), "juli 2027" (maand) or "2027" (jaar)."""
    if form == "jaar":
        return str(day.year)
    month = f"{DUTCH_MONTHS[day.month - 1]} {day.year}"
    return month if form == "maand" else long_date(day)  # the site's one long date format


def fill_dates(text, today, where="text"):
    """`text` with each {datum:…}, {maand:…} and {jaar:…} written out in Dutch."""
    filled = TEXT_DATE.sub(lambda m: dutch_date(today + datetime.timedelta(days=int(m["days"])), m["form"]), text)
    if typo := TEXT_DATE_TYPO.search(filled):
        raise DemoDataError(
            f"{where}: {typo.group(0)!r} is not a date the loader can write; use {{datum:+208d}}, "
            "{maand:-15d} or {jaar:-700d}"
        )
    return filled


def _dates(record, record_type, where, today):
    """Resolve the record's date fields (and an opgave's progress dates) against `today`."""
    for field in DATE_FIELDS & record.keys():
        record[field] = resolve_date(record[field], today, f"{where}.{field}")
    if record_type == "evenement":
        for field in DATETIME_FIELDS:
            record[field] = resolve_datetime(record[field], today, f"{where}.{field}")
    if record_type == "opgave":
        for n, update in enumerate(record["progress"], 1):
            if isinstance(update, dict) and "date" in update:
                update["date"] = resolve_date(update["date"], today, f"{where}.progress #{n}.date")
    if record_type == "essay":
        record["publication_year"] = record["publication_date"].year
    return record


def _read(data_dir, name):
    try:
        with open(data_dir / name, "rb") as file:
            return tomllib.load(file)
    except FileNotFoundError as error:
        raise DemoDataError(f"{name}: missing in {data_dir}") from error
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{name}: not valid TOML: {error}") from error


def _records(data_dir, name, record_type, today):
    """The `[[record_type]]` tables of one file, checked and completed."""
    document = _read(data_dir, name)
    unexpected = set(document) - {record_type}
    if unexpected:
        raise DemoDataError(f"{name}: expected only [[{record_type}]] tables, found {sorted(unexpected)}")
    tables = document.get(record_type, [])
    if not isinstance(tables, list):
        raise DemoDataError(f"{name}: write [[{record_type}]], not [{record_type}]")
    return [_record(table, record_type, f"{name} {record_type} #{n}", today) for n, table in enumerate(tables, 1)]


def _record(table, record_type, where, today):
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
            record[field] = _text(table[field], field, f"{where}.{field}", today)
        elif default is REQUIRED:
            raise DemoDataError(f"{where}: missing field {field!r}")
        elif default is not ABSENT:
            record[field] = default.copy() if isinstance(default, list) else default
    return _dates(record, record_type, where, today)


def _text(value, field, where, today):
    """`value` with every string's lines joined into paragraphs and its dates
    written out (`fill_dates`), recursively."""
    if isinstance(value, dict):
        return {key: _text(item, key, f"{where}.{key}", today) for key, item in value.items()}
    if isinstance(value, list):
        if field in PARAGRAPH_FIELDS:  # paragraphs written as a list of strings
            return [paragraph for item in value for paragraph in _text(item, field, where, today)]
        return [_text(item, field, where, today) for item in value]
    if not isinstance(value, str):
        return value
    value = fill_dates(value, today, where)
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", value) if part.strip()]
    if field in PARAGRAPH_FIELDS:
        return paragraphs
    if len(paragraphs) > 1:
        raise DemoDataError(f"{where}: one paragraph expected, found {len(paragraphs)} (a blank line splits them)")
    return paragraphs[0] if paragraphs else ""
