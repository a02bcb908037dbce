"""The demo content in overheidvannu/demo/data/ is complete and consistent.

What `load_demo`, the acceptance suite and SPEC.md rely on, checked on the
files alone (no database): every reference points at a record that exists,
counts and dates are in range, and every vocabulary entry is used. Each test
lists all offending records at once, by file and slug, so a data edit can be
fixed in one pass.

Dates count from the day the demo is loaded, so the ranges below are
relative to that day (TODAY, whatever day the tests run), never to a year.
"""

import datetime
import re
from collections import Counter

import pytest

from overheidvannu.demo import images
from overheidvannu.demo.loader import (
    DATA_DIR,
    DemoDataError,
    dutch_date,
    fill_dates,
    load,
    resolve_date,
    resolve_datetime,
)

#: The load day: any day gives the same demo, moved in time (see the loader's tests below).
TODAY = datetime.date.today()
DATA = load(today=TODAY)

# Fixed by SPEC.md; written out here so the test checks the data, not itself.
LEVELS = {"individu", "organisatie", "netwerk"}
OPGAVE_TITLES = [
    "Samen aan de slag voor het klimaat",
    "Toekomstbestendig wonen",
    "Regionale economie als versneller",
    "Naar een vitaal platteland",
    "Merkbaar beter in het sociaal domein",
    "Problematische schulden voorkomen en oplossen",
    "Nederland en migrant goed voorbereid",
    "Goed openbaar bestuur in een veranderende samenleving",
    "Passende financiële verhoudingen",
    "Overkoepelende thema's",
]
CERTAINTY_TITLES = [
    "Centraal staat het oplossen van een maatschappelijke opgave",
    "Een gezamenlijke opgave pakken we gezamenlijk op",
    "Ken je opgave",
    "Samen werken vergt tijd",
    "Communiceer de gezamenlijke opbrengst",
    "Eigen huis op orde",
    "Er gaan altijd dingen mis, blijf leren!",
]
REGIONS = {
    "west-brabant": "West-Brabant",
    "achterhoek": "Achterhoek",
    "groningen": "Groningen",
    "metropoolregio-amsterdam": "Metropoolregio Amsterdam",
}
SPEC_THEMES = {"Sturen in netwerken", "Strategie en toekomst", "Politiek en bestuur", "Sterk bestuur", "In de regio"}
KINDS = ("verhaal", "essay", "tip", "evenement")
EVENT_TYPES = {"leeratelier", "webinar", "talkshow"}
LAYERS = {"rijk", "provincie", "gemeente", "waterschap", "overig"}
BOTTLENECK_STATUSES = {"open", "in_behandeling", "opgelost"}
# Everything is published in the year before the load day; progress runs back a few years;
# events spread over the past year and the next months (SPEC.md "Over time").
PUBLISHED_WITHIN = datetime.timedelta(days=365)
PROGRESS_WITHIN = datetime.timedelta(days=3 * 365)
UPCOMING_WITHIN = datetime.timedelta(days=200)
REGISTRATION_BASE = "https://overheidvannu.example/aanmelden/"
RECORDING_BASE = "https://video.overheidvannu.example/"

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_text(value):
    return isinstance(value, str) and bool(value.strip())


def duplicates(values):
    return sorted(value for value, n in Counter(values).items() if n > 1)


def isbn13_is_valid(isbn):
    digits = isbn.replace("-", "")
    if len(digits) != 13 or not digits.isdigit():
        return False
    return sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10 == 0


def check(problems):
    assert not problems, f"{len(problems)} problem(s) in the demo data:\n" + "\n".join(problems)


def slugs(records):
    return {record["slug"] for record in records}


# --- the vocabulary ---------------------------------------------------------


