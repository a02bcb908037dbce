"""Editorial roles and the review workflow, kept in place after every migrate
(`ensure_editorial_setup`, connected in apps.py).

Two groups exist on every site (their names and the page-permission tester
live in articles/permissions.py):

* ``Redacteuren`` write: they create and edit pages and submit them for review,
  but cannot publish.
* ``Eindredacteuren`` review: they approve and publish (and can edit too).

One workflow, ``Redactionele review``, with a group-approval task for the
Eindredacteuren, is assigned to the root page, so it covers every page.

Rights are given per section: on each page directly below the home page (the
listings, the opgaven and regions overviews, the plain pages), so they cover
that section and everything in it, never Root or the home page itself.

Nobody deletes the home page or a section page, and editors never delete for
good: they take a page offline, and the "Prullenbak" report (views.py) lists
what was taken offline; publishing it again restores it. Only a superuser
(the functional administrator) deletes permanently. This uses Wagtail's own
means; the one maintained package, wagtail-trash 3.2, supports Wagtail 6-7
only and depends on the retired wagtail-modeladmin.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from articles.permissions import EDITORS, REVIEWERS, SECTION_DEPTH

WORKFLOW_NAME = "Redactionele review"
TASK_NAME = "Goedkeuring door de eindredactie"

EDITOR_PAGE_PERMISSIONS = ["add", "change", "lock"]
REVIEWER_PAGE_PERMISSIONS = ["add", "change", "lock", "publish", "unlock"]


def grant_section_permissions(section, groups=None):
    """Give both groups their rights on one section page (and so on all
    pages below it)."""
    groups = groups or {
        Group.objects.get_or_create(name=EDITORS)[0]: EDITOR_PAGE_PERMISSIONS,
        Group.objects.get_or_create(name=REVIEWERS)[0]: REVIEWER_PAGE_PERMISSIONS,
    }
    codenames = {f"{kind}_page" for types in groups.values() for kind in types}
    permissions = {
        permission.codename: permission
        for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    }
    # One INSERT; rights the section already has stay as they are.
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page=section, permission=permissions[f"{kind}_page"])
            for group, types in groups.items()
            for kind in types
            if f"{kind}_page" in permissions
        ],
        ignore_conflicts=True,
    )


def on_page_saved(sender, instance, created, raw=False, **kwargs):
    """A new section page gets the groups' rights at once (load_demo builds
    the tree after migrate)."""
    if created and not raw and isinstance(instance, Page) and instance.depth == SECTION_DEPTH:
        grant_section_permissions(instance)


#: The curated vocabulary, reviewed like pages.
VOCABULARY_MODELS = [
    ("articles", "theme"),
    ("articles", "person"),
    ("articles", "organisation"),
    ("articles", "abbreviation"),
]

# (app_label, model) pairs whose add/change permissions both groups get;
# reviewers may also delete them.
SHARED_MODELS = [
    ("articles", "theme"),
    ("articles", "person"),
    ("articles", "organisation"),
    ("articles", "abbreviation"),
    ("wagtailimages", "image"),
    ("wagtaildocs", "document"),
]


def _model_permissions(actions, models):
    codenames = [f"{action}_{model}" for _app, model in models for action in actions]
    return Permission.objects.filter(
        content_type__app_label__in={app for app, _model in models}, codename__in=codenames
    )


def _create_vocabulary_permissions(using):
    """The publish/lock/unlock permissions of the reviewed vocabulary. Wagtail
    creates these only for snippets registered before migrate runs, and ours
    are registered with the admin URLs."""
    for app_label, model in VOCABULARY_MODELS:
        content_type = ContentType.objects.db_manager(using).get_by_natural_key(app_label, model)
        for action in ("publish", "lock", "unlock"):
            Permission.objects.using(using).get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {content_type.model_class()._meta.verbose_name_raw}"},
            )


def ensure_editorial_setup(sender=None, using="default", **kwargs):
    """Create or repair the groups, their permissions and the workflow. Idempotent."""
    # Permissions of apps listed after this one are created by their own
    # post_migrate handlers, which may not have run yet.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    _create_vocabulary_permissions(using)

    editors, _ = Group.objects.using(using).get_or_create(name=EDITORS)
    reviewers, _ = Group.objects.using(using).get_or_create(name=REVIEWERS)

    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for group in (editors, reviewers):
        group.permissions.add(admin_access)
    editors.permissions.add(*_model_permissions(["add", "change"], SHARED_MODELS))
    reviewers.permissions.add(*_model_permissions(["add", "change", "delete"], SHARED_MODELS))
    # The vocabulary (themes, people, organisations, abbreviations) has drafts and the review workflow:
    # both groups lock what they edit, only reviewers publish and unlock.
    editors.permissions.add(*_model_permissions(["lock"], VOCABULARY_MODELS))
    reviewers.permissions.add(*_model_permissions(["lock", "unlock", "publish"], VOCABULARY_MODELS))
    # Popular search terms are visible to both groups; reviewers manage the
    # editors' picks (promoted search results) shown above search results.
    promotions = Permission.objects.filter(content_type__app_label="wagtailsearchpromotions")
    editors.permissions.add(*promotions.filter(codename="view_searchpromotion"))
    reviewers.permissions.add(
        *promotions.filter(
            codename__in=[
                "view_searchpromotion",
                "add_searchpromotion",
                "change_searchpromotion",
                "delete_searchpromotion",
            ]
        )
    )

    # Contact tips (names, addresses, texts) are for the Eindredactie only:
    # reading and exporting them, and deleting them (contact_submissions.py).
    submissions = Permission.objects.filter(
        content_type__app_label="wagtailforms", codename__in=["view_formsubmission", "delete_formsubmission"]
    )
    editors.permissions.remove(*submissions)
    reviewers.permissions.add(*submissions)

    root = Page.get_first_root_node()
    # Rights per section, never on Root or the home page (repairs older sites).
    GroupPagePermission.objects.filter(group__in=[editors, reviewers], page__depth__lt=SECTION_DEPTH).delete()
    GroupPagePermission.objects.filter(
        group__in=[editors, reviewers], permission__codename__in=["bulk_delete_page", "delete_page"]
    ).delete()
    for section in Page.objects.filter(depth=SECTION_DEPTH):
        grant_section_permissions(section, {editors: EDITOR_PAGE_PERMISSIONS, reviewers: REVIEWER_PAGE_PERMISSIONS})

    collection = Collection.get_first_root_node()
    if collection is not None:
        for group in (editors, reviewers):
            for permission in Permission.objects.filter(
                content_type__app_label__in=["wagtailimages", "wagtaildocs"],
                codename__in=[
                    "add_image",
                    "change_image",
                    "choose_image",
                    "add_document",
                    "change_document",
                    "choose_document",
                ],
            ):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([reviewers])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0})
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    for app_label, model in VOCABULARY_MODELS:
        content_type = ContentType.objects.db_manager(using).get_by_natural_key(app_label, model)
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})
