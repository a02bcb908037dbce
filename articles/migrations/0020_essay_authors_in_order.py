"""An essay's authors become an ordered list (`EssayAuthor`). Copy every
existing link in the order the site showed it until now (by name, as
`Person` is ordered), into the live page and into every revision of the
essay, so drafts, scheduled versions and older revisions keep their authors.
Back: the links return to the unordered list."""

from django.db import migrations


def _revisions(apps, model_name):
    """The revisions stored for pages of `articles.<model_name>`."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="articles", model=model_name).first()
    if content_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type_id=content_type.pk)


def _immediate_constraints(schema_editor):
    # Check foreign keys as each statement runs, so no trigger events are left
    # pending when a later migration alters these tables in the same transaction.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def authors_in_order(apps, schema_editor):
    _immediate_constraints(schema_editor)
    EssayPage = apps.get_model("articles", "EssayPage")
    EssayAuthor = apps.get_model("articles", "EssayAuthor")
    Person = apps.get_model("articles", "Person")
    Link = EssayPage.authors.through
    by_page = {}
    for page_id, person_id in Link.objects.order_by("essaypage_id", "person__name", "person_id").values_list(
        "essaypage_id", "person_id"
    ):
        by_page.setdefault(page_id, []).append(person_id)
    EssayAuthor.objects.bulk_create(
        EssayAuthor(page_id=page_id, person_id=person_id, sort_order=order)
        for page_id, people in by_page.items()
        for order, person_id in enumerate(people)
    )
    stored = {(link.page_id, link.person_id): link.pk for link in EssayAuthor.objects.all()}

    names = dict(Person.objects.values_list("pk", "name"))
    for revision in _revisions(apps, "essaypage").iterator():
        content = dict(revision.content)
        if "authors" not in content:
            continue
        people = sorted(
            (pk for pk in content.pop("authors") or [] if pk in names), key=lambda pk: (names[pk], pk)
        )
        page_id = int(revision.object_id)
        content["essay_authors"] = [
            {"pk": stored.get((page_id, person_id)), "sort_order": order, "page": page_id, "person": person_id}
            for order, person_id in enumerate(people)
        ]
        type(revision).objects.filter(pk=revision.pk).update(content=content)


def authors_unordered(apps, schema_editor):
    _immediate_constraints(schema_editor)
    EssayPage = apps.get_model("articles", "EssayPage")
    EssayAuthor = apps.get_model("articles", "EssayAuthor")
    Link = EssayPage.authors.through
    pairs = set(EssayAuthor.objects.values_list("page_id", "person_id"))
    Link.objects.bulk_create(
        (Link(essaypage_id=page_id, person_id=person_id) for page_id, person_id in sorted(pairs)),
        ignore_conflicts=True,
    )
    EssayAuthor.objects.all().delete()
    for revision in _revisions(apps, "essaypage").iterator():
        content = dict(revision.content)
        if "essay_authors" not in content:
            continue
        rows = content.pop("essay_authors") or []
        content["authors"] = [row["person"] for row in sorted(rows, key=lambda row: row.get("sort_order") or 0)]
        type(revision).objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0019_essay_author"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(authors_in_order, authors_unordered)]
