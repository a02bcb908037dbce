"""Every page of the demo site answers, on both supported databases.

Two sites are built and served as people run them (tests/demo_sites.py):
`make run`'s (SQLite, `overheidvannu.settings.dev`, `runserver`) and the
deployed one (PostgreSQL, production settings, gunicorn), each with
`load_demo` (the PostgreSQL one's a copy of tests/demo_template.py's). On
each, over HTTP (tests/crawl.py): every URL of the sitemap, `/thema/`,
searches that find an opgave, a region, a theme and content, search
suggestions; then everything those pages link to, the feeds they announce and
each filter choice of the kennisbank, the agenda and one search; and, signed
in as an admin through the admin's own screens, the live preview and
the draft view of one page of every page type. Everything must answer 200,
and both databases must show the same pages.

The counts per database are written to var/crawl/summary.txt (each URL with
its answer beside it), so a run can be quoted without `-s`.
"""

import datetime
import difflib
import html
import itertools
import os
import re
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .clock import server_totp_code
from .crawl import Client, PageLinks, crawl, heading, preview, sign_in, sitemap_paths
from .demo_sites import ROOT, build_postgres, build_sqlite, serve

#: Each search and a page it must find (by what it names).
SEARCHES = {
    "/zoeken/?q=klimaat": "/opgaven/samen-aan-de-slag-voor-het-klimaat/",  # an opgave
    "/zoeken/?q=achterhoek": "/regios/achterhoek/",  # a region
    "/zoeken/?q=netwerken": "/thema/sturen-in-netwerken/",  # a theme
    "/zoeken/?q=roosendaal": "/verhalen/een-loket-voor-schulden-in-roosendaal/",  # content
    "/zoeken/?q=achterhoek&type=verhaal": "/verhalen/betaalbare-woningen-voor-jongeren-achterhoek/",  # filtered
}
#: The pages whose filter choices are requested one by one: the listing of
#: all content (the per-type listings share its code), the agenda (its own
#: order) and a search.
FILTERED = ["/kennisbank/", "/agenda/", "/zoeken/?q=achterhoek"]
SUGGESTIONS = {"/zoeken/suggesties/?q=achter": "/regios/achterhoek/"}
OTHER_PAGES = ["/", "/thema/", "/zoeken/", "/zoeken/?q=xyzzy", "/robots.txt", "/.well-known/security.txt"]
SUMMARY = ROOT / "var" / "crawl"


@dataclass
class SiteCrawl:
    """What was requested on one site, and what answered."""

    site: object
    base_url: str
    sitemap: list
    pages: object  # tests.crawl.Crawl: the public crawl
    admin: dict = field(default_factory=dict)  # path → answer, signed in
    previewed: dict = field(default_factory=dict)  # page type → page id
    seconds: float = 0.0
    log: str = ""  # the end of the server's log

    def failures(self):
        """'STATUS path (found on page)' for every answer that is not right."""
        wrong = []
        for path, answer in self.pages.answers.items():
            if answer.status != 200:
                wrong.append(describe(path, answer, self.pages.found_on.get(path)))
            elif answer.is_html and not PageLinks(answer.text).has_h1:
                wrong.append(f"{answer.status} {path}: a page without its heading (h1)")
        for path, answer in self.admin.items():
            if answer.status != 200:
                wrong.append(describe(path, answer, None))
            elif path.startswith("POST"):
                if '"is_valid": true' not in answer.text or '"is_available": true' not in answer.text:
                    wrong.append(f"{answer.status} {path}: the preview refused the edit form: {answer.text[:200]}")
            elif not heading(answer) or ("/preview/" in path and "preview-error" in answer.text):
                wrong.append(f"{answer.status} {path}: no page shown ({heading(answer) or 'no heading'})")
        return wrong

    def counts(self):
        answers = self.pages.answers
        return {
            "sitemap": len(self.sitemap),
            "public": len(answers),
            "found on those pages": len(self.pages.found_on),
            "filter choices": len(self.pages.filtered & answers.keys()),
            "searches": sum(path.startswith("/zoeken/") for path in answers),
            "feeds": sum("/feed/" in path for path in answers),
            "admin": len(self.admin),
            "page types previewed": len(self.previewed),
        }


def describe(path, answer, found_on):
    where = f" (linked from {found_on})" if found_on else ""
    # The dev settings' error page names the exception.
    reason = re.search(r"<th[^>]*>Exception Value:</th>\s*<td><pre>(.*?)</pre>", answer.text, re.S)
    detail = f": {html.unescape(reason.group(1)).strip()[:300]}" if reason else ""
    target = f" → {answer.location}" if answer.location else ""
    return f"{answer.status} {path}{target}{where}{detail}"


def totp_code(key):
    # The served site keeps the real clock, also when CLOCK_OFFSET_DAYS moves ours.
    return server_totp_code(bytes.fromhex(key))


def crawl_site(site, base_url):
    started = time.monotonic()
    client = Client(base_url)
    sitemap, sitemap_hosts = sitemap_paths(client)
    seeds = [*sitemap, *OTHER_PAGES, *FILTERED, *SEARCHES, *SUGGESTIONS]
    pages = crawl(client, seeds, hosts={client.netloc, *sitemap_hosts}, filtered=FILTERED)
    result = SiteCrawl(site=site, base_url=base_url, sitemap=sitemap, pages=pages)

    editor = Client(base_url)
    code = (lambda: totp_code(site.totp_key)) if site.totp_key else None
    sign_in(editor, site.username, site.password, code)
    result.admin["/admin/"] = editor.request("/admin/")  # the dashboard, not the login screen
    for page_type, page_id in sorted(site.page_types.items()):
        result.previewed[page_type] = page_id
        result.admin.update(preview(editor, page_id))
        result.admin[f"/admin/pages/{page_id}/view_draft/"] = editor.request(f"/admin/pages/{page_id}/view_draft/")
    result.seconds = time.monotonic() - started
    result.log = site.log.read_text(errors="replace")[-4000:]
    return result


