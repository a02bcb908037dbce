"""Serializers for the read-only API (Wagtail API v2) of fields that are
not plain model fields."""

from rest_framework import serializers


class LiveThemesField(serializers.Field):
    """A page's live themes, as Wagtail lists related objects (`id` and
    `meta.type`): a theme saved only as a draft is not named."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, themes):
        return [{"id": theme.pk, "meta": {"type": theme._meta.label}} for theme in themes.all() if theme.live]


class AuthorsField(serializers.Field):
    """An essay's authors in the order the editor set: each with its id, name,
    role and organisation (the API has no endpoint for people of its own)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, people):
        return [
            {
                "id": person.pk,
                "name": person.name,
                "role": person.role,
                "organisation": person.shown_organisation.name if person.shown_organisation else "",
            }
            for person in people
        ]