def test_themes_include_specs_themes_with_slugs_and_descriptions():
    problems = []
    if not 8 <= len(DATA.themes) <= 10:
        problems.append(f"themes.toml: {len(DATA.themes)} themes, expected 8 to 10")
    if missing := SPEC_THEMES - {theme["name"] for theme in DATA.themes}:
        problems.append(f"themes.toml: missing the themes SPEC.md names: {sorted(missing)}")
    if dupes := duplicates(theme["slug"] for theme in DATA.themes):
        problems.append(f"themes.toml: duplicate slugs {dupes}")
    for theme in DATA.themes:
        if not SLUG.fullmatch(theme["slug"]):
            problems.append(f"themes.toml: {theme['slug']!r} is not a slug")
        if not is_text(theme["name"]) or not is_text(theme["description"]):
            problems.append(f"themes.toml: {theme['slug']} needs a name and a description")
    check(problems)


def test_organisations_and_people_are_complete_and_linked():
    problems = []
    organisation_keys = {o["key"] for o in DATA.organisations}
    if dupes := duplicates(o["key"] for o in DATA.organisations):
        problems.append(f"organisations.toml: duplicate keys {dupes}")
    for o in DATA.organisations:
        if o["layer"] not in LAYERS:
            problems.append(f"organisations.toml: {o['key']} has layer {o['layer']!r}, not one of {sorted(LAYERS)}")
        if not o["website"].startswith("https://"):
            problems.append(f"organisations.toml: {o['key']} website {o['website']!r} is not https")
        if not is_text(o["name"]):
            problems.append(f"organisations.toml: {o['key']} has no name")
    if dupes := duplicates(p["key"] for p in DATA.people):
        problems.append(f"people.toml: duplicate keys {dupes}")
    for p in DATA.people:
        if p["organisation"] not in organisation_keys:
            problems.append(f"people.toml: {p['key']} works at unknown organisation {p['organisation']!r}")
        if not is_text(p["name"]) or not is_text(p["role"]):
            problems.append(f"people.toml: {p['key']} needs a name and a role")
    check(problems)


# --- the plain pages ----------------------------------------------------------


def test_plain_pages_and_the_seven_certainties():
    problems = []
    if set(DATA.pages) != {"over", "aanpak", "toegankelijkheid", "privacy", "contact"}:
        problems.append(
            f"pages.toml: pages {sorted(DATA.pages)}, expected over, aanpak, toegankelijkheid, privacy, contact"
        )
    for slug, page in DATA.pages.items():
        if not is_text(page["title"]) or not is_text(page["intro"]) or not page["body"]:
            problems.append(f"pages.toml: [{slug}] needs a title, an intro and a body")
    # The approach page introduces the certainties and the levels with its first two paragraphs.
    aanpak = DATA.pages.get("aanpak", {})
    if len(aanpak.get("body", [])) < 2:
        problems.append("pages.toml: [aanpak] body needs at least two paragraphs (certainties, levels)")
    certainties = aanpak.get("certainties", [])
    if [c["number"] for c in certainties] != list(range(1, 8)):
        problems.append(f"pages.toml: certainties numbered {[c['number'] for c in certainties]}, expected 1 to 7")
    if [c["title"] for c in certainties] != CERTAINTY_TITLES:
        problems.append("pages.toml: the certainties' titles differ from the IBP's seven (see CERTAINTY_TITLES)")
    problems += [f"pages.toml: certainty {c['number']} has no text" for c in certainties if not is_text(c["text"])]
    for slug, page in DATA.pages.items():
        if slug != "aanpak" and "certainties" in page:
            problems.append(f"pages.toml: [{slug}] has certainties; only [aanpak] shows them")
    check(problems)


# --- opgaven and regions --------------------------------------------------------


def test_the_ten_opgaven_in_official_order():
    assert [o["title"] for o in DATA.opgaven] == OPGAVE_TITLES, "opgaven.toml: titles or order differ from SPEC.md"


