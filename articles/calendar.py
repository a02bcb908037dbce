"""An event as an iCalendar file (RFC 5545), for "Zet in je agenda".

One VEVENT in UTC, with text escaped as the RFC requires (backslash, comma,
semicolon, newline) and lines folded at 75 octets, so any calendar program
reads it. Nothing here touches the database.
"""

from __future__ import annotations

import datetime

from django.http import HttpResponse

PRODID = "-//Overheid van Nu//Agenda//NL"


def escape_text(value):
    """An RFC 5545 TEXT value: backslash, semicolon, comma and newlines escaped."""
    value = str(value or "").replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """Split a content line into pieces of at most 75 octets, continued with a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    pieces, current, size, limit = [], "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def utc_stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_ics(event, url, *, host, now=None):
    """The iCalendar text of `event` (an EventPage) whose public address is `url`."""
    now = now or datetime.datetime.now(datetime.UTC)
    place = event.location.strip()
    if event.online:
        place = f"Online ({place})" if place else "Online"
    description = "\n\n".join(part for part in (event.intro, f"Meer informatie: {url}") if part)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:evenement-{event.pk}@{host}",
        f"DTSTAMP:{utc_stamp(now)}",
        f"DTSTART:{utc_stamp(event.start)}",
        f"DTEND:{utc_stamp(event.end)}",
        f"SUMMARY:{escape_text(event.title)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"LOCATION:{escape_text(place)}",
        f"URL:{url}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def ics_response(event, request):
    """The event as a download for the visitor's own calendar."""
    url = request.build_absolute_uri(event.get_url(request))
    response = HttpResponse(event_ics(event, url, host=request.get_host()), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response
