"""An essay's authors are an ordered list the editor sets in the admin
(an inline with up and down buttons, not a checkbox list): the first author
comes first on the page, in its structured data, in the API and in the feed."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset

from articles.models import EssayAuthor, EssayPage
from articles.permissions import EDITORS

from ..admin_forms import add_url, complete_content_form_data
from ..editorial.test_workflow import login_as
from ..factories import make_content, make_organisation, make_person

pytestmark = pytest.mark.django_db

PUBLISH = {"action-publish": "action-publish"}


def authors_form(*people):
    """The inline's POST data: `people` in this order (ORDER is 1-based, as the admin sends it)."""
    return inline_formset([{"id": "", "person": person.pk, "ORDER": str(n)} for n, person in enumerate(people, 1)])


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("beheer", "beheer@example.org", "wachtwoord-1"))
    return client


def test_edit_form_offers_an_ordered_authors_inline(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    essay = make_content(tree, EssayPage, "Essay met auteurs")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[essay.pk])).content.decode()
    page = BeautifulSoup(html, "html.parser")
    assert page.find(id="id_essay_authors-TOTAL_FORMS") is not None
    assert "Auteurs" in page.get_text()
    # No checkbox list of every person any more.
    assert not page.select('input[type=checkbox][name="authors"]')


def test_the_order_set_in_the_admin_is_the_order_on_the_page(admin_client, tree):
    zeger, anna = make_person("Zeger de Wit"), make_person("Anna Appel", organisation=make_organisation("NSOB"))
    data = complete_content_form_data(EssayPage, "Volgorde telt", essay_authors=authors_form(zeger, anna))
    response = admin_client.post(add_url(EssayPage, tree.essays), {**data, **PUBLISH})
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    essay = EssayPage.objects.get(title="Volgorde telt")
    assert essay.authors == [zeger, anna]

    page = BeautifulSoup(admin_client.get(essay.url).content.decode(), "html.parser")
    assert [li.select_one(".ovn-author__name").get_text() for li in page.select(".ovn-factbox dd li")] == [
        "Zeger de Wit",
        "Anna Appel",
    ]

    # Reordering in the edit form: Anna first.
    first, second = essay.essay_authors.all()
    data = complete_content_form_data(
        EssayPage,
        "Volgorde telt",
        slug=essay.slug,
        essay_authors=inline_formset(
            [
                {"id": first.pk, "person": zeger.pk, "ORDER": "2"},
                {"id": second.pk, "person": anna.pk, "ORDER": "1"},
            ],
            initial=2,
        ),
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[essay.pk]), {**data, **PUBLISH})
    assert response.status_code == 302
    assert EssayPage.objects.get(pk=essay.pk).authors == [anna, zeger]


def test_an_author_twice_is_refused_in_dutch(admin_client, tree):
    author = make_person("Anna Appel")
    data = complete_content_form_data(EssayPage, "Dubbel", essay_authors=authors_form(author, author))
    response = admin_client.post(add_url(EssayPage, tree.essays), {**data, **PUBLISH})
    assert response.status_code == 200
    assert "Deze auteur staat er al." in response.content.decode()
    assert not EssayPage.objects.exists()


def test_api_and_feed_give_the_authors_in_order(client, tree):
    essay = make_content(tree, EssayPage, "Essay voor de API")
    essay.set_authors([make_person("Zeger de Wit", role="lector"), make_person("Anna Appel")])
    essay.save_revision().publish()

    api = client.get(f"/api/v2/pages/{essay.pk}/").json()
    assert [(a["name"], a["role"]) for a in api["authors"]] == [("Zeger de Wit", "lector"), ("Anna Appel", "")]

    feed = client.get("/essays/feed/").content.decode()
    assert "<author><name>Zeger de Wit en Anna Appel</name></author>" in feed


def test_removing_a_person_removes_the_authorship_only(tree):
    essay = make_content(tree, EssayPage, "Essay")
    gone, stays = make_person("Weg"), make_person("Blijft")
    essay.set_authors([gone, stays])
    essay.save_revision().publish()
    gone.delete()
    assert EssayPage.objects.get(pk=essay.pk).authors == [stays]
    assert EssayAuthor.objects.count() == 1
