"""Serializers for the read-only API (Wagtail API v2) of fields that are
not plain model fields."""

from rest_framework import serializers


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
                "organisation": person.organisation.name if person.organisation_id else "",
            }
            for person in people
        ]
