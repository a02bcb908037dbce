"""Shared checks for the browser tests: axe-core, keyboard navigation, page contract."""

import re
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}

_axe = Axe()


def format_violations(violations):
    lines = []
    for violation in violations:
        impact = violation.get("impact")
        lines.append(f"- {violation['id']} ({impact}): {violation['help']}  {violation.get('helpUrl', '')}")
        for node in violation["nodes"]:
            lines.append(f"    target: {node.get('target')}")
            lines.append(f"    html:   {node.get('html', '')[:300]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"    why:    {summary[:400]}")
    return "\n".join(lines)


# Finite CSS animations and transitions (Wagtail's admin messages fade in)
# ended: axe otherwise measures a colour half-way, which nobody reads.
SETTLE_ANIMATIONS = """() => Promise.all(document.getAnimations()
    .filter(animation => animation.effect && animation.effect.getComputedTiming().endTime !== Infinity)
    .map(animation => animation.finished.catch(() => null)))"""


def assert_no_axe_violations(page, label=""):
    """Zero WCAG 2.1 A/AA violations on the page as it is once it has settled."""
    page.evaluate(SETTLE_ANIMATIONS)
    results = _axe.run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    assert not violations, (
        f"axe-core found {len(violations)} WCAG 2.1 A/AA violation(s) on {label or page.url}:\n"
        + format_violations(violations)
    )


def assert_only_own_origin(context):
    log = context.request_log
    foreign = log.foreign()
    assert not foreign, f"requests to another origin than {log.origin}:\n" + "\n".join(foreign)


def assert_no_cookies(context):
    cookies = context.cookies()
    assert cookies == [], "an anonymous visitor got cookies: " + ", ".join(
        f"{c['name']} ({c['domain']}{c['path']})" for c in cookies
    )


def tab_until(page, predicate_js, arg=None, max_presses=250, key="Tab"):
    """Press Tab until `predicate_js(document.activeElement, arg)` is true; fail after `max_presses`.

    Returns the number of presses it took. Only the keyboard moves focus here.
    """
    check = f"(arg) => {{ const el = document.activeElement; return !!(({predicate_js})(el, arg)); }}"
    for presses in range(1, max_presses + 1):
        page.keyboard.press(key)
        if page.evaluate(check, arg):
            return presses
    focused = page.evaluate("() => document.activeElement && document.activeElement.outerHTML.slice(0, 200)")
    raise AssertionError(f"{max_presses} × {key} never reached the wanted element on {page.url}; focus is on {focused}")


def result_count(page):
    """The number in `#resultaten-aantal` (e.g. "12 resultaten" -> 12)."""
    text = page.locator("#resultaten-aantal").inner_text()
    numbers = re.findall(r"\d+", text.replace(".", ""))
    assert numbers, f"#resultaten-aantal has no number: {text!r}"
    return int(numbers[0])


def result_links(page):
    """The first link of every `<li>` in `<ol id="resultaten">`, as absolute URLs."""
    return page.eval_on_selector_all(
        "ol#resultaten > li",
        "items => items.map(li => { const a = li.querySelector('a[href]'); return a ? a.href : null; })",
    )


def assert_focus_visible(page):
    """The focused element shows a focus ring (WCAG 2.4.7; axe-core cannot see this)."""
    state = page.evaluate(
        """() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            return {
                html: el.outerHTML.slice(0, 200),
                focusVisible: el.matches(':focus-visible'),
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
                shadow: style.boxShadow !== 'none',
            };
        }"""
    )
    assert state, "nothing has focus"
    assert state["focusVisible"] and (state["outline"] or state["shadow"]), f"no visible focus ring on {state}"


def totp_code(key_text, offset=0):
    """The current code of the authenticator app set up with `key_text` (as the setup screen shows it)."""
    import base64

    from ..clock import server_totp_code

    raw = key_text.replace(" ", "")
    return server_totp_code(base64.b32decode(raw + "=" * (-len(raw) % 8)), offset)


#: Shell code (for `conftest.site_shell`) defining `user(name, group)`: an
#: account in that Wagtail group with the password PASSWORD (replace it in the
#: code before running), made or brought up to date.
SITE_USER_CODE = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

def user(name, group):
    person, _ = get_user_model().objects.get_or_create(username=name, defaults={"email": name + "@example.org"})
    person.first_name = name.title()
    person.set_password(PASSWORD)
    person.save()
    person.groups.add(Group.objects.get(name=group))
    return person
"""


def open_action_menu(page):
    """Open the edit screen's action menu (the footer's "more" toggle)."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def is_admin_dashboard(url):
    """Whether `url` is the admin's dashboard itself. (A glob like "**/admin/"
    also matches the code screen's own address, ".../controleren/?next=/admin/",
    so a wait on it returned before the code was even sent.)"""
    return urlsplit(url).path == "/admin/"


#: The authenticator keys set up by `sign_in_to_admin`, and how often each was used since.
_APP_KEYS = {}


def sign_in_to_admin(page, username, password):
    """Sign in through the admin's own screens. Superusers and Eindredacteuren
    must set up two-factor authentication first: do it the way an editor does,
    with the key shown as text on the setup screen; later sign-ins give the
    app's next code (a code is never accepted twice)."""
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("button[type=submit]")
    if "/tweestapsverificatie/instellen/" in page.url:
        key = page.locator(".ovn-key-text").inner_text()
        _APP_KEYS[username] = [key, 1]
        page.fill("#id_code", totp_code(key))
        page.click("button:has-text('Bevestigen')")
        page.click("text=Ik heb de codes bewaard, ga verder")
    elif "/tweestapsverificatie/controleren/" in page.url:
        key, uses = _APP_KEYS[username]
        _APP_KEYS[username][1] = uses + 1
        page.fill("#id_code", totp_code(key, offset=30 * uses))
        page.click("button:has-text('Inloggen')")
    page.wait_for_url(is_admin_dashboard)
