"""Tip de redactie (`/contact/`) for the tests that post to it: the page as an
editor sets it up (`make_contact_page`), a valid tip (`GOOD`) and a visitor's
post from an address of its own (`post`)."""

from articles.models import ContactFormField, ContactPage

FIELDS = [
    ("Naam", "singleline", True),
    ("E-mailadres", "email", True),
    ("Bericht", "multiline", True),
    ("Link", "url", False),
]


def make_contact_page(tree, **fields):
    page = ContactPage(
        title="Tip de redactie",
        slug="contact",
        intro="Weet je een goed voorbeeld van samenwerken? Laat het ons weten.",
        to_address="redactie@example.org",
        subject="Nieuwe tip",
        **fields,
    )
    tree.home.add_child(instance=page)
    for order, (label, field_type, required) in enumerate(FIELDS):
        ContactFormField.objects.create(
            page=page, sort_order=order, label=label, field_type=field_type, required=required
        )
    page.save_revision().publish()
    return page


GOOD = {
    "naam": "Anna de Vries",
    "e_mailadres": "anna@example.org",
    "bericht": "In Zutphen werken gemeente en waterschap samen aan klimaatadaptatie.",
    "link": "https://example.org/verhaal",
}


def post(client, data, ip="10.0.0.9", **extra):
    return client.post("/contact/", data, REMOTE_ADDR=ip, **extra)
