"""Every template opens with a header comment that says what it shows and
where its context comes from, and the code it names exists.

The style (README, "Layout"): one `{% comment %}` at the top (after
`{% extends %}` and `{% load %}`, which must come first), naming code by its
full dotted name (`overheidvannu.discovery.listing.render_listing`) and files
by their path (`regions/locator_map.py`, `static/js/site.js`; templates by
their name, `components/card.html`). This test imports every dotted name and
finds every path; a name that leaves out its package (`discovery.views.x`,
`ListingQuery.x`) fails too, so the move of a module cannot leave a header
pointing nowhere.
"""

import importlib
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = REPO / "templates"
#: Where a path named in a header may be: from the repository, a template's
#: name, a static file's name.
PATH_ROOTS = (REPO, TEMPLATES, REPO / "static")
#: The packages a dotted name may start with: the project's and the frameworks'.
PROJECT_ROOTS = {"articles", "opgaven", "regions", "overheidvannu"}
ROOTS = PROJECT_ROOTS | {"wagtail", "django"}

HEADER = re.compile(
    r"\A(?:\s*\{%\s*(?:extends|load)\b[^%]*%\})*\s*\{%\s*comment\s*%\}(.*?)\{%\s*endcomment\s*%\}", re.S
)
PATH = re.compile(r"(?<![\w./-])((?:[\w.-]+/)*[\w-]+\.(?:py|html|txt|xml|js|css|toml|vcl|md|svg))(?![\w/])")
DOTTED = re.compile(r"(?<![\w./-])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)")


def template_files():
    return sorted(path for path in TEMPLATES.rglob("*") if path.is_file())


def project_module_names():
    """The name of every module and package of the project (`discovery`,
    `listing`, …): a dotted name starting with one of them left out its root."""
    names = set()
    for root in PROJECT_ROOTS:
        for path in (REPO / root).rglob("*.py"):
            names.update(part.removesuffix(".py") for part in path.relative_to(REPO).parts)
    return names - {"__init__"}


def resolves(dotted):
    """Whether `dotted` is an importable module, or an attribute (chain) of
    one. A project function or class must be named where it is defined (or
    by the package that exports it), not through a module that imports it."""
    parts = dotted.split(".")
    for split in range(len(parts), 0, -1):
        module_name = ".".join(parts[:split])
        try:
            target = importlib.import_module(module_name)
        except ImportError:
            continue
        for attribute in parts[split:]:
            if not hasattr(target, attribute):
                return False
            target = getattr(target, attribute)
            if target is not None and attribute == parts[split] and parts[0] in PROJECT_ROOTS:
                defined_in = getattr(target, "__module__", None)
                if isinstance(defined_in, str) and not (
                    defined_in == module_name or defined_in.startswith(module_name + ".")
                ):
                    return False
        return True
    return False


def header_problems(path, module_names):
    name = path.relative_to(TEMPLATES).as_posix()
    match = HEADER.match(path.read_text())
    if match is None:
        return [f"{name}: no header comment at the top"]
    text = match.group(1)
    problems = []
    for named in PATH.findall(text):
        if not any((root / named).is_file() for root in PATH_ROOTS):
            problems.append(f"{name}: no file {named}")
    for dotted in DOTTED.findall(PATH.sub(" ", text)):
        first = dotted.split(".", 1)[0]
        if first in ROOTS:
            if not resolves(dotted):
                problems.append(f"{name}: {dotted} does not exist")
        elif first in module_names or re.match(r"[A-Z][a-z]", first):
            problems.append(f"{name}: {dotted} leaves out its package; write its full dotted name")
    return problems


def test_the_style_is_what_this_test_reads():
    header = (
        "{% extends 'base.html' %}{% load page_tags %}{% comment %}\n  See articles.kinds.in_words.\n{% endcomment %}"
    )
    assert HEADER.match(header).group(1).strip() == "See articles.kinds.in_words."
    assert PATH.findall("from regions/locator_map.py, components/card.html and static/js/site.js.") == [
        "regions/locator_map.py",
        "components/card.html",
        "static/js/site.js",
    ]
    assert resolves("articles.kinds.in_words") and resolves("articles.models.ContentPage.kind_label")
    assert not resolves("articles.listing.render_listing")
    assert not resolves("overheidvannu.discovery.pictures.crossover_diagram")  # imported there, not defined


@pytest.mark.parametrize("path", template_files(), ids=lambda path: path.relative_to(TEMPLATES).as_posix())
def test_a_templates_header_names_only_code_that_exists(path):
    assert header_problems(path, project_module_names()) == []
