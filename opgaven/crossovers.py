"""Cross-overs (dwarsverbanden) hold both ways, in the admin too.

Each cross-over is stored on both opgaven: A→B on A and B→A on B. When an
opgave is published, its own list is the truth for the pairs it is part of:
the other side of each pair is added, updated (the description) or removed,
both on the live page and in that opgave's latest revision, which is what
its edit form opens. So an editor sees and edits every cross-over of an
opgave on that opgave's own form, whichever side it was entered on.
"""

from django.db import transaction
from django.db.models import Max


def _sync_revision(opgave, other_id, row):
    """Make `opgave`'s latest revision hold `row` (a Crossover to `other_id`),
    or no cross-over to `other_id` when `row` is None."""
    revision = opgave.latest_revision
    if revision is None:
        return
    content = dict(revision.content)
    rows = [item for item in content.get("crossovers", []) if item.get("other") != other_id]
    if row is not None:
        rows.append(
            {
                "pk": row.pk,
                "opgave": opgave.pk,
                "other": other_id,
                "description": row.description,
                "sort_order": row.sort_order,
            }
        )
    content["crossovers"] = rows
    type(revision).objects.filter(pk=revision.pk).update(content=content)


def mirror_crossovers(opgave):
    """After `opgave` was published: the other side matches its cross-overs."""
    from .models import Crossover, OpgavePage

    own = {row.other_id: row.description for row in Crossover.objects.filter(opgave=opgave)}
    with transaction.atomic():
        others = OpgavePage.objects.in_bulk(
            [*own, *Crossover.objects.filter(other=opgave).values_list("opgave_id", flat=True)]
        )
        for other_id, description in own.items():
            other = others.get(other_id)
            if other is None:
                continue
            row = Crossover.objects.filter(opgave=other, other=opgave).first()
            if row is None:
                last = Crossover.objects.filter(opgave=other).aggregate(last=Max("sort_order"))["last"]
                row = Crossover.objects.create(
                    opgave=other, other=opgave, description=description, sort_order=(last or 0) + 1
                )
            elif row.description != description:
                row.description = description
                row.save(update_fields=["description"])
            _sync_revision(other, opgave.pk, row)
        for row in Crossover.objects.filter(other=opgave).exclude(opgave_id__in=own):
            other = others.get(row.opgave_id)
            row.delete()
            if other is not None:
                _sync_revision(other, opgave.pk, None)


def on_page_published(sender, instance, **kwargs):
    mirror_crossovers(instance)
