"""Validation an editor meets in the admin's create and edit forms, with the
Dutch message they read. Every rule is exercised through the real views."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from articles.blocks import BodyBlock, CallToActionBlock
from articles.models import EssayPage, EventPage, StoryPage, TipPage
from opgaven.models import Crossover, OpgavePage

from ..admin_forms import add_url, complete_content_form_data, content_form_data, opgave_form_data
from ..factories import make_content, make_opgave

pytestmark = pytest.mark.django_db

PUBLISH = {"action-publish": "action-publish"}
SUBMIT = {"action-submit": "action-submit"}


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "geheim-wachtwoord")
    client.force_login(user)
    return client


def form_errors(response):
    """Field name → messages of the page form the admin shows again."""
    assert response.status_code == 200, response.status_code
    form = response.context["form"]
    return {name: [str(message) for message in messages] for name, messages in form.errors.items()}


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


# --- Levels and themes: required to publish or submit, not to save a draft -----


@pytest.mark.parametrize("page_class", [StoryPage, EssayPage, TipPage, EventPage])
def test_publishing_without_level_or_theme_is_refused_in_dutch(admin_client, tree, page_class):
    parent = {StoryPage: tree.stories, EssayPage: tree.essays, TipPage: tree.tips, EventPage: tree.events}[page_class]
    response = admin_client.post(add_url(page_class, parent), {**content_form_data(page_class), **PUBLISH})
    errors = form_errors(response)
    assert errors["levels"] == ["Kies minstens één niveau."]
    assert errors["themes"] == ["Kies minstens één thema."]
    assert not page_class.objects.exists()
    assert "Kies minstens één niveau." in response.content.decode()


def required_headings(response):
    """The panel headings the edit form marks with Wagtail's required `*`."""
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return {
        heading.get_text(strip=True)
        for heading in page.select("[data-panel-heading-text]")
        if heading.find_next_sibling(class_="w-required-mark")
    }


@pytest.mark.parametrize("page_class", [StoryPage, EssayPage, TipPage, EventPage])
def test_levels_and_themes_carry_the_required_marker(admin_client, tree, page_class):
    parent = {StoryPage: tree.stories, EssayPage: tree.essays, TipPage: tree.tips, EventPage: tree.events}[page_class]
    marked = required_headings(admin_client.get(add_url(page_class, parent)))
    assert {"Niveaus", "Thema's"} <= marked
    assert not {"Opgaven", "Regio's", "Trefwoorden", "Publicatiedatum"} & marked
    page = make_content(tree, page_class, levels=["netwerk"])
    assert {"Niveaus", "Thema's"} <= required_headings(admin_client.get(edit_url(page)))


def test_submitting_for_review_without_a_theme_is_refused(admin_client, tree):
    data = content_form_data(StoryPage, levels=["individu"])
    response = admin_client.post(add_url(StoryPage, tree.stories), {**data, **SUBMIT})
    assert form_errors(response) == {"themes": ["Kies minstens één thema."]}
    assert not StoryPage.objects.exists()


def test_an_incomplete_draft_can_be_saved(admin_client, tree):
    response = admin_client.post(add_url(StoryPage, tree.stories), content_form_data(StoryPage))
    assert response.status_code == 302
    page = StoryPage.objects.get()
    assert not page.live
    assert page.levels.count() == 0


def test_a_draft_without_intro_can_be_saved_but_not_published(admin_client, tree):
    data = complete_content_form_data(StoryPage, intro="")
    assert admin_client.post(add_url(StoryPage, tree.stories), data).status_code == 302
    page = StoryPage.objects.get()
    response = admin_client.post(edit_url(page), {**data, **PUBLISH})
    assert "intro" in form_errors(response)
    page.refresh_from_db()
    assert not page.live


def test_removing_all_themes_from_a_published_page_is_refused(admin_client, tree):
    page = make_content(tree, StoryPage, "Gepubliceerd verhaal", levels=["netwerk"], themes=[])
    response = admin_client.post(edit_url(page), {**content_form_data(StoryPage, page.title), **PUBLISH})
    assert "themes" in form_errors(response)


