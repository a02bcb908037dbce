"""An editor whose action sends a notification is told, in Dutch, when the
mail server does not take it right now (it refuses, or it hangs): the mail
waits in the outbox and goes out later; the action itself is done."""

import pytest
from wagtail.models import WorkflowState

from articles.permissions import EDITORS, REVIEWERS
from overheidvannu.editorial.notifications import MAIL_WAITS

from ..servers import free_port, hanging_smtp_server, smtp_server, use_smtp
from .test_editorial_actions import reject_with_comment
from .test_workflow import login_as, submit_story_as_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, django_user_model, tree, settings):
    port = use_smtp(settings, free_port(), queued=True, timeout=2)
    login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree)
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    return page, port


def request_changes(client, page, key):
    response, state = reject_with_comment(client, page, "Graag een bron.", key)
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES  # the action is done
    return client.get(response.url).content.decode()


def test_a_refusing_mail_server_is_mentioned(client, submitted):
    page, _port = submitted  # nothing listens on the port: the connection is refused
    assert MAIL_WAITS in request_changes(client, page, "a" * 32)


def test_a_hanging_mail_server_is_mentioned(client, submitted):
    page, port = submitted
    with hanging_smtp_server(port):
        assert MAIL_WAITS in request_changes(client, page, "b" * 32)


def test_nothing_is_said_when_the_mail_server_answers(client, submitted):
    page, port = submitted
    with smtp_server(port):
        assert MAIL_WAITS not in request_changes(client, page, "c" * 32)
