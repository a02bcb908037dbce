"""Cross-overs are visible and editable from both opgaven in the admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset

from opgaven.models import Crossover, OpgavePage

from ..admin_forms import opgave_form_data
from ..factories import make_opgave

pytestmark = pytest.mark.django_db
PUBLISH = {"action-publish": "action-publish"}


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def form_crossovers(client, page):
    """(other, description) pairs in the cross-over forms of the edit form."""
    formset = client.get(edit_url(page)).context["form"].formsets["crossovers"]
    return {(form.initial.get("other"), form.initial.get("description")) for form in formset.forms}


def publish(client, page, crossovers):
    initial = sum(1 for item in crossovers if item.get("id"))
    data = opgave_form_data(page.title, slug=page.slug, crossovers=inline_formset(crossovers, initial=initial))
    response = client.post(edit_url(page), {**data, **PUBLISH})
    assert response.status_code == 302, response.context["form"].errors if response.context else response


def test_a_crossover_entered_on_one_opgave_shows_on_the_other_edit_form(admin_client, tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    economie = make_opgave(tree, "Regionale economie als versneller")
    publish(admin_client, wonen, [{"other": str(economie.pk), "description": "Werk en wonen."}])
    assert form_crossovers(admin_client, economie) == {(wonen.pk, "Werk en wonen.")}
    assert list(economie.get_crossovers()) == [OpgavePage.objects.get(pk=wonen.pk)]


def test_the_other_side_edits_and_removes_it_for_both(admin_client, tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    economie = make_opgave(tree, "Regionale economie als versneller")
    klimaat = make_opgave(tree, "Samen aan de slag voor het klimaat")
    publish(admin_client, wonen, [{"other": str(economie.pk), "description": "Werk en wonen."}])

    # Edited from the other side: the description changes on both.
    row = Crossover.objects.get(opgave=economie, other=wonen)
    publish(
        admin_client,
        economie,
        [
            {"id": str(row.pk), "other": str(wonen.pk), "description": "Woningen voor werkenden."},
            {"other": str(klimaat.pk), "description": ""},
        ],
    )
    assert form_crossovers(admin_client, wonen) == {(economie.pk, "Woningen voor werkenden.")}
    assert form_crossovers(admin_client, klimaat) == {(economie.pk, "")}

    # Removed from the other side: gone on both, the other pair stays.
    to_wonen = Crossover.objects.get(opgave=economie, other=wonen)
    to_klimaat = Crossover.objects.get(opgave=economie, other=klimaat)
    publish(
        admin_client,
        economie,
        [
            {"id": str(to_wonen.pk), "other": str(wonen.pk), "description": "", "DELETE": "on"},
            {"id": str(to_klimaat.pk), "other": str(klimaat.pk), "description": ""},
        ],
    )
    assert form_crossovers(admin_client, wonen) == set()
    assert not Crossover.objects.filter(opgave=wonen).exists()
    assert set(Crossover.objects.values_list("opgave__title", "other__title")) == {
        ("Regionale economie als versneller", "Samen aan de slag voor het klimaat"),
        ("Samen aan de slag voor het klimaat", "Regionale economie als versneller"),
    }
    # The public pages agree.
    assert list(wonen.get_crossovers()) == []
    assert [o.title for o in klimaat.get_crossovers()] == ["Regionale economie als versneller"]
