"""Field validators with Dutch messages for editors."""

from django.core.exceptions import ValidationError
from stdnum import isbn


def validate_isbn(value):
    """Accept ISBN-10 or ISBN-13 with or without hyphens; check the check digit."""
    if not value:
        return
    try:
        isbn.validate(value)
    except Exception as error:  # stdnum raises several ValidationError subclasses
        raise ValidationError(
            "Dit is geen geldig ISBN. Controleer de cijfers; het laatste cijfer is een controlecijfer.",
            code="invalid_isbn",
        ) from error