def check_opgave(opgave, opgave_slugs, person_keys):
    slug, where = opgave["slug"], f"opgaven.toml: {opgave['slug']}"
    problems = []
    if not SLUG.fullmatch(slug):
        problems.append(f"{where} is not a slug")
    for field in ("intro", "lead_quote"):
        if not is_text(opgave[field]):
            problems.append(f"{where} has no {field}")
    for field, low, high in (("problem", 2, 3), ("commitments", 3, 5), ("progress", 2, 4), ("bottlenecks", 1, 3)):
        if not low <= len(opgave[field]) <= high:
            problems.append(f"{where} has {len(opgave[field])} {field}, expected {low} to {high}")
    if opgave["lead"] not in person_keys:
        problems.append(f"{where} is led by unknown person {opgave['lead']!r}")
    if not opgave["contact_email"].endswith("@overheidvannu.example"):
        problems.append(f"{where} contact {opgave['contact_email']!r} is not @overheidvannu.example")
    for update in opgave["progress"]:
        if not TODAY - PROGRESS_WITHIN <= update["date"] < TODAY:
            problems.append(f"{where} progress {update['title']!r} dated {update['date']}, not in the last three years")
        if not is_text(update["title"]) or not is_text(update["text"]):
            problems.append(f"{where} has a progress update without title or text")
    for bottleneck in opgave["bottlenecks"]:
        if bottleneck["status"] not in BOTTLENECK_STATUSES:
            problems.append(f"{where} bottleneck status {bottleneck['status']!r} not in {sorted(BOTTLENECK_STATUSES)}")
        if not is_text(bottleneck["title"]) or not is_text(bottleneck["description"]):
            problems.append(f"{where} has a bottleneck without title or description")
    for other in opgave["crossovers"]:
        if other not in opgave_slugs or other == slug:
            problems.append(f"{where} crosses over with {other!r}, not another opgave")
    return problems


def test_opgaven_are_complete_and_their_references_exist():
    opgave_slugs = slugs(DATA.opgaven)
    person_keys = {p["key"] for p in DATA.people}
    problems = []
    if dupes := duplicates(o["slug"] for o in DATA.opgaven):
        problems.append(f"opgaven.toml: duplicate slugs {dupes}")
    for opgave in DATA.opgaven:
        problems += check_opgave(opgave, opgave_slugs, person_keys)
    # A cross-over holds both ways, so each pair is written once.
    pairs = [frozenset((o["slug"], other)) for o in DATA.opgaven for other in o["crossovers"]]
    problems += [f"opgaven.toml: cross-over {sorted(pair)} listed twice" for pair in duplicates(pairs)]
    check(problems)


def test_the_four_regions_are_complete_and_their_references_exist():
    problems = []
    if {r["slug"]: r["title"] for r in DATA.regions} != REGIONS or [r["slug"] for r in DATA.regions] != list(REGIONS):
        problems.append(f"regions.toml: regions differ from SPEC.md's four, in order: {list(REGIONS.values())}")
    layer = {o["key"]: o["layer"] for o in DATA.organisations}
    opgave_slugs = slugs(DATA.opgaven)
    for region in DATA.regions:
        where = f"regions.toml: {region['slug']}"
        if not is_text(region["intro"]):
            problems.append(f"{where} has no intro")
        if len(region["characterisation"]) != 2:
            problems.append(f"{where} characterisation has {len(region['characterisation'])} paragraphs, not 2")
        if not 4 <= len(region["facts"]) <= 6:
            problems.append(f"{where} has {len(region['facts'])} facts, expected 4 to 6")
        for fact in region["facts"]:
            if not is_text(fact.get("label")) or not is_text(fact.get("value")):
                problems.append(f"{where} has a fact without label or value: {fact}")
        if not 4 <= len(region["organisations"]) <= 7:
            problems.append(f"{where} has {len(region['organisations'])} organisations, expected 4 to 7")
        if unknown := [key for key in region["organisations"] if key not in layer]:
            problems.append(f"{where} names unknown organisations {unknown}")
        elif len({layer[key] for key in region["organisations"]}) < 3:
            problems.append(f"{where} organisations come from fewer than three government layers")
        if not 2 <= len(region["opgaven"]) <= 4:
            problems.append(f"{where} works on {len(region['opgaven'])} opgaven, expected 2 to 4")
        if unknown := [slug for slug in region["opgaven"] if slug not in opgave_slugs]:
            problems.append(f"{where} names unknown opgaven {unknown}")
    check(problems)


# --- content items ------------------------------------------------------------


def where(item):
    return f"{item['kind']} {item['slug']}"


