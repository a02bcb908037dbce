"""A small crawler for a served site (tests/test_crawl.py).

It requests what a visitor reaches in one step from the pages it is given:
those pages, every internal link on them, the feeds they announce and, where
asked, each single choice of their filter forms. It never follows a
redirect, so every answer is the site's own, and it keeps each answer's
status, type and text for the test to judge. `sign_in` and `preview` do what
an editor does in the admin, over the same HTTP.
"""

import http.cookiejar
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser

from bs4 import BeautifulSoup

REQUEST_TIMEOUT = 120
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
#: Never requested while crawling: the admin (its links change state, e.g.
#: "log out"); the admin preview is requested on purpose (`preview`).
SKIPPED_PREFIXES = ("/admin/",)


@dataclass
class Answer:
    status: int
    content_type: str = ""
    location: str = ""
    text: str = ""
    seconds: float = 0.0

    @property
    def is_html(self):
        return self.content_type.startswith("text/html")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Client:
    """An HTTP client with cookies of its own. Secure cookies (the production
    settings' session and CSRF cookies) go over the loopback's plain HTTP too,
    as a browser sends them to localhost."""

    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")
        self.netloc = urllib.parse.urlsplit(self.base_url).netloc
        cookies = http.cookiejar.CookieJar(http.cookiejar.DefaultCookiePolicy(secure_protocols=("https", "http")))
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies), NoRedirects())

    def request(self, path, data=None):
        """GET `path` (a local path with query), or POST the (name, value) pairs `data`."""
        url = self.base_url + path
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers={"Referer": url})  # noqa: S310 - loopback
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=REQUEST_TIMEOUT) as response:
                status, headers, raw = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, raw = error.code, error.headers, error.read()
        content_type = headers.get("Content-Type", "")
        textual = content_type.startswith("text/") or any(kind in content_type for kind in ("json", "xml"))
        return Answer(
            status=status,
            content_type=content_type,
            location=headers.get("Location", ""),
            text=raw.decode(errors="replace") if textual else "",
            seconds=time.monotonic() - started,
        )


def local(url):
    """The path and query of `url`."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))


def sitemap_paths(client):
    """Every URL of /sitemap.xml as a local path (whatever host it names), and the hosts it names."""
    answer = client.request("/sitemap.xml")
    assert answer.status == 200, f"/sitemap.xml answered {answer.status}"
    urls = [loc.text.strip() for loc in ET.fromstring(answer.text).iter(f"{SITEMAP_NS}loc")]  # noqa: S314 - our site
    return [local(url) for url in urls], {urllib.parse.urlsplit(url).netloc for url in urls}


class PageLinks(HTMLParser):
    """An HTML page's `<a href>` links, the feeds its `<link rel="alternate">`
    announce, and the (name, value) choices of its forms' checkboxes, radio
    buttons and selects; and whether it has a main heading."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.links, self.feeds, self.choices = [], [], []
        self.has_h1 = False
        self._select = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "h1":
            self.has_h1 = True
        elif tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "link" and "alternate" in (attrs.get("rel") or "").split() and attrs.get("href"):
            self.feeds.append(attrs["href"])
        elif tag == "input" and attrs.get("type") in ("checkbox", "radio") and attrs.get("name"):
            self.choices.append((attrs["name"], attrs.get("value", "on")))
        elif tag == "select":
            self._select = attrs.get("name")
        elif tag == "option" and self._select and attrs.get("value"):
            self.choices.append((self._select, attrs["value"]))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def internal(href, page, hosts):
    """`href` on the local path `page` as a local path, or None when it leaves
    the site (another host or scheme, mailto:) or is skipped."""
    parts = urllib.parse.urlsplit(urllib.parse.urljoin(page, href))
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc not in hosts):
        return None
    path = local(parts.geturl())
    return None if path.startswith(SKIPPED_PREFIXES) else path


def with_choice(path, name, value):
    """`path` with one filter choice set (and the page number dropped)."""
    parts = urllib.parse.urlsplit(path)
    query = [(key, val) for key, val in urllib.parse.parse_qsl(parts.query) if key not in (name, "pagina")]
    return urllib.parse.urlunsplit(("", "", parts.path, urllib.parse.urlencode([*query, (name, value)]), ""))


@dataclass
class Crawl:
    """Every path requested with its answer, and for each path found on a
    page, the page it was first found on."""

    answers: dict = field(default_factory=dict)
    found_on: dict = field(default_factory=dict)
    filtered: set = field(default_factory=set)  # the paths made from a filter choice

    def add(self, path, answer, found_on=None):
        self.answers[path] = answer
        if found_on:
            self.found_on[path] = found_on


