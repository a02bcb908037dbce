"""Replace Wagtail's placeholder welcome page with the site's HomePage, so a
fresh database serves the home page at `/` before any content is loaded."""

from django.db import migrations

INTRO = (
    "Overheid van Nu is het kennisplatform voor professionals die over de grenzen van hun "
    "bestuurslaag heen werken. Rijk, provincies, gemeenten en waterschappen leren hier van elkaar."
)


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("articles.HomePage")

    if HomePage.objects.exists():
        return
    page_content_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_content_type, slug="home", depth=2).delete()
    root = Page.objects.get(depth=1)
    homepage_content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="articles")
    homepage = HomePage.objects.create(
        title="Overheid van Nu",
        draft_title="Overheid van Nu",
        slug="home",
        content_type=homepage_content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.order_by("pk").first(),
        intro=INTRO,
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page_id": homepage.pk, "site_name": "Overheid van Nu"},
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_levels_and_dutch_search"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
