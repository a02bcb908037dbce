"""Wagtail names the top of the page tree "Root", and editors meet that name
in the page chooser and when moving pages. Give it a Dutch name (only if it
still has Wagtail's)."""

from django.db import migrations

WAGTAIL_NAME = "Root"
DUTCH_NAME = "Hoofdniveau"


def rename(apps, old, new):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=old).update(title=new, draft_title=new)


def to_dutch(apps, schema_editor):
    rename(apps, WAGTAIL_NAME, DUTCH_NAME)


def to_wagtail(apps, schema_editor):
    rename(apps, DUTCH_NAME, WAGTAIL_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0023_remove_storypage_factbox_and_lessons"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(to_dutch, to_wagtail)]
