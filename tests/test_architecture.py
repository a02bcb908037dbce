"""The project's shape: dependencies run one way, the site package is a
shell with one app per concern, and moving pages between apps keeps every
page, revision and address.

SPEC.md ("Architecture"), issue 20: `articles` ← `opgaven` ← `regions` ←
discovery ← {alerts, editorial} ← the shell (`overheidvannu`); `security` and
`operations` rest on `articles` and the framework only; `demo` may read
everything but the shell. Imports inside functions count too: a module that
needs one to dodge a circle is a module in the wrong place.
"""

import ast
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page, Revision

from .factories import make_content

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("articles", "opgaven", "regions", "overheidvannu")

#: {layer: the other layers it may import}. A module belongs to the most
#: specific layer its name starts with; every app of the site package is a
#: layer of its own, the rest of `overheidvannu` is the shell.
LAYERS = {
    "articles": set(),
    "opgaven": {"articles"},
    "regions": {"opgaven", "articles"},
    "overheidvannu.security": {"articles"},
    "overheidvannu.operations": {"articles"},
    "overheidvannu.discovery": {"regions", "opgaven", "articles", "overheidvannu.operations"},
    "overheidvannu.alerts": {
        "overheidvannu.discovery",
        "regions",
        "opgaven",
        "articles",
        "overheidvannu.operations",
        "overheidvannu.security",
    },
    "overheidvannu.editorial": {
        "overheidvannu.discovery",
        "regions",
        "opgaven",
        "articles",
        "overheidvannu.operations",
        "overheidvannu.security",
    },
    "overheidvannu.demo": {
        "overheidvannu.alerts",
        "overheidvannu.editorial",
        "overheidvannu.discovery",
        "regions",
        "opgaven",
        "articles",
        "overheidvannu.operations",
        "overheidvannu.security",
    },
}
LAYERS["overheidvannu"] = set(LAYERS)  # the shell: anything

#: What the root of the site package holds: the shell (settings, URLs, WSGI,
#: site-wide views and error pages, template tags) and its apps.
SHELL = {"__init__.py", "apps.py", "urls.py", "wsgi.py", "views.py", "errors.py", "settings", "templatetags"}
APPS = {"discovery", "alerts", "editorial", "security", "operations", "demo"}


def project_modules():
    """{module name: path} of every project module outside migrations."""
    modules = {}
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            relative = path.relative_to(REPO)
            if "migrations" in relative.parts:
                continue
            name = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
            modules[name] = path
    return modules


