"""The site's dates in Dutch: one function for each length, used everywhere
(templates through the `dates` template tags, Python by calling these).

- `short_date`: "10 dec 2026", where a table has little room (admin columns);
- `long_date`: "10 december 2026", every day a visitor reads (publication
  dates, progress updates, mails, feeds);
- `date_and_time`: "donderdag 10 december 2026, 15:00", every moment (when an
  event takes place, what is scheduled);
- `time_span`: an event from start to end, built on `date_and_time`:
  "donderdag 10 december 2026, 15:00–16:15", or with both moments in full
  when it runs over more than one day.

A moment is shown in the site's time zone (Europe/Amsterdam); a date as it is.
"""

import datetime

from django.utils import formats, timezone, translation

LANGUAGE = "nl"
SHORT, LONG, WITH_TIME, TIME = "j b Y", "j F Y", "l j F Y, H:i", "H:i"


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _format(value, pattern):
    if value in (None, ""):
        return ""
    with translation.override(LANGUAGE):
        return formats.date_format(_local(value), pattern)


def short_date(value):
    """ "10 dec 2026" """
    return _format(value, SHORT)


def long_date(value):
    """ "10 december 2026" """
    return _format(value, LONG)


def date_and_time(value):
    """ "donderdag 10 december 2026, 15:00" """
    return _format(value, WITH_TIME)


def time_span(start, end):
    """ "donderdag 10 december 2026, 15:00–16:15" on one day; otherwise
    "donderdag 10 december 2026, 15:00 tot vrijdag 11 december 2026, 12:00"."""
    if not end:
        return date_and_time(start)
    if _local(start).date() == _local(end).date():
        return f"{date_and_time(start)}–{_format(end, TIME)}"
    return f"{date_and_time(start)} tot {date_and_time(end)}"
