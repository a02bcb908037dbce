"""One name per thing: Wagtail's starter groups "Editors" and "Moderators" and
its workflow "Moderators approval" are replaced by Redacteuren, Eindredacteuren
and Redactionele review (articles/editorial.py), so they are removed."""

from django.db import migrations


def remove_defaults(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    for workflow in Workflow.objects.filter(name="Moderators approval"):
        # Pages still in review under the old workflow are cancelled, not lost.
        WorkflowState.objects.filter(workflow=workflow, status="in_progress").update(status="cancelled")
        if not WorkflowState.objects.filter(workflow=workflow).exists():
            workflow.delete()
        else:
            workflow.active = False
            workflow.save(update_fields=["active"])
    for task in GroupApprovalTask.objects.filter(name="Moderators approval"):
        if not task.workflow_tasks.exists():
            Task.objects.filter(pk=task.pk).delete()
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_processed_admin_actions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        # After every Wagtail migration that creates or uses them.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(remove_defaults, migrations.RunPython.noop)]
