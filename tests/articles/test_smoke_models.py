from articles.models import ContentPage, StoryPage

from ..factories import make_content, make_theme


def test_every_type_is_listed_from_one_table(tree):
    theme = make_theme("Sturen in netwerken")
    story = make_content(tree, StoryPage, "Samen bouwen", levels=["individu"], themes=[theme])
    listed = ContentPage.objects.live().get(pk=story.pk)
    assert listed.kind == "verhaal"
    assert [t.name for t in listed.themes.all()] == ["Sturen in netwerken"]
