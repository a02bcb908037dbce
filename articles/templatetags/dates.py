"""The site's date formats as template filters (see articles/dates.py):
`{{ value|short_date }}`, `{{ value|long_date }}`, `{{ value|date_and_time }}`
and `{{ start|time_span:end }}`."""

from django import template

from .. import dates

register = template.Library()

register.filter("short_date", dates.short_date)
register.filter("long_date", dates.long_date)
register.filter("date_and_time", dates.date_and_time)
register.filter("time_span", dates.time_span)
