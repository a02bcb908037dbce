from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0020_essay_authors_in_order"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="essaypage",
            name="authors",
        ),
    ]