# --- Events --------------------------------------------------------------------------


def test_event_cannot_end_before_it_starts(admin_client, tree):
    data = complete_content_form_data(EventPage, start="2026-12-01 14:00", end="2026-12-01 10:00")
    response = admin_client.post(add_url(EventPage, tree.events), {**data, **PUBLISH})
    assert form_errors(response)["end"] == ["Een evenement kan niet eindigen voordat het begint."]
    assert not EventPage.objects.exists()


def test_event_needs_a_location_unless_online(admin_client, tree):
    data = complete_content_form_data(EventPage, location="")
    response = admin_client.post(add_url(EventPage, tree.events), {**data, **PUBLISH})
    assert form_errors(response)["location"] == ["Vul een locatie in, of vink 'online' aan."]

    data = complete_content_form_data(EventPage, "Online webinar", location="", online="on")
    response = admin_client.post(add_url(EventPage, tree.events), {**data, **PUBLISH})
    assert response.status_code == 302
    assert EventPage.objects.get().online


# --- Essays ----------------------------------------------------------------------------


def test_invalid_isbn_is_refused_with_a_dutch_message(admin_client, tree):
    data = complete_content_form_data(EssayPage, isbn="978-90-1234-567-0")
    response = admin_client.post(add_url(EssayPage, tree.essays), {**data, **PUBLISH})
    assert form_errors(response)["isbn"] == [
        "Dit is geen geldig ISBN. Controleer de cijfers; het laatste cijfer is een controlecijfer."
    ]


def test_valid_isbn_is_stored_in_one_canonical_form(admin_client, tree):
    data = complete_content_form_data(EssayPage, isbn="9789012345675")
    response = admin_client.post(add_url(EssayPage, tree.essays), {**data, **PUBLISH})
    assert response.status_code == 302, form_errors(response)
    assert EssayPage.objects.get().isbn == "978-90-12-34567-5"


def test_publication_year_out_of_range_is_refused(admin_client, tree):
    data = complete_content_form_data(EssayPage, publication_year="1850")
    response = admin_client.post(add_url(EssayPage, tree.essays), {**data, **PUBLISH})
    assert form_errors(response)["publication_year"] == ["Vul een jaartal in tussen 1900 en 2100."]


# --- Opgaven -----------------------------------------------------------------------------


def test_opgave_video_needs_a_transcript(admin_client, tree):
    data = opgave_form_data(lead_video_url="https://video.example.org/trekker")
    response = admin_client.post(add_url(OpgavePage, tree.opgaven), {**data, **PUBLISH})
    assert form_errors(response)["lead_video_transcript"] == ["Voeg de uitgeschreven tekst toe bij de video."]

    data["lead_video_transcript"] = rich_text("<p>De trekker vertelt over de woondeals.</p>")
    response = admin_client.post(add_url(OpgavePage, tree.opgaven), {**data, **PUBLISH})
    assert response.status_code == 302


def _crossover_forms(response):
    return response.context["form"].formsets["crossovers"]


def test_crossover_cannot_point_at_its_own_opgave(admin_client, tree):
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    data = opgave_form_data(opgave.title, crossovers=inline_formset([{"other": str(opgave.pk), "description": ""}]))
    response = admin_client.post(edit_url(opgave), {**data, **PUBLISH})
    assert response.status_code == 200
    formset = _crossover_forms(response)
    assert formset.forms[0].errors["other"] == ["Een opgave kan geen dwarsverband met zichzelf hebben."]
    assert not Crossover.objects.exists()


def test_the_same_crossover_cannot_be_added_twice(admin_client, tree):
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    other = make_opgave(tree, "Regionale economie als versneller")
    twice = inline_formset([{"other": str(other.pk), "description": ""}, {"other": str(other.pk), "description": ""}])
    response = admin_client.post(edit_url(opgave), {**opgave_form_data(opgave.title, crossovers=twice), **PUBLISH})
    assert response.status_code == 200
    formset = _crossover_forms(response)
    assert "Deze opgave staat al bij de dwarsverbanden." in formset.forms[1].errors["other"]
    assert not Crossover.objects.exists()