def check_item(item, known, page_slugs):
    """Fields every content type shares."""
    problems = []
    slug = item["slug"]
    if not SLUG.fullmatch(slug):
        problems.append(f"{where(item)}: not a slug")
    if slug in page_slugs:
        problems.append(f"{where(item)}: slug also used by an opgave or region")
    if not is_text(item["title"]) or not is_text(item["intro"]):
        problems.append(f"{where(item)}: needs a title and an intro")
    published = item["publication_date"]
    if type(published) is not datetime.date or not TODAY - PUBLISHED_WITHIN <= published < TODAY:
        problems.append(f"{where(item)}: publication_date {published!r} is not in the year before the load day")
    for field, low, high in (("levels", 1, 3), ("themes", 1, 3), ("opgaven", 0, 2), ("regions", 0, 2), ("tags", 2, 4)):
        if not low <= len(item[field]) <= high:
            problems.append(f"{where(item)}: {len(item[field])} {field}, expected {low} to {high}")
    for field, values in known.items():
        if dupes := duplicates(item[field]):
            problems.append(f"{where(item)}: {field} {dupes} listed twice")
        if unknown := [value for value in item[field] if value not in values]:
            problems.append(f"{where(item)}: unknown {field} {unknown}")
    if bad := [tag for tag in item["tags"] if not tag or tag != tag.strip().lower()]:
        problems.append(f"{where(item)}: tags must be lower case without outer spaces: {bad}")
    low, high = (3, 6) if item["kind"] in ("verhaal", "essay") else (2, 3)
    if not low <= len(item["body"]) <= high or not all(is_text(p) for p in item["body"]):
        problems.append(f"{where(item)}: body has {len(item['body'])} paragraphs, expected {low} to {high}")
    return problems


def check_story(item):
    problems = []
    if "factbox" in item:
        factbox = item["factbox"]
        if not is_text(factbox.get("title")) or not factbox.get("items"):
            problems.append(f"{where(item)}: a fact box needs a title and items")
        for row in factbox.get("items", []):
            if not is_text(row.get("label")) or not is_text(row.get("value")):
                problems.append(f"{where(item)}: fact box row without label or value: {row}")
    if "lessons" in item:
        if not 3 <= len(item["lessons"]) <= 5:
            problems.append(f"{where(item)}: {len(item['lessons'])} lessons, expected 3 to 5")
        for lesson in item["lessons"]:
            if not is_text(lesson.get("title")) or not is_text(lesson.get("text")):
                problems.append(f"{where(item)}: a lesson without title or text")
    return problems


def check_essay(item, essay_slugs, person_keys):
    problems = []
    if not item["authors"] or not set(item["authors"]) <= person_keys:
        problems.append(f"{where(item)}: authors {item['authors']} must be known people, at least one")
    if not is_text(item["publisher"]):
        problems.append(f"{where(item)}: no publisher")
    isbn = item["isbn"]
    if isbn and not (isbn.startswith("978-90-") and isbn13_is_valid(isbn)):
        problems.append(f"{where(item)}: ISBN {isbn!r} is not a valid Dutch ISBN-13 (978-90-...)")
    if unknown := [other for other in item["related"] if other not in essay_slugs or other == item["slug"]]:
        problems.append(f"{where(item)}: related {unknown} are not other essays")
    return problems


def check_event(item):
    problems = []
    slug, start, end = item["slug"], item["start"], item["end"]
    if item["event_type"] not in EVENT_TYPES:
        problems.append(f"{where(item)}: event_type {item['event_type']!r} not in {sorted(EVENT_TYPES)}")
    if not all(isinstance(t, datetime.datetime) and t.tzinfo is None for t in (start, end)):
        return [*problems, f"{where(item)}: start and end must be local date-times (no offset)"]
    if end <= start:
        problems.append(f"{where(item)}: ends ({end}) before it starts ({start})")
    if item["publication_date"] >= start.date():
        problems.append(f"{where(item)}: published on or after its start")
    if not is_text(item["organiser"]):
        problems.append(f"{where(item)}: no organiser")
    if item["online"] == bool(item["location"].strip()):
        problems.append(f"{where(item)}: needs a location exactly when not online")
    if start.date() == TODAY:
        problems.append(f"{where(item)}: held on the load day itself; past or to come, not both")
    elif start.date() < TODAY:
        if start.date() < TODAY - PUBLISHED_WITHIN:
            problems.append(f"{where(item)}: past event more than a year before the load day")
        if item["registration_url"]:
            problems.append(f"{where(item)}: past event with a registration link")
        if item["recording_url"] not in ("", RECORDING_BASE + slug):
            problems.append(f"{where(item)}: recording_url must be {RECORDING_BASE + slug} or left out")
    else:
        if start.date() > TODAY + UPCOMING_WITHIN:
            problems.append(f"{where(item)}: upcoming event more than {UPCOMING_WITHIN.days} days ahead")
        if item["registration_url"] != REGISTRATION_BASE + slug:
            problems.append(f"{where(item)}: registration_url must be {REGISTRATION_BASE + slug}")
        if item["recording_url"]:
            problems.append(f"{where(item)}: upcoming event with a recording")
    return problems