def imports_of(name, path, modules):
    """Project modules that `name` imports anywhere in its file (top level or
    inside functions), resolved to the closest known module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".")
                if path.name != "__init__.py":
                    package = package[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join(package + ([base] if base else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph():
    modules = project_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def layer_of(module):
    """The most specific layer that `module` belongs to."""
    matches = [layer for layer in LAYERS if module == layer or module.startswith(layer + ".")]
    return max(matches, key=len)


def find_cycle(graph):
    """One import circle as a list of modules, or None."""
    state, stack = {}, []

    def visit(module):
        state[module] = "open"
        stack.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                return stack[stack.index(target) :] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        state[module] = "done"
        stack.pop()
        return None

    for module in sorted(graph):
        if module not in state:
            cycle = visit(module)
            if cycle:
                return cycle
    return None


def test_no_import_circle_among_project_modules():
    graph = import_graph()
    assert len(graph) > 40, "the walker found too few modules to be looking in the right place"
    assert find_cycle(graph) is None, " → ".join(find_cycle(graph))


def test_the_cycle_finder_finds_a_circle_through_a_function_level_import(tmp_path):
    # The walker must see imports inside functions, or the test above proves nothing.
    (tmp_path / "a.py").write_text("import b\n")
    (tmp_path / "b.py").write_text("def f():\n    from a import x\n")
    modules = {"a": tmp_path / "a.py", "b": tmp_path / "b.py"}
    graph = {name: imports_of(name, path, modules) for name, path in modules.items()}
    assert find_cycle(graph) == ["a", "b", "a"]


def test_dependencies_run_one_way_between_the_layers():
    wrong_way = []
    for module, targets in import_graph().items():
        layer = layer_of(module)
        allowed = LAYERS[layer] | {layer}
        for target in targets:
            if layer_of(target) not in allowed:
                wrong_way.append(f"{module} imports {target}")
    assert wrong_way == []


def test_each_module_counts_in_its_own_app_and_the_layers_allow_no_circle():
    # The shell's name is a prefix of its apps': each app is still a layer of its own.
    assert layer_of("overheidvannu.operations.frontend_cache") == "overheidvannu.operations"
    assert layer_of("overheidvannu.security") == "overheidvannu.security"
    assert layer_of("overheidvannu.urls") == "overheidvannu"
    assert layer_of("articles.models.base") == "articles"
    layer_graph = {layer: allowed - {layer} for layer, allowed in LAYERS.items()}
    assert find_cycle(layer_graph) is None, " → ".join(find_cycle(layer_graph))


def test_the_site_package_holds_only_the_shell_and_its_apps():
    root = REPO / "overheidvannu"
    entries = {path.name for path in root.iterdir() if path.name != "__pycache__"}
    loose = entries - SHELL - APPS
    assert loose == set(), f"move these into an app of their own: {sorted(loose)}"
    for app in entries & APPS:
        assert (root / app / "apps.py").exists(), f"overheidvannu/{app} has no apps.py"


def test_requirements_hold_no_test_or_lint_tool():
    runtime = (REPO / "requirements.txt").read_text().lower()
    for tool in ("pytest", "playwright", "axe-", "ruff", "djlint", "hypothesis", "aiosmtpd"):
        assert tool not in runtime, f"{tool} belongs in the development requirements"


# --- moving the listing pages from `articles` to `discovery` ----------------------

BEFORE_THE_MOVE = [("discovery", None), ("articles", "0007_search_indexes")]


def migrate(targets):
    """Migrate inside the test's transaction (PostgreSQL has transactional
    DDL, so the test's rollback undoes it all). Pending foreign-key checks are
    run first: a table with pending trigger events cannot be renamed."""
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    ContentType.objects.clear_cache()


def test_moving_the_listing_pages_keeps_every_page_revision_and_address(tree, client):
    story = make_content(tree, title="Een verhaal van voor de verhuizing")
    story.save_revision().publish()
    tree.kennisbank.save_revision().publish()
    pages_before = dict(Page.objects.values_list("pk", "url_path"))
    revisions_before = Revision.objects.count()
    moved_types = {page.pk: page.content_type_id for page in (tree.home, tree.kennisbank, tree.stories)}

    migrate(BEFORE_THE_MOVE)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM articles_kennisbankpage")
        assert cursor.fetchone() == (1,)
    assert ContentType.objects.get_for_id(moved_types[tree.home.pk]).app_label == "articles"

    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    migrate(latest)
    assert dict(Page.objects.values_list("pk", "url_path")) == pages_before
    assert Revision.objects.count() == revisions_before
    for pk, content_type_id in moved_types.items():
        assert Page.objects.get(pk=pk).content_type_id == content_type_id
        assert ContentType.objects.get_for_id(content_type_id).app_label == "discovery"
    for url in ("/", "/kennisbank/", "/verhalen/", story.url):
        assert client.get(url).status_code == 200, url


def test_no_module_outside_the_tests_imports_django_test():
    """Django's test tools (the test client, RequestFactory, override_settings)
    never run in the site or its worker: every module that ships (the apps,
    manage.py, deploy/) is read for imports, top level and inside functions.
    scripts/ holds benchmarks that time pages in-process with the test
    client, as tests do; they never ship to a server."""
    shipped = list(project_modules().values()) + [REPO / "manage.py", *(REPO / "deploy").glob("*.py")]
    shipped += [path for package in PACKAGES for path in (REPO / package).rglob("migrations/*.py")]
    offenders = []
    for path in shipped:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""] + [f"{node.module}.{alias.name}" for alias in node.names]
            if any(name == "django.test" or name.startswith("django.test.") for name in names):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert len(shipped) > 40, "the walker found too few modules to be looking in the right place"
    assert offenders == []
