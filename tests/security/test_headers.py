"""Security headers under the production settings on every public response:
Permissions-Policy, the strict CSP, HSTS, nosniff, referrer and frame rules;
the admin's own policy; documents as downloads (PDF excepted) with their own
restrictive policy."""

import importlib
import os

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from articles.models import EssayPage, StoryPage

from ..factories import make_content, make_theme

pytestmark = pytest.mark.django_db

STRICT_PUBLIC_POLICY = (
    "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)
FEATURES_OFF = ["camera", "microphone", "geolocation", "payment", "usb", "autoplay", "fullscreen", "browsing-topics"]
HTTPS = {"HTTP_X_FORWARDED_PROTO": "https"}


@pytest.fixture
def production(settings, monkeypatch):
    """The security settings exactly as overheidvannu.settings.production sets them."""
    monkeypatch.setitem(os.environ, "SECRET_KEY", "test-only-production-like-key-0123456789-abcdefghijklmnop")
    prod = importlib.import_module("overheidvannu.settings.production")
    for name in dir(prod):
        if name.startswith(("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_", "X_FRAME", "PERMISSIONS_POLICY")) or name in {
            "CONTENT_SECURITY_POLICY",
            "TRUSTED_PROXY_COUNT",
            "WAGTAILDOCS_INLINE_CONTENT_TYPES",
            "TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP",
        }:
            setattr(settings, name, getattr(prod, name))
    settings.DEBUG = False
    return settings


@pytest.fixture
def story(tree):
    return make_content(tree, StoryPage, "Samen werken aan wonen", levels=["individu"], themes=[make_theme()])


def directives(policy):
    return {part.strip() for part in policy.split(";") if part.strip()}


def assert_public_headers(response):
    policy = response["Permissions-Policy"]
    for feature in FEATURES_OFF:
        assert f"{feature}=()" in policy, feature
    assert "=(self" not in policy and "*" not in policy  # nothing switched on
    assert directives(response["Content-Security-Policy"]) == directives(STRICT_PUBLIC_POLICY)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_every_kind_of_public_response_carries_the_security_headers(client, production, story):
    paths = [
        "/",
        "/kennisbank/",
        story.url,
        "/kennisbank/?niveau=individu&sorteer=oud",
        "/zoeken/?q=wonen",
        "/robots.txt",
        "/sitemap.xml",
        "/healthz",
        "/api/v2/pages/",
        "/bestaat-niet/",
    ]
    for path in paths:
        response = client.get(path, **HTTPS)
        assert response.status_code in (200, 404), path
        assert_public_headers(response)


def test_static_files_carry_them_too(client, production):
    # Served by WhiteNoise before the CSP middleware; a policy means nothing
    # for a stylesheet, every other header does.
    response = client.get("/static/css/site.css", **HTTPS)
    assert response.status_code == 200
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_plain_http_is_sent_to_https(client, production, story):
    response = client.get(story.url)
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_the_admin_has_its_own_relaxed_policy(client, production):
    response = client.get("/admin/login/", **HTTPS)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    # Wagtail's admin needs inline scripts, so no script-src; but no plugins,
    # no foreign form targets and no framing by other sites.
    assert "object-src 'none'" in policy and "form-action 'self'" in policy
    assert "frame-ancestors 'self'" in policy and "base-uri 'self'" in policy
    assert "camera=()" in response["Permissions-Policy"]
    assert "max-age=31536000" in response["Strict-Transport-Security"]


def make_document(filename, content, tree):
    """A document a published essay offers (an unpublished one is not served to visitors)."""
    document = get_document_model().objects.create(title=filename, file=ContentFile(content, name=filename))
    make_content(tree, EssayPage, f"Essay met {filename}", pdf=document)
    return document


def test_a_pdf_opens_in_the_browser_with_its_own_policy(client, production, tree):
    document = make_document("jaarverslag.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", tree)
    response = client.get(document.url, **HTTPS)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    policy = response["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'")
    assert "script-src" not in policy and "'self'" not in policy.replace("frame-ancestors 'self'", "")
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "filename, content",
    [
        ("notulen.txt", b"Notulen van het overleg\n"),
        ("cijfers.csv", b"regio;aantal\nAchterhoek;12\n"),
        ("verslag.docx", b"PK\x03\x04 not really a docx but served as stored"),
    ],
)
def test_other_documents_are_downloads_in_a_sandbox(client, production, tree, filename, content):
    document = make_document(filename, content, tree)
    response = client.get(document.url, **HTTPS)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    stem, extension = filename.rsplit(".", 1)
    assert f'filename="{stem}' in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith(f'.{extension}"')
    policy = response["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'") and "sandbox" in policy
    assert "camera=()" in response["Permissions-Policy"]
