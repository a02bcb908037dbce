"""Give the moved pages' tables the names of their new app (discovery_*)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("discovery", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelTable(name="homepage", table=None),
        migrations.AlterModelTable(name="kennisbankpage", table=None),
        migrations.AlterModelTable(name="storyindexpage", table=None),
        migrations.AlterModelTable(name="essayindexpage", table=None),
        migrations.AlterModelTable(name="tipindexpage", table=None),
        migrations.AlterModelTable(name="eventindexpage", table=None),
    ]
