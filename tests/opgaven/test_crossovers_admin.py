"""Cross-overs are stored once and read both ways: entered on one opgave they
show on the other's public page and edit form, publishing one opgave changes
no other opgave's rows or revisions, and the same pair is not stored twice.
The migration turns doubled rows into single pairs."""

import pytest
from django.db import connection
from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset

from opgaven.models import Crossover, OpgavePage

from ..admin_forms import opgave_form_data
from ..factories import make_opgave
from ..test_architecture import migrate

pytestmark = pytest.mark.django_db
PUBLISH = {"action-publish": "action-publish"}


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def form_crossovers(client, page):
    """(other, description) pairs in the cross-over forms of the edit form."""
    formset = client.get(edit_url(page)).context["form"].formsets["crossovers"]
    return {(form.initial.get("other"), form.initial.get("description")) for form in formset.forms}


def post(client, page, crossovers):
    initial = sum(1 for item in crossovers if item.get("id"))
    data = opgave_form_data(page.title, slug=page.slug, crossovers=inline_formset(crossovers, initial=initial))
    return client.post(edit_url(page), {**data, **PUBLISH})


def publish(client, page, crossovers):
    response = post(client, page, crossovers)
    assert response.status_code == 302, response.context["form"].errors if response.context else response


def test_a_crossover_entered_on_one_opgave_shows_on_the_other(admin_client, tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    economie = make_opgave(tree, "Regionale economie als versneller")
    economie_revisions = list(Revision.objects.filter(object_id=str(economie.pk)).values_list("pk", "content"))
    publish(admin_client, wonen, [{"other": str(economie.pk), "description": "Werk en wonen."}])

    # Stored once, on the opgave it was entered on; the other opgave is untouched.
    assert list(Crossover.objects.values_list("opgave_id", "other_id")) == [(wonen.pk, economie.pk)]
    assert list(Revision.objects.filter(object_id=str(economie.pk)).values_list("pk", "content")) == economie_revisions
    # Read both ways: the public side and the other opgave's edit form.
    assert list(economie.get_crossovers()) == [OpgavePage.objects.get(pk=wonen.pk)]
    assert "Toekomstbestendig wonen" in admin_client.get(economie.url).content.decode()
    edit = admin_client.get(edit_url(economie)).content.decode()
    assert "Dwarsverbanden vanuit andere opgaven" in edit
    assert edit_url(wonen) in edit and "Werk en wonen." in edit
    assert form_crossovers(admin_client, economie) == set()


def test_the_same_pair_is_not_stored_on_the_other_opgave_too(admin_client, tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    economie = make_opgave(tree, "Regionale economie als versneller")
    publish(admin_client, wonen, [{"other": str(economie.pk), "description": "Werk en wonen."}])
    response = post(admin_client, economie, [{"other": str(wonen.pk), "description": "Nog eens."}])
    assert response.status_code == 200
    assert "staat al bij ‘Toekomstbestendig wonen’" in response.content.decode()
    assert Crossover.objects.count() == 1


def test_removing_it_where_it_is_stored_removes_it_for_both(admin_client, tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    economie = make_opgave(tree, "Regionale economie als versneller")
    publish(admin_client, wonen, [{"other": str(economie.pk), "description": "Werk en wonen."}])
    row = Crossover.objects.get()
    publish(admin_client, wonen, [{"id": str(row.pk), "other": str(economie.pk), "description": "", "DELETE": "on"}])
    assert not Crossover.objects.exists()
    assert list(economie.get_crossovers()) == []


def test_a_revision_with_the_old_second_copy_opens_and_publishes_as_one_pair(admin_client, tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    economie = make_opgave(tree, "Regionale economie als versneller")
    publish(admin_client, wonen, [{"other": str(economie.pk), "description": "Werk en wonen."}])
    # The copy the old mirroring wrote into the other opgave's latest revision.
    page = OpgavePage.objects.get(pk=economie.pk)
    revision = page.save_revision()
    content = {**revision.content, "crossovers": [{"pk": None, "opgave": economie.pk, "other": wonen.pk}]}
    Revision.objects.filter(pk=revision.pk).update(content=content)

    assert form_crossovers(admin_client, economie) == set()
    Revision.objects.get(pk=revision.pk).publish()
    assert list(Crossover.objects.values_list("opgave_id", "other_id")) == [(wonen.pk, economie.pk)]


def test_the_migration_turns_doubled_rows_into_single_pairs(tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    economie = make_opgave(tree, "Regionale economie als versneller")
    klimaat = make_opgave(tree, "Samen aan de slag voor het klimaat")
    first = Crossover.objects.create(opgave=wonen, other=economie, description="", sort_order=1)
    Crossover.objects.create(opgave=economie, other=wonen, description="Werk en wonen.", sort_order=1)
    single = Crossover.objects.create(opgave=klimaat, other=wonen, description="Hitte in de wijk.", sort_order=1)
    pages = set(OpgavePage.objects.values_list("pk", "url_path"))
    revisions = set(Revision.objects.values_list("pk", flat=True))

    migrate([("opgaven", "0004_crossovers_stored_both_ways")])
    migrate([("opgaven", "0005_crossovers_stored_once")])
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, opgave_id, other_id, description FROM opgaven_crossover ORDER BY id")
        rows = cursor.fetchall()
    assert rows == [
        (first.pk, wonen.pk, economie.pk, "Werk en wonen."),
        (single.pk, klimaat.pk, wonen.pk, "Hitte in de wijk."),
    ]
    assert set(OpgavePage.objects.values_list("pk", "url_path")) == pages
    assert set(Revision.objects.values_list("pk", flat=True)) == revisions
