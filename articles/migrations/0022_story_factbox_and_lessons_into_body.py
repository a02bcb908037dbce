"""A story's fact box and lessons were both separate fields and body blocks
("Feitenkader", "Genummerde lessen"). The body blocks stay: every content type
has them and editors place them where they belong in the text. Move each
story's fields into its body, on the page and in every revision (drafts
included), where the page showed them: the fact box before the text, the
lessons after it under the heading the page gave them. Back: the blocks go
back into the two fields."""

import json
import uuid

from django.db import migrations

LESSONS_TITLE = "Lessen uit dit verhaal"


def _blocks(value):
    """The raw blocks of a StreamField value: from the page (a StreamValue)
    or from a revision (a JSON string, or a list)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return json.loads(value)
    return [dict(block) for block in getattr(value, "raw_data", value)]


def _item_value(item):
    """A ListBlock item in either stored form: {"type": "item", "value": …, "id": …} or the bare value."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


def _new_id():
    return str(uuid.uuid4())


def merged_body(body, factbox, lessons):
    """`body` with the fact box block(s) before it and one lessons block after it."""
    blocks = [{**block, "type": "factbox", "id": block.get("id") or _new_id()} for block in factbox]
    blocks += body
    items = [
        {"type": "item", "value": {"title": "", "text": "", **_item_value(block["value"])}, "id": _new_id()}
        for block in lessons
    ]
    if items:
        blocks.append({"type": "lessons", "value": {"title": LESSONS_TITLE, "lessons": items}, "id": _new_id()})
    return blocks


def split_body(body):
    """The reverse: (body without fact boxes and lessons, fact box field, lessons field)."""
    rest, factbox, lessons = [], [], []
    for block in body:
        if block.get("type") == "factbox":
            factbox.append(block)
        elif block.get("type") == "lessons":
            for item in (block.get("value") or {}).get("lessons", []):
                lessons.append({"type": "lesson", "value": _item_value(item), "id": _new_id()})
        else:
            rest.append(block)
    return rest, factbox, lessons


def _story_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="articles", model="storypage").first()
    if content_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type_id=content_type.pk)


def _encoded_like(original, blocks):
    # Revisions keep StreamField data as a JSON string (Wagtail's own format).
    return json.dumps(blocks) if isinstance(original, str) or original is None else blocks


def _immediate_constraints(schema_editor):
    # No foreign-key checks left pending when 0023 alters the story table in the same transaction.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def into_body(apps, schema_editor):
    _immediate_constraints(schema_editor)
    ContentPage = apps.get_model("articles", "ContentPage")
    StoryPage = apps.get_model("articles", "StoryPage")
    for story in StoryPage.objects.only("pk", "body", "factbox", "lessons").iterator():
        factbox, lessons = _blocks(story.factbox), _blocks(story.lessons)
        if factbox or lessons:
            body = merged_body(_blocks(story.body), factbox, lessons)
            ContentPage.objects.filter(pk=story.pk).update(body=body)
            StoryPage.objects.filter(pk=story.pk).update(factbox=[], lessons=[])
    for revision in _story_revisions(apps).iterator():
        content = dict(revision.content)
        if "factbox" not in content and "lessons" not in content:
            continue
        factbox, lessons = _blocks(content.pop("factbox", None)), _blocks(content.pop("lessons", None))
        body = merged_body(_blocks(content.get("body")), factbox, lessons)
        content["body"] = _encoded_like(content.get("body"), body)
        type(revision).objects.filter(pk=revision.pk).update(content=content)


def out_of_body(apps, schema_editor):
    _immediate_constraints(schema_editor)
    ContentPage = apps.get_model("articles", "ContentPage")
    StoryPage = apps.get_model("articles", "StoryPage")
    for story in StoryPage.objects.only("pk", "body").iterator():
        body, factbox, lessons = split_body(_blocks(story.body))
        if factbox or lessons:
            ContentPage.objects.filter(pk=story.pk).update(body=body)
        # Every story: the re-added columns hold no valid stream yet.
        StoryPage.objects.filter(pk=story.pk).update(factbox=factbox, lessons=lessons)
    for revision in _story_revisions(apps).iterator():
        content = dict(revision.content)
        body, factbox, lessons = split_body(_blocks(content.get("body")))
        content["body"] = _encoded_like(content.get("body"), body)
        content["factbox"], content["lessons"] = json.dumps(factbox), json.dumps(lessons)
        type(revision).objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0021_remove_essaypage_authors"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(into_body, out_of_body)]