def crawl(client, seeds, *, hosts, filtered=(), workers=3):
    """Request the `seeds`, then everything found on their HTML pages:
    internal links, announced feeds and, on the pages in `filtered`, each
    single choice of their filter forms (the filtered listings)."""
    result = Crawl()

    def fetch(path):
        return path, client.request(path)

    found = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for path, answer in pool.map(fetch, dict.fromkeys(seeds)):
            result.add(path, answer)
            if answer.status != 200 or not answer.is_html:
                continue
            page = PageLinks(answer.text)
            targets = [internal(href, path, hosts) for href in page.links + page.feeds]
            if path in filtered:
                choices = [with_choice(path, name, value) for name, value in dict.fromkeys(page.choices)]
                result.filtered.update(choices)
                targets += choices
            for target in targets:
                if target and target not in result.answers:
                    found.setdefault(target, path)
        found = {target: page for target, page in found.items() if target not in result.answers}
        for path, answer in pool.map(fetch, found):
            result.add(path, answer, found_on=found[path])
    return result


# --- the admin ----------------------------------------------------------------


def form_fields(form):
    """The (name, value) pairs a browser sends for `form` (a BeautifulSoup
    tag) as it stands: text and hidden inputs, checked boxes, text areas and
    the chosen options."""
    fields = []
    for tag in form.find_all(["input", "textarea", "select"]):
        name = tag.get("name")
        if not name or tag.has_attr("disabled"):
            continue
        kind = tag.get("type", "text")
        if tag.name == "textarea":
            fields.append((name, tag.get_text()))
        elif tag.name == "select":
            chosen = tag.find_all("option", selected=True)
            if not chosen and not tag.has_attr("multiple") and tag.find("option"):
                chosen = [tag.find("option")]
            fields += [(name, option.get("value", option.get_text())) for option in chosen]
        elif kind in ("checkbox", "radio"):
            if tag.has_attr("checked"):
                fields.append((name, tag.get("value", "on")))
        elif kind not in ("submit", "button", "image", "file", "reset"):
            fields.append((name, tag.get("value", "")))
    return fields


def form_holding(html, name):
    """The form (a BeautifulSoup tag) with a field called `name`."""
    return BeautifulSoup(html, "html.parser").find(attrs={"name": name}).find_parent("form")


def sign_in(client, username, password, code=None):
    """Sign in to the admin through its own screens, following its
    redirects: the password, then (for a user with an authenticator app)
    `code()`, the app's current code. Returns the last answer: the admin's
    dashboard once signed in."""
    login = client.request("/admin/login/")
    assert login.status == 200, f"/admin/login/ answered {login.status}"
    form = form_holding(login.text, "password")
    fields = [pair for pair in form_fields(form) if pair[0] not in ("username", "password")]
    answer = client.request("/admin/login/", [*fields, ("username", username), ("password", password)])
    for _step in range(5):
        if answer.status != 302:
            break
        path = local(answer.location)
        answer = client.request(path)
        if answer.status == 200 and path.startswith("/admin/tweestapsverificatie/controleren/"):
            form = form_holding(answer.text, "code")
            fields = [pair for pair in form_fields(form) if pair[0] != "code"]
            answer = client.request(local(form["action"]), [*fields, ("code", code())])
    return answer


def preview(client, page_id):
    """An editor's live preview of the page `page_id`, as the edit screen
    makes it: the edit form's fields posted to the preview URL, then the
    preview itself. The form's StreamFields are built by the admin's
    JavaScript, which this client does not run: they go empty (the preview
    still shows the page with the form's title, links and classification).
    Returns {path: answer} for the edit screen, the posted form and the preview."""
    edit_path = f"/admin/pages/{page_id}/edit/"
    preview_path = f"/admin/pages/{page_id}/edit/preview/"
    edit = client.request(edit_path)
    answers = {edit_path: edit}
    if edit.status != 200:
        return answers
    form = BeautifulSoup(edit.text, "html.parser").find("form", id="page-edit-form")
    fields = form_fields(form)
    names = {name for name, _value in fields}
    for stream in form.select('[data-controller="w-block"][id]'):
        if f"{stream['id']}-count" not in names:
            fields.append((f"{stream['id']}-count", "0"))
    answers[f"POST {preview_path}"] = client.request(preview_path, fields)
    answers[f"{preview_path}?mode="] = client.request(f"{preview_path}?mode=")
    return answers


def heading(answer):
    match = re.search(r"<h1[^>]*>(.*?)</h1>", answer.text, re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)).strip() if match else ""
