"""Every StreamField block renders accessible markup from its own template."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from articles import blocks
from articles.images import DECORATIVE
from articles.models import StoryPage

from ..factories import make_content, make_person


def render(block, value, **context):
    block.set_name("test")
    html = block.render(block.to_python(value) if isinstance(value, dict) else value, context=context)
    return BeautifulSoup(html, "html.parser")


def test_paragraph_renders_its_rich_text():
    html = render(blocks.ParagraphBlock(), RichText("<p>Samen <b>werken</b>.</p>"))
    assert html.p.b.get_text() == "werken"


@pytest.mark.parametrize("level", ["h2", "h3"])
def test_heading_uses_the_chosen_level(level):
    html = render(blocks.HeadingBlock(), {"text": "Wat we leerden", "level": level})
    assert html.find(level).get_text() == "Wat we leerden"


@pytest.mark.django_db
def test_image_has_webp_and_jpeg_sources_alt_text_caption_and_credit():
    image = get_image_model().objects.create(title="Overleg", file=get_test_image_file())
    html = render(
        blocks.ImageBlock(),
        {"image": image.pk, "alt_text": "Bestuurders aan tafel", "caption": "Het overleg", "credit": "ANP"},
    )
    types = [source["type"] for source in html.select("picture source")]
    assert types == ["image/webp"]
    img = html.select_one("picture img")
    assert img["alt"] == "Bestuurders aan tafel"
    assert img["loading"] == "lazy"
    assert img["srcset"] and img["sizes"]
    assert "Het overleg" in html.figcaption.get_text() and "Beeld: ANP" in html.figcaption.get_text()


@pytest.mark.django_db
def test_an_undescribed_image_has_no_alt_so_the_checker_flags_it():
    image = get_image_model().objects.create(title="Titel die niet als alt mag dienen", file=get_test_image_file())
    html = render(blocks.ImageBlock(), {"image": image.pk, "alt_text": "", "caption": "", "credit": ""})
    assert not html.select_one("picture img").has_attr("alt")  # never a silent alt=""
    assert html.figcaption is None


@pytest.mark.django_db
def test_an_image_marked_decorative_has_an_empty_alt():
    image = get_image_model().objects.create(title="Sfeer", file=get_test_image_file(), description=DECORATIVE)
    html = render(blocks.ImageBlock(), {"image": image.pk, "alt_text": "", "caption": "", "credit": ""})
    assert html.select_one("picture img")["alt"] == ""


@pytest.mark.django_db
def test_quote_names_the_person_and_role():
    person = make_person("Anne de Vries", role="wethouder")
    html = render(blocks.QuoteBlock(), {"quote": "Samen lukt het.", "person": person.pk, "attribution": ""})
    assert html.select_one("figure > blockquote").get_text().strip() == "Samen lukt het."
    assert " ".join(html.figcaption.get_text().split()) == "Anne de Vries wethouder"


def test_quote_falls_back_to_the_typed_attribution():
    html = render(blocks.QuoteBlock(), {"quote": "Q", "person": None, "attribution": "Een bestuurder"})
    assert html.figcaption.get_text().strip() == "Een bestuurder"


def test_video_is_a_link_with_duration_and_transcript_never_an_iframe():
    html = render(
        blocks.VideoBlock(),
        {
            "title": "Webinar wonen",
            "url": "https://video.example/w",
            "duration": "45:00",
            "transcript": "<p>Wat er gezegd wordt.</p>",
        },
    )
    assert html.find("iframe") is None and html.find("video") is None
    assert html.find("a", href="https://video.example/w").get_text().startswith("Bekijk de video: Webinar wonen")
    assert "45:00" in html.get_text()
    assert html.details.summary and "Wat er gezegd wordt." in html.details.get_text()


def test_factbox_is_a_definition_list():
    html = render(blocks.FactBoxBlock(), {"title": "Feiten", "facts": [{"label": "Looptijd", "value": "3 jaar"}]})
    assert html.h2.get_text() == "Feiten"
    assert [(dt.get_text(), dt.find_next("dd").get_text()) for dt in html.find_all("dt")] == [("Looptijd", "3 jaar")]


def test_lessons_are_an_ordered_list():
    html = render(
        blocks.LessonsBlock(),
        {"title": "Lessen", "lessons": [{"title": "Een", "text": "Uitleg"}, {"title": "Twee", "text": ""}]},
    )
    assert [li.h3.get_text() for li in html.select("ol > li")] == ["Een", "Twee"]


def test_call_to_action_links_to_its_address():
    html = render(
        blocks.CallToActionBlock(),
        {
            "title": "Doe mee",
            "text": "Kom ook.",
            "link_page": None,
            "link_url": "https://ibp.example/",
            "link_label": "Aanmelden",
        },
    )
    assert html.h2.get_text() == "Doe mee"
    assert html.find("a", href="https://ibp.example/").get_text() == "Aanmelden"


def test_call_to_action_links_to_a_page(tree):
    story = make_content(tree, StoryPage, "Doelpagina")
    html = render(
        blocks.CallToActionBlock(),
        {"title": "Lees", "text": "", "link_page": story.pk, "link_url": "", "link_label": "Lees het verhaal"},
    )
    assert html.find("a")["href"] == story.url


def test_related_content_links_live_pages_only(tree):
    live = make_content(tree, StoryPage, "Gepubliceerd")
    draft = make_content(tree, StoryPage, "Concept", live=False)
    html = render(blocks.RelatedContentBlock(), {"title": "Lees ook", "pages": [live.pk, draft.pk]})
    assert [a["href"] for a in html.find_all("a")] == [live.url]


def test_certainty_shows_title_and_explanation():
    html = render(blocks.CertaintyBlock(), {"number": 3, "title": "Ken je opgave", "text": "Weet wat je oplost."})
    assert html.h3.get_text() == "Ken je opgave" and "Weet wat je oplost." in html.get_text()


def test_figure_shows_value_and_source():
    html = render(blocks.FigureBlock(), {"label": "Inwoners", "value": "ruim 600.000", "source": "CBS"})
    assert html.dt.get_text() == "Inwoners" and "ruim 600.000 (bron: CBS)" in html.dd.get_text()


def test_commitment_renders_its_text():
    html = render(blocks.CommitmentBlock(), "Rijk en regio maken woondeals.")
    assert html.get_text().strip() == "Rijk en regio maken woondeals."


def test_every_body_block_has_a_template_that_renders():
    """A guard for new blocks: each block of the body vocabulary names a template."""
    for name, block in blocks.BodyBlock().child_blocks.items():
        assert block.meta.template, name


@pytest.mark.parametrize(
    ("block", "stored", "sent"),
    [
        pytest.param(blocks.AudioBlock().child_blocks["episode"], 1, "1", id="episode"),
        pytest.param(blocks.AudioBlock().child_blocks["season"], None, "", id="no-season"),
        pytest.param(blocks.CertaintyBlock().child_blocks["number"], 3, " 3 ", id="certainty"),
    ],
)
def test_a_number_the_edit_form_sends_back_unchanged_counts_as_unchanged(block, stored, sent):
    """The StreamField compares what the form sends back with what is stored:
    an unchanged number must compare equal, or approving an unchanged page
    writes a revision in the approver's name."""
    from_form = block.value_from_datadict({"n": sent}, {}, "n")
    assert block.get_prep_value(from_form) == block.get_prep_value(stored)
    assert block.clean(from_form) == stored


def test_a_number_field_still_refuses_what_is_no_whole_number():
    number = blocks.CertaintyBlock().child_blocks["number"]
    for sent in ("drie", "", "9"):
        with pytest.raises(ValidationError):
            number.clean(number.value_from_datadict({"n": sent}, {}, "n"))
