"""The home page and the listing pages move to `overheidvannu.discovery`.

State only: the tables, rows, content types, revisions and URLs stay as they
are here; `discovery.0001` takes the models over (renaming their content types)
and `discovery.0002` renames the tables.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0007_search_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='eventindexpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='homepage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='kennisbankpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='storyindexpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='tipindexpage',
                    name='page_ptr',
                ),
                migrations.DeleteModel(
                    name='EssayIndexPage',
                ),
                migrations.DeleteModel(
                    name='EventIndexPage',
                ),
                migrations.DeleteModel(
                    name='HomePage',
                ),
                migrations.DeleteModel(
                    name='KennisbankPage',
                ),
                migrations.DeleteModel(
                    name='StoryIndexPage',
                ),
                migrations.DeleteModel(
                    name='TipIndexPage',
                ),
            ],
            database_operations=[],
        ),
    ]
