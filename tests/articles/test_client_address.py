"""One visitor address for everything that counts visitors (issue 19): the
contact form's limit, the alerts' limit, the admin lockout and the security
log all read `articles.client_address.client_ip` with the one setting
`TRUSTED_PROXY_COUNT`. The real proxies in front are in tests/operations/test_proxy_chain.py."""

import logging

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.test import RequestFactory

from articles.client_address import client_ip

from ..contact_form import GOOD, post
from ..security.test_admin_security import make_user, sign_in

PROXY = "10.0.0.2"  # the innermost proxy, as gunicorn sees it


def address(count, forwarded=None, remote=PROXY):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    request = RequestFactory().get("/", **extra)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(django_settings, "TRUSTED_PROXY_COUNT", count, raising=False)
        return client_ip(request)


def test_without_proxies_the_address_is_the_connection_and_the_header_is_ignored():
    assert address(0, remote="198.51.100.7") == "198.51.100.7"
    assert address(0, "203.0.113.9", remote="198.51.100.7") == "198.51.100.7"


def test_behind_one_proxy_the_visitor_is_what_that_proxy_wrote():
    assert address(1, "203.0.113.9") == "203.0.113.9"
    # Whatever the visitor put in front was appended to, not trusted.
    assert address(1, "192.0.2.1, 203.0.113.9") == "203.0.113.9"


def test_behind_two_proxies_the_visitor_is_what_the_outer_proxy_wrote():
    # The TLS proxy wrote the visitor, Varnish appended the TLS proxy.
    assert address(2, "203.0.113.9, 10.0.0.1") == "203.0.113.9"
    assert address(2, "192.0.2.1, 192.0.2.2, 203.0.113.9, 10.0.0.1") == "203.0.113.9"
    assert address(2, " 2001:db8::7 ,10.0.0.1") == "2001:db8::7"


def test_a_short_header_names_the_first_proxy_s_sender_and_no_header_the_connection():
    # A request to Varnish from inside the network: Varnish wrote its sender alone.
    assert address(2, "10.0.5.5") == "10.0.5.5"
    assert address(2, "") == PROXY
    assert address(2) == PROXY
    assert address(2, " , ,") == PROXY


def test_an_entry_no_proxy_would_write_falls_back_to_the_connection():
    assert address(1, "niet-een-adres") == PROXY
    assert address(2, "<script>, 10.0.0.1") == PROXY
    assert address(1, "203.0.113.9:443") == PROXY


@pytest.mark.django_db
def test_behind_two_proxies_the_contact_limit_and_the_lockout_count_the_same_visitor(
    client, tree, settings, django_user_model, caplog
):
    from ..contact_form import make_contact_page

    make_contact_page(tree)
    settings.TRUSTED_PROXY_COUNT = 2
    first, second = "203.0.113.9, 10.0.0.1", "198.51.100.20, 10.0.0.1"
    statuses = [post(client, GOOD, ip=PROXY, HTTP_X_FORWARDED_FOR=first).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    # Another visitor behind the same proxies still gets through.
    assert post(client, GOOD, ip=PROXY, HTTP_X_FORWARDED_FOR=second).status_code == 200

    make_user(django_user_model, "redacteur")
    caplog.set_level(logging.INFO, logger="overheidvannu.security")
    sign_in(client, "redacteur", "fout", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.66, {first}")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}
    assert "adres=203.0.113.9" in caplog.text
    assert "192.0.2.66" not in caplog.text
