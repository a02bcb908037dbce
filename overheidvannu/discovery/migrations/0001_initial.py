"""Take over the home page and the listing pages from `articles`.

The tables already exist (created by `articles`), so the models are created in
the migration state only, still pointing at the old tables; their content types
are renamed in place, so every page, revision, permission and log entry keeps
pointing at them. `0002` then gives the tables their own names.
"""

import django.db.models.deletion
import wagtail.contrib.routable_page.models
from django.conf import settings
from django.db import migrations, models


MOVED_MODELS = ['homepage', 'kennisbankpage', 'storyindexpage', 'essayindexpage', 'tipindexpage', 'eventindexpage']


def rename_content_types(from_app, to_app):
    def rename(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in MOVED_MODELS:
            if not ContentType.objects.filter(app_label=to_app, model=model).exists():
                ContentType.objects.filter(app_label=from_app, model=model).update(app_label=to_app)

    return rename


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("articles", "0008_move_listing_pages_to_discovery"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='EssayIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='Korte uitleg boven het overzicht.', max_length=400, verbose_name='introductie')),
                    ],
                    options={
                        'db_table': 'articles_essayindexpage',
                        'verbose_name': 'overzicht essays',
                        'verbose_name_plural': 'overzichten essays',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='EventIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='Korte uitleg boven het overzicht.', max_length=400, verbose_name='introductie')),
                    ],
                    options={
                        'db_table': 'articles_eventindexpage',
                        'verbose_name': 'agenda',
                        'verbose_name_plural': "agenda's",
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='HomePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(help_text='Twee zinnen die zeggen wat Overheid van Nu is en voor wie.', max_length=400, verbose_name='introductie')),
                    ],
                    options={
                        'db_table': 'articles_homepage',
                        'verbose_name': 'startpagina',
                        'verbose_name_plural': "startpagina's",
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='KennisbankPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='Korte uitleg boven het overzicht.', max_length=400, verbose_name='introductie')),
                    ],
                    options={
                        'db_table': 'articles_kennisbankpage',
                        'verbose_name': 'kennisbank',
                        'verbose_name_plural': 'kennisbanken',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='StoryIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='Korte uitleg boven het overzicht.', max_length=400, verbose_name='introductie')),
                    ],
                    options={
                        'db_table': 'articles_storyindexpage',
                        'verbose_name': 'overzicht verhalen',
                        'verbose_name_plural': 'overzichten verhalen',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='TipIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='Korte uitleg boven het overzicht.', max_length=400, verbose_name='introductie')),
                    ],
                    options={
                        'db_table': 'articles_tipindexpage',
                        'verbose_name': 'overzicht tips',
                        'verbose_name_plural': 'overzichten tips',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            rename_content_types("articles", "discovery"), rename_content_types("discovery", "articles")
        ),
    ]