def write_summary(crawls, built):
    SUMMARY.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now().astimezone()
    lines = [
        f"Crawl of the demo site, {now:%Y-%m-%d %H:%M %Z} (tests/test_crawl.py); both sites built in {built:.0f} s"
    ]
    for name, result in crawls.items():
        counts = result.counts()
        total = counts["public"] + counts["admin"]
        lines.append(
            f"{name}: {total} URLs in {result.seconds:.0f} s, {len(result.failures())} not right: "
            + ", ".join(f"{value} {key}" for key, value in counts.items())
        )
        listing = [f"{answer.status} {answer.seconds:6.2f} s  {path}" for path, answer in result.pages.answers.items()]
        listing += [f"{answer.status} {answer.seconds:6.2f} s  {path}" for path, answer in result.admin.items()]
        (SUMMARY / f"{name}.txt").write_text("\n".join(listing) + "\n")
    (SUMMARY / "summary.txt").write_text("\n".join(lines) + "\n")


@pytest.fixture(scope="module")
def crawls():
    """Both sites built side by side, then crawled side by side."""
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="ovn-crawl-"))
    for name in ("sqlite", "postgresql"):
        (workdir / name).mkdir()
    with ThreadPoolExecutor(max_workers=2) as pool:
        builds = [
            pool.submit(build_sqlite, workdir / "sqlite"),
            pool.submit(build_postgres, workdir / "postgresql", os.environ["DATABASE_URL"]),
        ]
        try:
            sqlite, postgres = (build.result() for build in builds)
            built = time.monotonic() - started
            with serve(sqlite) as sqlite_url, serve(postgres) as postgres_url:
                jobs = [pool.submit(crawl_site, sqlite, sqlite_url), pool.submit(crawl_site, postgres, postgres_url)]
                results = {job.result().site.name: job.result() for job in jobs}
        finally:
            for build in builds:
                if build.exception() is None:
                    build.result().remove()
            shutil.rmtree(workdir, ignore_errors=True)
    write_summary(results, built)
    return results


def assert_all_right(result):
    failures = result.failures()
    counts = ", ".join(f"{value} {key}" for key, value in result.counts().items())
    log = f"\nThe end of the server's log ({result.site.log.name}):\n{result.log}" if failures else ""
    listing = "\n".join(failures)
    assert not failures, (
        f"{len(failures)} of the {result.site.name} site's URLs are not right ({counts}):\n{listing}{log}"
    )


def test_every_page_of_the_make_run_site_answers_on_sqlite(crawls):
    assert_all_right(crawls["sqlite"])


def test_every_page_of_the_demo_site_answers_on_postgresql(crawls):
    assert_all_right(crawls["postgresql"])


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_searches_find_opgaven_regions_themes_and_content(crawls, database):
    answers = crawls[database].pages.answers
    missing = []
    for search, page in {**SEARCHES, **SUGGESTIONS}.items():
        answer = answers[search]
        if f'"{page}"' not in answer.text:
            missing.append(f"{search} ({answer.status}) does not lead to {page}")
    assert not missing, "\n".join(missing)
    assert 'id="resultaten-aantal">0 resultaten' in answers["/zoeken/?q=xyzzy"].text


def main_content(answer, base_url):
    """The page's <main>, without what differs by server and not by content:
    the site's address, hashed static names, random rendition file names, CSRF
    tokens, and database ids in addresses (documents, transcripts: a sequence
    may have moved on in a database the suite shared; the crawl follows every
    link itself)."""
    match = re.search(r"<main.*?</main>", answer.text, re.S)
    text = (match.group(0) if match else answer.text).replace(base_url, "")
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", text)
    text = re.sub(r"/media/images/[^\"' ,]*", "/media/images/…", text)
    text = re.sub(r"/(documents|podcast/uitgeschreven-tekst)/\d+/", r"/\1/…/", text)
    return re.sub(r"(/static/[^\"' ]*?)\.[0-9a-f]{12}(\.\w+)", r"\1\2", text)


def test_both_databases_show_the_same_pages(crawls):
    """The same demo content gives the same pages on SQLite and PostgreSQL:
    the same lists in the same order, with the same counts. Only search
    ranks differently (PostgreSQL's Dutch full-text search against the
    simpler matching on SQLite), so its pages are left out."""
    sqlite, postgres = crawls["sqlite"], crawls["postgresql"]
    assert sorted(sqlite.sitemap) == sorted(postgres.sitemap)
    different = {}
    for path, answer in sqlite.pages.answers.items():
        other = postgres.pages.answers.get(path)
        # Only pages both serve (the other tests name the rest).
        served = [reply is not None and reply.status == 200 and reply.is_html for reply in (answer, other)]
        if path.startswith("/zoeken/") or not all(served):
            continue
        ours, theirs = main_content(answer, sqlite.base_url), main_content(other, postgres.base_url)
        if ours != theirs:
            different[path] = difflib.unified_diff(ours.splitlines(), theirs.splitlines(), "sqlite", "postgresql", n=0)
    first = "\n".join(itertools.islice(next(iter(different.values())), 12)) if different else ""
    assert not different, (
        f"{len(different)} pages differ between SQLite and PostgreSQL:\n" + "\n".join(different) + f"\n\n{first}"
    )
