import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0018_content_display_date"),
    ]

    operations = [
        migrations.CreateModel(
            name="EssayAuthor",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="essay_authors",
                        to="articles.essaypage",
                    ),
                ),
                (
                    "person",
                    models.ForeignKey(
                        help_text="Staat de auteur er niet bij? Voeg die eerst toe onder Vocabulaire › Personen.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="authorships",
                        to="articles.person",
                        verbose_name="auteur",
                    ),
                ),
            ],
            options={
                "verbose_name": "auteur",
                "verbose_name_plural": "auteurs",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
    ]
