"""Wagtail's accessibility checker (userbar and the editor's Checks panel),
tuned to this site: it checks what editors control (the page's `<main>`;
header, footer and navigation are fixed templates tested by the test suite),
adds the image rules that matter with required alt text, and speaks Dutch."""

from wagtail.admin.userbar import ContentCheckerItem

RULES = [
    "button-name",
    "empty-heading",
    "empty-table-header",
    "frame-title",
    "heading-order",
    "input-button-name",
    "link-name",
    "p-as-heading",
    "alt-text-quality",
    "empty-meta-description",
    "image-alt",
    "image-redundant-alt",
    "duplicate-id-aria",
    "list",
    "listitem",
]

MESSAGES = {
    "button-name": ("Knop zonder tekst", "Geef de knop een tekst die zegt wat hij doet."),
    "empty-heading": ("Lege tussenkop", "Geef elke kop tekst, of haal de kop weg."),
    "empty-table-header": ("Lege tabelkop", "Geef elke kolom een kop die de inhoud beschrijft."),
    "frame-title": ("Ingesloten frame zonder titel", "Geef het frame een titel voor schermlezers."),
    "heading-order": ("Koppen slaan een niveau over", "Gebruik koppen in volgorde: na een h2 een h3, geen h4."),
    "input-button-name": ("Invoerknop zonder tekst", "Geef de knop een tekst die zegt wat hij doet."),
    "link-name": ("Link zonder tekst", "Gebruik een linktekst die zegt waar de link heen gaat."),
    "p-as-heading": ("Vette alinea als kop gebruikt", "Gebruik het blok Tussenkop in plaats van vette tekst."),
    "alt-text-quality": (
        "Alt-tekst lijkt een bestandsnaam",
        "Beschrijf wat er op de afbeelding staat (in de beeldbank), of markeer haar als decoratief.",
    ),
    "empty-meta-description": (
        "Lege omschrijving voor zoekmachines",
        "Vul de inleiding of de zoekomschrijving in (tab Eigenschappen).",
    ),
    "image-alt": (
        "Afbeelding zonder tekstalternatief",
        "Beschrijf de afbeelding in de beeldbank, of markeer haar als decoratief.",
    ),
    "image-redundant-alt": (
        "Alt-tekst herhaalt de tekst ernaast",
        "Beschrijf wat de afbeelding toevoegt, of markeer haar als decoratief.",
    ),
    "duplicate-id-aria": ("Dubbele id", "Een id mag maar één keer op een pagina voorkomen."),
    "list": ("Lijst klopt niet", "Een opsomming bevat alleen lijstitems."),
    "listitem": ("Lijstitem buiten een lijst", "Zet lijstitems in een opsomming."),
}


class SiteAccessibilityItem(ContentCheckerItem):
    axe_include = ["main"]
    axe_run_only = RULES
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        **{rule: {"error_name": name, "help_text": help_text} for rule, (name, help_text) in MESSAGES.items()},
    }


def tune_userbar(request, items, page=None):
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SiteAccessibilityItem):
            items[index] = SiteAccessibilityItem(in_editor=getattr(item, "in_editor", False))