# --- Blocks -----------------------------------------------------------------------------------


def test_call_to_action_needs_exactly_one_of_page_or_url(tree):
    block = CallToActionBlock()
    base = {"title": "Doe mee", "text": "", "link_label": "Naar de agenda"}
    with pytest.raises(StructBlockValidationError) as neither:
        block.clean(block.to_python({**base, "link_page": None, "link_url": ""}))
    assert "precies één" in str(neither.value.block_errors["link_url"].messages[0])
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**base, "link_page": tree.events.pk, "link_url": "https://example.org/"}))
    assert block.clean(block.to_python({**base, "link_page": tree.events.pk, "link_url": ""}))
    assert block.clean(block.to_python({**base, "link_page": None, "link_url": "https://example.org/"}))


def test_call_to_action_without_link_is_refused_in_the_admin(admin_client, tree):
    cta = {"title": "Doe mee", "text": "", "link_page": "", "link_url": "", "link_label": "Meer weten"}
    data = complete_content_form_data(TipPage, body=streamfield([("call_to_action", cta)]))
    response = admin_client.post(add_url(TipPage, tree.tips), {**data, **PUBLISH})
    assert "body" in form_errors(response)
    assert not TipPage.objects.exists()

    cta["link_url"] = "https://overheidvannu.example/agenda/"
    data = complete_content_form_data(TipPage, body=streamfield([("call_to_action", cta)]))
    assert admin_client.post(add_url(TipPage, tree.tips), {**data, **PUBLISH}).status_code == 302


def test_body_block_errors_are_reported_not_raised(tree):
    body = BodyBlock()
    value = body.to_python([{"type": "call_to_action", "value": {"title": "x", "link_label": "y"}}])
    with pytest.raises(StreamBlockValidationError):
        body.clean(value)


# --- Help texts ------------------------------------------------------------------------------

# Fields whose Dutch label says it all ("naam", "datum", "status", …).
OBVIOUS_LABELS = {"name", "date", "status", "title", "Person.organisation"}

EDITED_MODELS = [
    "articles.StoryPage",
    "articles.EssayPage",
    "articles.TipPage",
    "articles.EventPage",
    "articles.StandardPage",
    "articles.ApproachPage",
    "discovery.HomePage",
    "discovery.KennisbankPage",
    "opgaven.OpgaveIndexPage",
    "opgaven.OpgavePage",
    "opgaven.ProgressUpdate",
    "opgaven.Bottleneck",
    "opgaven.Crossover",
    "regions.RegionIndexPage",
    "regions.RegionPage",
    "regions.RegionPartner",
    "articles.Theme",
    "articles.Person",
    "articles.Organisation",
]


@pytest.mark.parametrize("model_name", EDITED_MODELS)
def test_every_editor_field_has_a_dutch_help_text_or_obvious_label(model_name):
    from django.apps import apps
    from modelcluster.fields import ParentalKey
    from wagtail.models import Orderable, Page

    model = apps.get_model(model_name)
    # Wagtail's own fields (slug, SEO title, go-live date …) come with Wagtail's help texts.
    inherited = {field.name for field in [*Page._meta.get_fields(), *Orderable._meta.get_fields()]}
    missing = [
        field.name
        for field in model._meta.get_fields()
        if getattr(field, "editable", False)
        and not field.auto_created
        and hasattr(field, "help_text")
        and not isinstance(field, ParentalKey)
        and not (field.many_to_one and field.remote_field.parent_link)
        and field.name not in inherited
        and field.name not in OBVIOUS_LABELS
        and f"{model.__name__}.{field.name}" not in OBVIOUS_LABELS
        and not str(field.help_text).strip()
    ]
    assert missing == []


def test_model_validation_errors_are_dutch():
    with pytest.raises(ValidationError) as error:
        EventPage(title="x", start="2026-01-02T10:00Z", end="2026-01-01T10:00Z", location="Hier").clean()
    assert "Een evenement kan niet eindigen voordat het begint." in error.value.messages
