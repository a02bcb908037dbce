"""Documents answered with byte ranges, so audio players can seek.

Wagtail's serve view (`/documents/<id>/<name>`, WAGTAILDOCS_SERVE_METHOD =
"serve_view") streams the whole file for every request: a `Range` request
gets 200 and every byte (iOS Safari then refuses to play an episode), audio
comes as an attachment, and its sendfile helper writes a literal
`Content-Encoding: None` header. Django 5.2's FileResponse has no ranges
either.

`serve` wraps Wagtail's view (overheidvannu/urls.py routes
`/documents/<id>/<name>` to it): Wagtail's view runs first, with every
`before_serve_document` hook (the second factor, Wagtail's collection
restrictions, "private until a published page uses it":
overheidvannu/published_uploads.py) and its own answers (404, a login or
password form, a redirect, 304). Only when it would send the file does
`document_response` send it instead, as Wagtail would, and also:

* `Accept-Ranges: bytes` on every answer; one byte range (`bytes=0-99`,
  `bytes=100-`, `bytes=-500`) gets 206 with `Content-Range`; a range past the
  end of the file 416 with `Content-Range: bytes */<size>`; a malformed or
  multi-part `Range` is ignored (the whole file, 200), as RFC 9110 allows;
* `If-Range` with the current ETag (or Last-Modified) only: after a file was
  replaced, a player resuming an old copy gets the whole new file;
* ETag (the file's hash, as Wagtail), Last-Modified and conditional GET
  (304) as before;
* `Content-Disposition` inline for the types that play or show in a browser
  (WAGTAILDOCS_INLINE_CONTENT_TYPES: PDF and audio), with the file's name;
  an attachment otherwise; never a `Content-Encoding`.

The file is read through the storage API, so it works on S3 as well as on a
local disk. HEAD gets the same headers and no body.
"""

import re
import urllib.parse

from django.conf import settings
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date_safe
from wagtail.coreutils import string_to_ascii
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve

#: `bytes=<first>-<last>`, `bytes=<first>-` or `bytes=-<suffix length>`: one range only.
SINGLE_RANGE = re.compile(r"^\s*bytes\s*=\s*(?P<first>\d*)\s*-\s*(?P<last>\d*)\s*$", re.IGNORECASE)
CHUNK_SIZE = 64 * 1024


class Unsatisfiable(Exception):
    """A well-formed byte range that lies outside the file (416)."""


def byte_range(header, size):
    """The (first, last) byte positions, inclusive, that `header` (a `Range`
    value) asks of a file of `size` bytes; None to send the whole file (no
    header, or one this server ignores); raises Unsatisfiable for a range
    outside the file."""
    if not header:
        return None
    match = SINGLE_RANGE.match(header)
    if match is None:  # another unit, several ranges, or nonsense: ignored (RFC 9110, 14.2)
        return None
    first, last = match["first"], match["last"]
    if not first and not last:
        return None
    if not first:  # the last N bytes
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise Unsatisfiable
        return max(size - suffix, 0), size - 1
    first = int(first)
    if last and int(last) < first:
        return None  # invalid: ignored
    if first >= size:
        raise Unsatisfiable
    return first, min(int(last), size - 1) if last else size - 1


class FileSlice:
    """A read-only view of `length` bytes of an open file from `start`, for
    FileResponse to stream (it closes the file when the response ends)."""

    def __init__(self, file, start, length):
        self.file = file
        self.remaining = length
        file.seek(start)

    def read(self, size=-1):
        if self.remaining <= 0:
            return b""
        size = self.remaining if size is None or size < 0 else min(size, self.remaining)
        data = self.file.read(size)
        self.remaining -= len(data)
        return data

    def close(self):
        self.file.close()


def content_disposition(document):
    """inline for what a browser plays or shows, an attachment otherwise;
    the file's name either way (ASCII, and UTF-8 when it differs)."""
    kind = "inline" if document.content_type in settings.WAGTAILDOCS_INLINE_CONTENT_TYPES else "attachment"
    name = document.filename
    ascii_name = string_to_ascii(name).replace('"', "")
    value = f'{kind}; filename="{ascii_name}"'
    if ascii_name != name:
        value += f"; filename*=UTF-8''{urllib.parse.quote(name)}"
    return value


def _etag(document):
    """The file's SHA-1, as Wagtail's view sends it (computed and stored once
    for a document saved without it)."""
    try:
        file_hash = document.get_file_hash()
    except OSError:
        return None
    return f'"{file_hash}"' if file_hash else None


def _last_modified(document):
    try:
        return int(document.file.storage.get_modified_time(document.file.name).timestamp())
    except (NotImplementedError, OSError, AttributeError):
        return None


def if_range_matches(request, etag, last_modified):
    """No `If-Range`, or one that names this very file (a strong ETag match or
    the exact Last-Modified date)."""
    value = request.headers.get("If-Range")
    if not value:
        return True
    value = value.strip()
    if value.startswith(('"', "W/")):
        return etag is not None and value == etag  # weak validators never match
    date = parse_http_date_safe(value)
    return date is not None and last_modified is not None and date == last_modified


def serve(request, document_id, document_filename):
    """`/documents/<id>/<name>`: Wagtail's answer, unless it sends the file;
    then ours, with ranges (module docstring)."""
    response = wagtail_serve(request, document_id, document_filename)
    if response.status_code != 200 or not isinstance(response, FileResponse):
        return response
    # Wagtail's open file; ours is opened below. (Not `response.close()`: that
    # also signals the end of the request, which closes the database connection.)
    if getattr(response, "file_to_stream", None) is not None:
        response.file_to_stream.close()
    return document_response(get_object_or_404(get_document_model(), pk=document_id), request)


def document_response(document, request):
    """The file of `document`, whole or the range asked for, for a request
    that every check has let through."""
    etag, last_modified = _etag(document), _last_modified(document)
    headers = {"Accept-Ranges": "bytes", "X-Content-Type-Options": "nosniff"}
    if etag:
        headers["ETag"] = etag
    if last_modified is not None:
        headers["Last-Modified"] = http_date(last_modified)

    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:  # 304 (or 412 for a failed precondition)
        for name, value in headers.items():
            not_modified[name] = value
        return not_modified

    size = document.file.size
    try:
        asked = request.headers.get("Range") if if_range_matches(request, etag, last_modified) else None
        wanted = byte_range(asked, size)
    except Unsatisfiable:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        response["Accept-Ranges"] = "bytes"
        return response

    first, last = wanted if wanted else (0, size - 1)
    length = last - first + 1 if size else 0
    if request.method == "HEAD":
        response = HttpResponse(content_type=document.content_type)
    else:
        response = FileResponse(FileSlice(document.file.open("rb"), first, length), content_type=document.content_type)
    if wanted:
        response.status_code = 206
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
    response["Content-Length"] = str(length)
    response["Content-Disposition"] = content_disposition(document)
    for name, value in headers.items():
        response[name] = value
    return response
