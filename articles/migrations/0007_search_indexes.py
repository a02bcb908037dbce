"""Indexes that keep PostgreSQL search flat at scale.

* A GIN index on the expression modelsearch matches against
  (`title || body` of its index entries); without it every search reads the
  whole index table.
* A GiST trigram index on page titles, so "Bedoelde u …?" can find the
  closest titles by nearest-neighbour order instead of scoring every title.

PostgreSQL only; on SQLite these are no-ops.
"""

from django.db import migrations

CREATE = """
CREATE INDEX IF NOT EXISTS ovn_indexentry_title_body_gin
    ON wagtailsearch_indexentry USING gin ((title || body));
CREATE INDEX IF NOT EXISTS ovn_page_title_trgm_gist
    ON wagtailcore_page USING gist (title gist_trgm_ops);
"""

DROP = """
DROP INDEX IF EXISTS ovn_indexentry_title_body_gin;
DROP INDEX IF EXISTS ovn_page_title_trgm_gist;
"""


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_editor_help_texts"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
