"""Alternative text for images, required on upload with an explicit
"decoratief" choice, stored on Wagtail's own `Image.description` field (no
custom image model needed).

* A described image keeps its description: that is its alt text everywhere.
* A decorative image stores `DECORATIVE` in the description; templates render
  `alt=""` for it, so screen readers skip it.
* An image that is neither (uploaded before the choice was required, or by a
  script) renders without an alt attribute: never a silent `alt=""`, so
  axe's "image-alt" rule and Wagtail's accessibility checker flag it, and
  the image library's filter "Zonder tekstalternatief" (`undescribed`)
  finds it.
* The `alt_text` template filter (articles/templatetags/page_tags.py) turns an
  image into the alt text to render (None: no alt attribute).
"""

from django import forms
from wagtail.images.forms import BaseImageForm

DECORATIVE = "(decoratief)"

ALT_CHOICES = [
    ("beschrijving", "Beschrijf de afbeelding: wat moet iemand die haar niet ziet weten?"),
    ("decoratief", "Decoratief: de afbeelding voegt niets toe aan de tekst; schermlezers slaan haar over"),
]


def alt_text(image):
    """The alt text of an image: its description, "" when decorative, None
    when it is not described (Wagtail's image tags then leave the alt
    attribute out, which checkers flag)."""
    if image is None:
        return ""
    description = (getattr(image, "description", "") or "").strip()
    if not description:
        return None
    return "" if description == DECORATIVE else description


def is_decorative(image):
    return (getattr(image, "description", "") or "").strip() == DECORATIVE


def undescribed(images):
    """The images of a queryset that have no alt text and are not marked
    decorative."""
    return images.filter(description__regex=r"^\s*$")


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) with the alt text
    made a required choice."""

    alt_choice = forms.ChoiceField(
        label="Tekstalternatief",
        choices=ALT_CHOICES,
        widget=forms.RadioSelect,
        required=True,
        error_messages={"required": "Kies: beschrijf de afbeelding, of geef aan dat ze decoratief is."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            field = self.fields["description"]
            field.label = "Beschrijving (alt-tekst)"
            field.help_text = (
                "Wat staat er op de afbeelding, in één of twee zinnen? Schermlezers lezen dit voor. "
                "Niet nodig als de afbeelding decoratief is."
            )
            if self.instance.pk and is_decorative(self.instance):
                self.initial["description"] = ""
                self.initial["alt_choice"] = "decoratief"
            elif self.instance.pk and (self.instance.description or "").strip():
                self.initial["alt_choice"] = "beschrijving"

    def clean(self):
        cleaned_data = super().clean()
        choice = cleaned_data.get("alt_choice")
        description = (cleaned_data.get("description") or "").strip()
        if choice == "decoratief":
            cleaned_data["description"] = DECORATIVE
        elif choice == "beschrijving":
            if not description or description == DECORATIVE:
                self.add_error("description", "Beschrijf wat er op de afbeelding staat, of kies ‘decoratief’.")
            cleaned_data["description"] = description
        return cleaned_data
