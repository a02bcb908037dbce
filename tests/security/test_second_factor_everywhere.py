"""The second factor guards everything that needs a login, and no request
header moves it (issue 25): the admin under a script prefix a client sent or
a real sub-path, private pages, documents in restricted collections and the
API; the session key changes once the second factor is given; signed-in
sessions end after 12 hours and after an hour idle. Through the real nginx,
Varnish and gunicorn: tests/operations/test_proxy_chain.py."""

import time

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.test.utils import override_script_prefix
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from articles.permissions import REVIEWERS
from overheidvannu.security.two_factor import SEEN_AT, SIGNED_IN_AT

from .test_admin_security import code_for, enrolled, sign_in

pytestmark = pytest.mark.django_db

VERIFY = "tweestapsverificatie/controleren/"
SECRET = "Alleen voor de redactie: de planning van volgend kwartaal."


@pytest.fixture
def password_only(client, django_user_model):
    """An Eindredacteur with an authenticator app, signed in with the
    password alone; yields (client, key) for giving the code later."""
    key, _codes, _setup_code = enrolled(client, django_user_model, "baas", REVIEWERS)
    sign_in(client, "baas")
    return client, key


def give_code(client, key):
    time.sleep(1.1)  # no replay of the code used for the setup a moment ago
    # The path as the client sends it: under a sub-path the handler adds the prefix.
    response = client.post(f"/admin/{VERIFY}", {"soort": "app", "code": code_for(key, time.time() + 30)})
    assert response.status_code == 302, "the code screen accepted the code"


def test_a_script_name_sent_with_the_request_does_not_skip_the_code_screen(password_only):
    client, _key = password_only
    # What gunicorn and Django's WSGI handler make of `GET /x/admin/` with a
    # `SCRIPT_NAME: /x` header: that environ and that script prefix.
    with override_script_prefix("/x/"):
        for path in ("/admin/", "/admin/pages/", "/admin/forms/"):
            response = client.get(path, SCRIPT_NAME="/x")
            assert response.status_code == 302, path
            assert VERIFY in response["Location"], path


def test_on_a_site_under_a_sub_path_the_admin_still_asks_for_the_code(password_only):
    client, key = password_only
    with override_settings(FORCE_SCRIPT_NAME="/site"), override_script_prefix("/site/"):
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith(f"/site/admin/{VERIFY}")
        # Signing out and the password reset stay open, under the prefix too.
        assert client.get("/admin/password_reset/").status_code == 200
        give_code(client, key)
        assert client.get("/admin/").status_code == 200


def test_the_session_key_changes_once_the_second_factor_is_given(password_only):
    client, key = password_only
    after_password = client.cookies["sessionid"].value
    give_code(client, key)
    verified = client.cookies["sessionid"].value
    assert verified != after_password
    assert client.get("/admin/").status_code == 200
    # Whoever saw the key of the password step has nothing.
    other = Client()
    other.cookies["sessionid"] = after_password
    response = other.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def private_page(tree, kind=PageViewRestriction.LOGIN):
    page = tree.add_standard_page("Redactieplanning", "redactieplanning", intro=SECRET)
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind)
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get(name=REVIEWERS))
    return page


@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS])
def test_a_private_page_asks_for_the_code_before_it_shows_anything(password_only, tree, kind):
    client, key = password_only
    page = private_page(tree, kind)
    response = client.get(page.url)
    assert response.status_code == 302
    assert VERIFY in response["Location"]
    assert "no-cache" in response["Cache-Control"]
    assert SECRET not in response.content.decode()
    # The code screen sends them back to the page.
    response = client.get(response["Location"])
    assert "redactieplanning" in response.content.decode()
    give_code(client, key)
    response = client.get(page.url)
    assert response.status_code == 200
    assert SECRET in response.content.decode()


def test_a_document_in_a_restricted_collection_asks_for_the_code(password_only):
    client, key = password_only
    collection = Collection.get_first_root_node().add_child(name="Interne stukken")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    document = Document.objects.create(
        title="Begroting", collection=collection, file=ContentFile(b"begroting 2027\n", name="begroting.txt")
    )
    response = client.get(document.url)
    assert response.status_code == 302
    assert VERIFY in response["Location"]
    give_code(client, key)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"begroting 2027\n"


def test_the_api_shows_a_private_page_only_after_the_second_factor(password_only, tree):
    client, key = password_only
    page = private_page(tree)

    def listed():
        response = client.get("/api/v2/pages/", {"limit": 50})
        assert response.status_code == 200
        return page.pk in {item["id"] for item in response.json()["items"]}

    assert not listed()
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    give_code(client, key)
    assert listed()


# --- How long a signed-in session lasts --------------------------------------


def move_session_clock(client, **seconds_ago):
    session = client.session
    now = int(time.time())
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200
    return client


def signed_out(client):
    response = client.get("/admin/")
    return response.status_code == 302 and response["Location"].startswith(reverse("wagtailadmin_login"))


def test_an_hour_without_a_request_ends_the_session(editor):
    move_session_clock(editor, **{SEEN_AT: 59 * 60})
    assert not signed_out(editor)  # 59 minutes: still in, and the clock starts again
    move_session_clock(editor, **{SEEN_AT: 60 * 60 + 5})
    assert signed_out(editor)
    login = editor.get(reverse("wagtailadmin_login"))
    assert "Je sessie is verlopen" in login.content.decode()


def test_an_open_editor_tab_pinging_by_itself_does_not_keep_the_session_alive(editor, tree):
    move_session_clock(editor, **{SEEN_AT: 59 * 60})
    ping = reverse("wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", tree.home.pk, 0])
    editor.post(ping)
    assert editor.session[SEEN_AT] <= time.time() - 59 * 60
    move_session_clock(editor, **{SEEN_AT: 60 * 60 + 5})
    assert signed_out(editor)


def test_twelve_hours_after_signing_in_the_session_ends_however_busy(editor):
    move_session_clock(editor, **{SIGNED_IN_AT: 11 * 60 * 60, SEEN_AT: 60})
    assert not signed_out(editor)
    move_session_clock(editor, **{SIGNED_IN_AT: 12 * 60 * 60 + 5, SEEN_AT: 60})
    assert signed_out(editor)


def test_the_session_cookie_lives_twelve_hours_and_visitors_get_none(client, editor, tree, settings):
    assert settings.SESSION_COOKIE_AGE == 12 * 60 * 60
    assert settings.SESSION_IDLE_TIMEOUT == 60 * 60
    assert editor.session.get_expiry_age() <= 12 * 60 * 60
    visitor = Client()
    for path in ("/", "/kennisbank/", "/api/v2/pages/"):
        response = visitor.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, path
