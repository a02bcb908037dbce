"""Cross-overs (dwarsverbanden): stored once, read both ways.

A cross-over between opgaven A and B is one row (`Crossover`), on the opgave
it was entered on: part of that opgave's own content, so it goes through
review with it, and publishing it changes no other opgave, its rows or its
revisions (revisions are history and are never rewritten). Everything that
shows cross-overs reads both directions (`OpgavePage.get_crossovers`,
opgaven/context.py, the diagrams), so B shows A as soon as A's cross-over is
published. B's edit form lists the cross-overs other opgaven hold with B
(`CrossoversElsewherePanel`), with a link to edit each where it is stored,
and refuses to store the same pair a second time.

Until 2026 each cross-over was stored on both sides and kept in step by
rewriting the other opgave's live rows and latest revision on publish;
migration 0005 turned those doubled rows into single pairs. Revisions from
that time may still hold the second copy: `pairs_stored_elsewhere` lets a
revision open (and publish) without it.
"""

from django.apps import apps
from django.db.models import Q


def _crossover_model():
    # By name, not imported: opgaven.models imports this module.
    return apps.get_model("opgaven", "Crossover")


def pairs_stored_elsewhere(opgave_pk):
    """The opgaven that hold the cross-over with `opgave_pk` themselves, so
    that `opgave_pk` must not hold it too: every opgave storing a row that
    points here, unless `opgave_pk`'s own live row for that pair is older
    (the first stored row of a pair is the one that counts). One query."""
    if opgave_pk is None:
        return set()
    rows = _crossover_model().objects.filter(Q(opgave_id=opgave_pk) | Q(other_id=opgave_pk))
    own, theirs = {}, {}
    for pk, opgave_id, other_id in rows.values_list("pk", "opgave_id", "other_id"):
        if opgave_id == opgave_pk:
            own[other_id] = pk
        else:
            theirs[opgave_id] = pk
    return {other for other, pk in theirs.items() if pk < own.get(other, float("inf"))}


def stored_on_others(opgave):
    """The live cross-overs other opgaven hold with `opgave`, by their title."""
    if opgave.pk is None:
        return []
    elsewhere = pairs_stored_elsewhere(opgave.pk)
    rows = _crossover_model().objects.filter(other_id=opgave.pk, opgave_id__in=elsewhere).select_related("opgave")
    return sorted(rows, key=lambda row: row.opgave.title)
