"""The edit page's action menu, for pages and for the reviewed vocabulary.

After the Eindredactie asks for changes, Wagtail offers the writer both
"Opnieuw indienen bij …" and "Workflow herstarten". In a workflow of one
step (ours: roles.py) they do the same, so only the first is offered.
"""

RESUBMIT = "action-submit"
RESTART = "action-restart-workflow"


def _one_resubmit_button(menu_items, obj):
    names = {item.name for item in menu_items}
    state = getattr(obj, "current_workflow_state", None) if obj is not None else None
    if RESUBMIT not in names or RESTART not in names or state is None:
        return
    if state.workflow.workflow_tasks.count() != 1:
        return
    menu_items[:] = [item for item in menu_items if item.name != RESTART]


def construct_page_action_menu(menu_items, request, context):
    _one_resubmit_button(menu_items, context.get("page"))


def construct_snippet_action_menu(menu_items, request, context):
    _one_resubmit_button(menu_items, context.get("instance"))
