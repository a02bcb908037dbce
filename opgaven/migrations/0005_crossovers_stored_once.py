"""Cross-overs are stored once from now on (opgaven/crossovers.py): of each
pair stored on both opgaven, keep the row stored first and delete its copy
(keeping the copy's description when the first has none). Pages, their
revisions and their URLs stay as they are: a revision that still holds a
copy opens without it (`OpgavePage.with_content_json`)."""

from django.db import migrations


def store_once(apps, schema_editor):
    Crossover = apps.get_model("opgaven", "Crossover")
    rows = {(row.opgave_id, row.other_id): row for row in Crossover.objects.order_by("pk")}
    for (opgave_id, other_id), row in rows.items():
        copy = rows.get((other_id, opgave_id))
        # A row deleted as a copy has no pk left; of a pair, the first stays.
        if row.pk is None or copy is None or copy.pk is None or copy.pk < row.pk:
            continue
        if not row.description and copy.description:
            row.description = copy.description
            row.save(update_fields=["description"])
        copy.delete()


class Migration(migrations.Migration):
    dependencies = [("opgaven", "0004_crossovers_stored_both_ways")]

    operations = [migrations.RunPython(store_once, migrations.RunPython.noop)]
