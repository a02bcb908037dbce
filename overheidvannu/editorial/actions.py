"""Every editorial action in the admin is atomic and idempotent.

* Atomic: each POST to the admin runs in one database transaction, rolled back
  when the response is a server error. A comment, a "request changes" or a
  resubmit either happens completely or not at all, e.g. when sending the
  notification e-mail fails half-way.
* Idempotent: a small script (static/js/admin-editorial.js) gives each admin
  form a one-time key when it is submitted. The key is stored in the same
  transaction as the action (`ProcessedAction`, a model that stays in
  articles/models/editorial.py). A second POST with the same key (a double
  click, or the browser resending the form) is not applied again: the editor
  is sent back to the page with a message. A POST that failed left no key
  behind, so its retry is applied exactly once.
"""

import re

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme

from articles.models import ProcessedAction

ACTION_KEY_FIELD = "ovn_action_key"
ACTION_KEY_PATTERN = re.compile(r"^[A-Za-z0-9-]{16,64}$")
ADMIN_PREFIX = "/admin/"
ALREADY_DONE = "Deze actie was al verwerkt; ze is niet nog een keer uitgevoerd."


def _back(request):
    target = request.META.get("HTTP_REFERER") or request.path
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = request.path
    return target


class AtomicAdminActionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not request.path_info.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        with transaction.atomic():
            duplicate = self._claim_key(request)
            if duplicate is not None:
                return duplicate
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
            return response

    def _claim_key(self, request):
        """Store the form's key; if it is already stored, answer without
        running the action again."""
        key = request.POST.get(ACTION_KEY_FIELD, "")
        if not ACTION_KEY_PATTERN.match(key):
            return None
        user = request.user if getattr(request, "user", None) and request.user.is_authenticated else None
        try:
            with transaction.atomic():
                ProcessedAction.objects.create(key=key, user=user, path=request.path[:255])
        except IntegrityError:
            if request.headers.get("x-requested-with") == "XMLHttpRequest" or "json" in request.headers.get(
                "accept", ""
            ):
                return JsonResponse({"success": False, "message": ALREADY_DONE}, status=409)
            messages.info(request, ALREADY_DONE)
            return HttpResponseRedirect(_back(request))
        return None