def test_every_content_item_is_complete_and_its_references_exist():
    known = {
        "levels": LEVELS,
        "themes": slugs(DATA.themes),
        "opgaven": slugs(DATA.opgaven),
        "regions": slugs(DATA.regions),
    }
    page_slugs = slugs(DATA.opgaven) | slugs(DATA.regions)
    essay_slugs = slugs(DATA.of_kind("essay"))
    person_keys = {p["key"] for p in DATA.people}
    problems = []
    for field in ("slug", "title"):
        if dupes := duplicates(item[field] for item in DATA.items):
            problems.append(f"content: duplicate {field}s {dupes}")
    for item in DATA.items:
        problems += check_item(item, known, page_slugs)
        if item["kind"] == "verhaal":
            problems += check_story(item)
        elif item["kind"] == "essay":
            problems += check_essay(item, essay_slugs, person_keys)
        elif item["kind"] == "evenement":
            problems += check_event(item)
    check(problems)


def test_enough_content_of_every_kind_spread_over_the_past_year():
    counts = Counter(item["kind"] for item in DATA.items)
    minimum = {"verhaal": 20, "essay": 10, "tip": 12, "evenement": 10}
    problems = [f"{counts[k]} {k} items, expected at least {n}" for k, n in minimum.items() if counts[k] < n]
    if len(DATA.items) < 64:
        problems.append(f"{len(DATA.items)} items, expected at least 64")
    ages = [(TODAY - item["publication_date"]).days for item in DATA.items]
    per_quarter = Counter(min(age // 92, 3) for age in ages)
    if thin := [quarter + 1 for quarter in range(4) if per_quarter[quarter] < 5]:
        problems.append(f"fewer than 5 items published in quarter(s) {thin} of the past year, counting back")
    if min(ages) > 14:
        problems.append(
            f"the newest item was published {min(ages)} days before the load day; expected two weeks at most"
        )
    check(problems)


def test_a_fresh_demo_always_has_events_to_come():
    """The agenda and the home page's "Binnenkort" (three events) are never empty on a fresh demo."""
    upcoming = sorted(event["start"] for event in DATA.of_kind("evenement") if event["start"].date() > TODAY)
    problems = []
    if len(upcoming) < 3:
        problems.append(f"{len(upcoming)} events to come, expected at least three")
    elif (upcoming[0].date() - TODAY).days > 14 or (upcoming[-1].date() - TODAY).days < 90:
        problems.append(
            f"events to come from {upcoming[0]} to {upcoming[-1]}: expected the first within two weeks "
            "and the last at least three months ahead"
        )
    check(problems)


def test_every_level_theme_opgave_and_region_is_used_at_least_twice():
    vocabulary = {
        "levels": LEVELS,
        "themes": slugs(DATA.themes),
        "opgaven": slugs(DATA.opgaven),
        "regions": slugs(DATA.regions),
    }
    problems = []
    for field, values in vocabulary.items():
        used = Counter(value for item in DATA.items for value in item[field])
        problems += [f"{field} {v!r} used by {used[v]} item(s), expected 2 or more" for v in values if used[v] < 2]
    check(problems)


def test_the_content_shows_every_variant():
    """Each optional part of a page appears on some pages and not on others."""
    stories, essays, events = DATA.of_kind("verhaal"), DATA.of_kind("essay"), DATA.of_kind("evenement")
    with_factbox = sum("factbox" in story for story in stories)
    with_lessons = sum("lessons" in story for story in stories)
    past = sum(event["start"].date() < TODAY for event in events)
    problems = []
    if not len(stories) // 3 <= with_factbox <= 2 * len(stories) // 3:
        problems.append(f"{with_factbox} of {len(stories)} stories have a fact box, expected a third to two thirds")
    if with_lessons <= len(stories) // 2:
        problems.append(f"{with_lessons} of {len(stories)} stories have lessons, expected more than half")
    if abs(past - (len(events) - past)) > 2:
        problems.append(f"{past} past and {len(events) - past} upcoming events: expected about as many of each")
    if not any(event["recording_url"] for event in events):
        problems.append("no event with a recording")
    if all(item["regions"] for item in DATA.items):
        problems.append("every item has a region; some should have none")
    if not (any(e["isbn"] for e in essays) and any(not e["isbn"] for e in essays)):
        problems.append("essays should include some with and some without an ISBN")
    check(problems)


def test_image_palette_is_eight_rgb_colours():
    assert len(images.PALETTE) == 8, images.PALETTE
    for colour in images.PALETTE:
        assert len(colour) == 3 and all(0 <= c <= 255 for c in colour), colour


# --- the loader ---------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path):
    """A copy of the data files to break one at a time."""
    for path in DATA_DIR.rglob("*.toml"):
        target = tmp_path / path.relative_to(DATA_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    return tmp_path


# --- dates relative to the load day ------------------------------------------------


def test_the_demo_moves_with_the_day_it_is_loaded():
    later = load(today=TODAY + datetime.timedelta(days=1000))
    shift = datetime.timedelta(days=1000)
    assert later.today - DATA.today == shift
    for now, then in zip(DATA.items, later.items, strict=True):
        assert then["publication_date"] - now["publication_date"] == shift, now["slug"]
        if now["kind"] == "evenement":
            assert (then["start"] - now["start"], then["end"] - now["end"]) == (shift, shift), now["slug"]
    for now, then in zip(DATA.opgaven, later.opgaven, strict=True):
        assert [u["date"] + shift for u in now["progress"]] == [u["date"] for u in then["progress"]]
    # Texts that name a date move with it: the promised fixes stay ahead of the load day.
    assert DATA.pages["toegankelijkheid"]["body"] != later.pages["toegankelijkheid"]["body"]


def test_the_accessibility_statement_dates_itself_from_the_load_day():
    raw = (DATA_DIR / "pages.toml").read_text(encoding="utf-8")
    statement = raw[raw.index("[toegankelijkheid]") : raw.index("[", raw.index("[toegankelijkheid]") + 1)]
    assert not re.search(r"\b20\d\d\b", statement), "write the statement's dates as {datum:…}, {maand:…}, {jaar:…}"
    # A day chosen for its Dutch dates: the statement as the loader writes it then.
    text = " ".join(load(today=datetime.date(2026, 12, 5)).pages["toegankelijkheid"]["body"])
    assert "opgesteld op 20 november 2026 en laatst herzien op 29 november 2026" in text
    assert "vond plaats in november 2026" in text
    assert "van vóór 2025 ontbreekt" in text and "bij vóór 1 juli 2027;" in text


def test_loader_dates_count_days_from_the_load_day():
    day = datetime.date(2028, 2, 27)
    assert resolve_date("-120d", day) == datetime.date(2027, 10, 30)
    assert resolve_date("+0d", day) == day
    assert resolve_date("+2d", day) == datetime.date(2028, 2, 29)
    assert resolve_datetime("+21d 15:00", day) == datetime.datetime(2028, 3, 19, 15, 0)
    assert resolve_datetime("-3d 09:30", day) == datetime.datetime(2028, 2, 24, 9, 30)
    assert dutch_date(datetime.date(2027, 7, 1)) == "1 juli 2027"
    assert dutch_date(datetime.date(2027, 3, 9), "maand") == "maart 2027"
    assert dutch_date(datetime.date(2027, 3, 9), "jaar") == "2027"
    assert fill_dates("Vóór {datum:+2d}, in {maand:-58d} en na {jaar:+400d}.", day) == (
        "Vóór 29 februari 2028, in december 2027 en na 2029."
    )


@pytest.mark.parametrize(
    ("function", "value", "message"),
    [
        (resolve_date, datetime.date(2024, 5, 14), 'write a date as days from the load day, e.g. "-120d"'),
        (resolve_date, "120d", "not '120d'"),
        (resolve_date, "-4 weken", "not '-4 weken'"),
        (resolve_datetime, "+21d", "e.g. \"+21d 15:00\", not '+21d'"),
        (resolve_datetime, "+21d 24:00", "not '+21d 24:00'"),
        (resolve_datetime, datetime.datetime(2027, 1, 21, 9, 30), "not datetime.datetime(2027, 1, 21, 9, 30)"),
        (fill_dates, "vóór {datum:+208}", "'{datum:+208}' is not a date the loader can write"),
        (fill_dates, "in {month:-15d}", "'{month:-15d}' is not a date the loader can write"),
    ],
)
def test_loader_refuses_dates_that_do_not_count_from_the_load_day(function, value, message):
    with pytest.raises(DemoDataError, match=re.escape(message)):
        function(value, TODAY)


def test_loader_joins_lines_and_splits_paragraphs(data_dir):
    (data_dir / "themes.toml").write_text(
        '[[theme]]\nslug = "a"\nname = "A"\ndescription = """\nEen lange\n  beschrijving.\n"""\n'
    )
    (data_dir / "content/tips.toml").write_text(
        '[[tip]]\ntitle = "T"\nslug = "t"\nintro = "I"\npublication_date = "-3d"\n'
        'levels = ["netwerk"]\nthemes = ["a"]\ntags = ["x", "y"]\nbody = """\nEen\nalinea.\n\nTwee.\n"""\n'
    )
    data = load(data_dir, today=datetime.date(2027, 1, 5))
    assert data.themes == [{"slug": "a", "name": "A", "description": "Een lange beschrijving."}]
    tip = data.of_kind("tip")[0]
    assert tip["body"] == ["Een alinea.", "Twee."]
    assert (tip["opgaven"], tip["regions"]) == ([], []), "optional lists default to empty"
    assert tip["publication_date"] == datetime.date(2027, 1, 2)


def test_loader_gives_an_essay_the_year_of_its_publication_date(data_dir):
    essays = (data_dir / "content/essays.toml").read_text(encoding="utf-8")
    first = load(data_dir, today=datetime.date(2027, 1, 5)).of_kind("essay")
    assert all(essay["publication_year"] == essay["publication_date"].year for essay in first)
    assert "publication_year" not in essays, "the year follows from the date: write only publication_date"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("themes.toml", '[[theme]]\nslug = "a"\nname = "A"\n', "themes.toml theme #1 (a): missing field 'description'"),
        ("people.toml", '[[person]]\nkey = "k"\nname = "N"\nrole = "R"\norganisation = "o"\nrol = "x"\n', "['rol']"),
        ("regions.toml", "[[region]\n", "regions.toml: not valid TOML"),
        ("themes.toml", '[theme]\nslug = "a"\n', "write [[theme]], not [theme]"),
        ("themes.toml", '[[thema]]\nslug = "a"\n', "expected only [[theme]] tables"),
        ("pages.toml", 'over = "Over ons"\n', "pages.toml [over]: expected a table of fields"),
        ("themes.toml", '[[theme]]\nslug = "a"\nname = """\nA\n\nB\n"""\ndescription = "d"\n', "one paragraph"),
    ],
)
def test_loader_names_the_file_and_record_of_malformed_data(data_dir, name, text, message):
    (data_dir / name).write_text(text)
    with pytest.raises(DemoDataError, match=re.escape(message)):
        load(data_dir)


def test_loader_reports_a_missing_file(data_dir):
    (data_dir / "pages.toml").unlink()
    with pytest.raises(DemoDataError, match="pages.toml: missing"):
        load(data_dir)
