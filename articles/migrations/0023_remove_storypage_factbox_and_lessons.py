from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0022_story_factbox_and_lessons_into_body"),
    ]

    operations = [
        migrations.RemoveField(model_name="storypage", name="factbox"),
        migrations.RemoveField(model_name="storypage", name="lessons"),
    ]
