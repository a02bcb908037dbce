"""Every editorial action in the admin is applied exactly once, completely or
not at all, whatever autosave, double clicks and modals do.

* Atomic: each POST to the admin runs in one database transaction, rolled back
  when the response is a server error. A comment, a "request changes" or a
  resubmit either happens completely or not at all.
* One at a time per page (or snippet): a POST that names a page or a snippet
  first locks its row (`SELECT … FOR UPDATE`; on SQLite the transaction
  itself is the lock, see `transaction_mode` in settings). So Wagtail's
  autosave never runs beside "Publiceren" or "Goedkeuren": it waits until the
  action is committed, then its own check (the revision the editor loaded is
  no longer the latest) refuses to write a revision, where before the
  action's open transaction hid the new revision from that check and autosave
  wrote a phantom draft on top of the published one.
* Not applied twice: static/js/admin-editorial.js gives every admin form a
  one-time key when the page loads (and a form made and sent by a script when
  it is sent, on the `formdata` event, which Wagtail's workflow modals' jQuery
  `.submit()` fires too). The key is stored in the same transaction as the
  action (`ProcessedAction`, a model that stays in
  articles/models/editorial.py). A second POST with the same key (a double
  click, the modal sending the form twice, the browser resending it) is not
  applied again: the editor is sent back with a message. A POST that failed
  left no key behind, so its retry is applied once. Only forms the browser
  sends as a page claim their key (`is_navigation`): autosave's background
  saves and other scripts' requests never do.
* An action that is no longer possible is refused, not turned into a draft:
  Wagtail's edit view saves a new revision when the workflow action, the
  submission or the restart it was sent for is gone (a colleague, or this
  editor's first click, already did it). That draft, and the 500 of
  "Goedkeuren met opmerking" when the task ended meanwhile, are replaced by a
  Dutch message.
* Mail waits in the outbox (overheidvannu/operations/mail.py) and is sent after
  the commit; when an action queued mail and the mail server does not answer
  right now, the editor reads that the notification goes out later
  (notifications.py).

Kept rows of `ProcessedAction` are deleted after `KEEP_KEYS` by the periodic
job `prune_processed_actions` (apps.py): a browser resends a form within
minutes, not weeks.
"""

import datetime
import re

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect, JsonResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import Page

from articles.models import ProcessedAction

from . import notifications

ACTION_KEY_FIELD = "ovn_action_key"
ACTION_KEY_PATTERN = re.compile(r"^[A-Za-z0-9-]{16,64}$")
ADMIN_PREFIX = "/admin/"
ALREADY_DONE = (
    "Deze actie is al uitgevoerd. Ze kwam nog een keer binnen (bijvoorbeeld door een dubbele klik) "
    "en is niet opnieuw uitgevoerd."
)
NO_LONGER_POSSIBLE = (
    "Deze actie kon niet meer: de pagina is intussen al verder in de review (door jou of een collega). "
    "Er is niets opgeslagen; bekijk hieronder hoe de pagina er nu voor staat."
)
#: How long a processed key is kept (see the module docstring).
KEEP_KEYS = datetime.timedelta(days=7)


def _back(request):
    target = request.META.get("HTTP_REFERER") or request.path
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = request.path
    return target


def is_background_save(request):
    """Autosave: a POST that asks for JSON, not a page (Wagtail's own test,
    `expects_json_response`). It saves a draft; it is no editorial action."""
    return not request.accepts("text/html")


def is_navigation(request):
    """A form the browser sends and then shows the answer of (Fetch
    Metadata's `Sec-Fetch-Mode: navigate`; a client that sends no such
    header counts too). Scripts' requests (autosave, the multiple upload
    sending one file after another from one form, modals' data) are not:
    they never claim a key, and what they change is kept in order by the
    lock instead."""
    return request.headers.get("sec-fetch-mode", "navigate") == "navigate"


def wants_json(request):
    return request.headers.get("x-requested-with") == "XMLHttpRequest" or is_background_save(request)


class AtomicAdminActionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not request.path_info.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        with notifications.watch_queued_mail() as mail, transaction.atomic():
            duplicate = self._claim_key(request) if is_navigation(request) else None
            if duplicate is not None:
                return duplicate
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
                return response
        if mail.queued and not is_background_save(request):
            notifications.warn_when_mail_waits(request)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Lock the page or snippet the POST acts on before its view reads it."""
        if request.method != "POST" or not request.path_info.startswith(ADMIN_PREFIX):
            return None
        target = _locked_target(view_func, view_kwargs)
        if target is None:
            return None
        match = request.resolver_match
        if match is not None and match.url_name == "edit" and not is_background_save(request):
            obj = target.specific if isinstance(target, Page) else target
            if _no_longer_possible(request, obj):
                messages.warning(request, NO_LONGER_POSSIBLE)
                return HttpResponseRedirect(request.path)
        return None

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
            if wants_json(request):
                return JsonResponse({"success": False, "message": ALREADY_DONE}, status=409)
            messages.info(request, ALREADY_DONE)
            return HttpResponseRedirect(_back(request))
        return None


def _locked_target(view_func, view_kwargs):
    """The page (`page_id` in Wagtail's page URLs) or the snippet (the view's
    model and `pk`) a POST acts on, read with a row lock; None for others."""
    if "page_id" in view_kwargs:
        return Page.objects.select_for_update().filter(pk=view_kwargs["page_id"]).first()
    model = getattr(view_func, "view_initkwargs", {}).get("model")
    pk = view_kwargs.get("pk")
    if model is None or pk is None or not hasattr(model, "_default_manager"):
        return None
    try:
        return model._default_manager.select_for_update().filter(pk=unquote(str(pk))).first()
    except (ValueError, TypeError):
        return None


def _no_longer_possible(request, obj):
    """Whether the edit form was sent for a workflow action, a submission or
    a restart that can no longer happen (see the module docstring)."""
    post = request.POST
    if post.get("action-workflow-action"):
        task = obj.current_workflow_task
        if task is None:
            return True
        available = {name for name, _label, _modal in task.get_actions(obj, request.user)}
        return post.get("workflow-action-name") not in available
    if isinstance(obj, Page) and (post.get("action-submit") or post.get("action-restart-workflow")):
        return not obj.permissions_for_user(request.user).can_submit_for_moderation()
    return False


def prune_processed_actions(now=None):
    """Delete the keys older than KEEP_KEYS; returns how many (a periodic job)."""
    deleted, _ = ProcessedAction.objects.filter(created_at__lt=(now or timezone.now()) - KEEP_KEYS).delete()
    return deleted
