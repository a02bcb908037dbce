"""Cross-overs are stored on both opgaven from now on (opgaven/crossovers.py):
add the missing other side of each existing one, on the live page and in
that opgave's latest revision, which its edit form opens."""

from django.db import migrations
from django.db.models import Max


def store_both_ways(apps, schema_editor):
    Crossover = apps.get_model("opgaven", "Crossover")
    OpgavePage = apps.get_model("opgaven", "OpgavePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for crossover in list(Crossover.objects.all()):
        if Crossover.objects.filter(opgave_id=crossover.other_id, other_id=crossover.opgave_id).exists():
            continue
        last = Crossover.objects.filter(opgave_id=crossover.other_id).aggregate(last=Max("sort_order"))["last"]
        mirror = Crossover.objects.create(
            opgave_id=crossover.other_id,
            other_id=crossover.opgave_id,
            description=crossover.description,
            sort_order=(last or 0) + 1,
        )
        page = OpgavePage.objects.get(pk=crossover.other_id)
        if page.latest_revision_id:
            revision = Revision.objects.get(pk=page.latest_revision_id)
            content = dict(revision.content)
            rows = [row for row in content.get("crossovers", []) if row.get("other") != crossover.opgave_id]
            rows.append(
                {
                    "pk": mirror.pk,
                    "opgave": mirror.opgave_id,
                    "other": mirror.other_id,
                    "description": mirror.description,
                    "sort_order": mirror.sort_order,
                }
            )
            content["crossovers"] = rows
            Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("opgaven", "0003_alter_opgaveindexpage_intro"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(store_both_ways, migrations.RunPython.noop)]
