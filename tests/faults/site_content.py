"""A small, complete site for the fault and backup tests, built in a
subprocess against a database of its own (`manage.py shell -c`):

    from tests.faults.site_content import build; build()

tests/faults/test_backup.py reads it back from its tables and media folder
(`snapshot`) to compare a site before a backup with the same site after a restore.
"""

import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Workflow

from articles.models import EssayPage, StoryPage, TipPage
from overheidvannu.editorial.roles import WORKFLOW_NAME

from .. import factories

PUBLIC_PATHS = ["/", "/kennisbank/", "/verhalen/", "/essays/", "/tips/", "/agenda/", "/thema/sturen-in-netwerken/"]


def _png(color):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 360), color).save(buffer, "PNG")
    return buffer.getvalue()


def build():
    tree = factories.SiteTree()
    theme = factories.make_theme("Sturen in netwerken")
    opgave = factories.make_opgave(tree, "Toekomstbestendig wonen")
    region = factories.make_region(tree, "Achterhoek")
    image = Image.objects.create(title="Regiotafel", file=ImageFile(io.BytesIO(_png("teal")), name="regiotafel.png"))
    image.get_rendition("fill-320x180")  # a rendition file beside the original
    Document.objects.create(
        title="Samenwerkingsagenda",
        file=ContentFile(b"%PDF-1.4\n% Overheid van Nu\n%%EOF\n", name="samenwerkingsagenda.pdf"),
    )
    story = factories.make_content(
        tree,
        StoryPage,
        "Wonen in de Achterhoek",
        levels=["netwerk"],
        themes=[theme],
        opgaven=[opgave],
        regions=[region],
        listing_image=image,
    )
    factories.make_content(tree, EssayPage, "Sturen in netwerken", levels=["organisatie"], themes=[theme])
    factories.make_content(tree, TipPage, "Begin bij de opgave", levels=["individu"])
    # A second revision of a published page: a draft on top of the live one.
    story.title = "Wonen in de Achterhoek (concept)"
    story.save_revision()

    user_model = get_user_model()
    editor = user_model.objects.create_user("redacteur", "redacteur@example.org", "geheim-wachtwoord-123")
    user_model.objects.create_superuser("beheerder", "beheer@example.org", "nog-geheimer-wachtwoord-456")
    # A page waiting for review: an in-progress workflow state.
    draft = factories.make_content(tree, StoryPage, "Schulden voorkomen", live=False)
    revision = draft.save_revision(user=editor)
    Workflow.objects.get(name=WORKFLOW_NAME).start(draft, editor)
    assert revision.pk
