"""Seed the three learning levels and create PostgreSQL's Dutch,
accent-insensitive text search configuration used by the search backend."""

from django.db import migrations

LEVELS = [
    ("individu", "Individu", "De professional: vakmanschap, leiderschap, kennis en vaardigheden.", 1),
    ("organisatie", "Organisatie", "De organisatie: werkprocessen, cultuur en structuur.", 2),
    ("netwerk", "Netwerk", "Systeemleren: governance, regels en bestuurlijke verhoudingen.", 3),
]

CREATE_DUTCH_UNACCENT = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'dutch_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = pg_catalog.dutch);
        ALTER TEXT SEARCH CONFIGURATION dutch_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
    END IF;
END
$$;
"""

DROP_DUTCH_UNACCENT = "DROP TEXT SEARCH CONFIGURATION IF EXISTS dutch_unaccent;"


def create_levels(apps, schema_editor):
    Level = apps.get_model("articles", "Level")
    for slug, name, description, order in LEVELS:
        Level.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )


def create_search_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_DUTCH_UNACCENT)


def drop_search_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_DUTCH_UNACCENT)


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_initial")]

    operations = [
        migrations.RunPython(create_levels, migrations.RunPython.noop),
        migrations.RunPython(create_search_configuration, drop_search_configuration),
    ]
