"""The visitor's address: one function and one setting (`TRUSTED_PROXY_COUNT`)
decide it for the rate limits of the public forms, the admin lockout
(django-axes' `AXES_CLIENT_IP_CALLABLE`) and the security log. README,
"Admin security › The visitor's address", says how to set it."""

import ipaddress

from django.conf import settings


def _is_address(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def client_ip(request):
    """The address of the visitor who sent `request`.

    `TRUSTED_PROXY_COUNT = 0` (gunicorn faces the visitors): REMOTE_ADDR, and
    X-Forwarded-For is never read. Behind N proxies, each of which writes the
    address it saw at the right end of X-Forwarded-For (the outermost one
    replaces whatever the client sent, see deploy/), it is the N-th entry from
    the right: the address the outermost proxy saw. Entries further left were
    sent by the client and never count, so a forged header neither dodges a
    limit nor frames someone else.

    With fewer than N entries a proxy was skipped (a request to Varnish from
    inside the network: it writes the sender's address alone), and the
    leftmost entry, written by the first proxy that handled the request, is
    the sender. An entry that is not an IP address was not written by a
    proxy: then REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if not forwarded:
        return remote
    candidate = forwarded[-min(count, len(forwarded))]
    return candidate if _is_address(candidate) else remote
