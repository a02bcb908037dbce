from django.db import models


class Counter(models.Model):
    """How often one key was hit in its current window. The key is a keyed
    hash (`store.key_for`), never an address in the clear; the row is reset
    by the first hit after `expires_at` and deleted a while later."""

    key = models.CharField(max_length=120, unique=True)
    hits = models.PositiveIntegerField(default=0)
    #: Unix time (seconds) at which the window ends: plain integers compare
    #: the same on every database, with no time-zone conversion in raw SQL.
    expires_at = models.BigIntegerField(db_index=True)

    class Meta:
        verbose_name = "teller"
        verbose_name_plural = "tellers"

    def __str__(self):
        return self.key
