"""What the admin accepts as an image or a document, judged by content.

A file's name only says what it claims to be. Both form bases below read the
file itself and accept it only when its content is one of the allowed types
*and* matches its extension:

* images: JPEG, PNG, GIF, WebP or AVIF, recognised by their magic bytes
  (``filetype``), opened and fully decoded by Pillow within the pixel limit
  (Pillow's decompression-bomb guard on);
* documents: PDF, Word (.docx), Excel (.xlsx), OpenDocument text (.odt)
  recognised by their signature and, for the zip-based formats, their
  required members, read within limits (member count, unpacked size,
  compression ratio) and never unpacked whole; CSV and plain text as UTF-8
  text without binary bytes.

SVG and HTML are refused in every guise (they can carry scripts). Form
validation runs before anything is written, so a refused file leaves nothing
behind. Wagtail uses these bases for every upload form: the single and
multiple upload, the chooser's upload tab and the edit form (through
WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE, whose
classes add who may replace a file a live page uses:
overheidvannu/editorial/uploads.py).
"""

import io
import warnings
import zipfile

import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm

from articles.images import ImageForm as AltTextImageForm
from articles.validators import audio_format

# Detected MIME type → the extensions such a file may carry.
IMAGE_TYPES = {
    "image/jpeg": {"jpg", "jpeg"},
    "image/png": {"png"},
    "image/gif": {"gif"},
    "image/webp": {"webp"},
    "image/avif": {"avif"},
}
PILLOW_FORMATS = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
    "AVIF": "image/avif",
}

ZIP_DOCUMENTS = {
    # extension: (member that must exist, expected content of "mimetype" or None)
    "docx": ("word/document.xml", None),
    "xlsx": ("xl/workbook.xml", None),
    "odt": ("mimetype", b"application/vnd.oasis.opendocument.text"),
}
TEXT_DOCUMENTS = {"csv", "txt"}
AUDIO_DOCUMENTS = {"mp3": "mp3", "ogg": "ogg", "oga": "ogg", "m4a": "m4a"}
MARKUP_STARTS = (b"<!doctype", b"<html", b"<head", b"<body", b"<svg", b"<?xml", b"<script", b"<iframe", b"<!--")
SNIFF_BYTES = 8192

REFUSED_MARKUP = "SVG- en HTML-bestanden kunnen scripts bevatten en worden daarom niet geaccepteerd."


def _extension(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _head(upload, size=SNIFF_BYTES):
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def _looks_like_markup(head):
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith(MARKUP_STARTS) or b"<svg" in text[:1024] or b"<html" in text[:1024]


def check_image(upload):
    """Raise ValidationError unless ``upload`` is an allowed, intact image whose
    content matches its extension and which stays within the pixel limit."""
    name = upload.name or ""
    extension = _extension(name)
    head = _head(upload)
    if _looks_like_markup(head):
        raise forms.ValidationError(REFUSED_MARKUP, code="markup")
    kind = filetype.guess(head)
    mime = kind.mime if kind else None
    if mime not in IMAGE_TYPES:
        raise forms.ValidationError(
            "Dit bestand is geen afbeelding die we accepteren. Upload een JPEG, PNG, GIF, WebP of AVIF.",
            code="image_type",
        )
    if extension not in IMAGE_TYPES[mime]:
        raise forms.ValidationError(
            f"De bestandsnaam eindigt op .{extension or '(niets)'}, maar de inhoud is een "
            f"{kind.extension.upper()}-afbeelding. Geef het bestand de juiste extensie.",
            code="image_mismatch",
        )
    max_pixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    too_many = forms.ValidationError(
        f"Deze afbeelding is te groot: meer dan {max_pixels // 1_000_000} miljoen pixels. "
        "Verklein hem en probeer het opnieuw.",
        code="image_pixels",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload) as image:
                width, height = image.size
                if width * height * max(1, getattr(image, "n_frames", 1)) > max_pixels:
                    raise too_many
                if PILLOW_FORMATS.get(image.format) != mime:
                    raise forms.ValidationError("De inhoud van deze afbeelding klopt niet.", code="image_mismatch")
                image.verify()
            # verify() leaves the image unusable and misses truncated data; decode it once fully.
            upload.seek(0)
            with Image.open(upload) as image:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many from None
    except forms.ValidationError:
        raise
    except Exception:
        raise forms.ValidationError(
            "Dit afbeeldingsbestand is beschadigd of onvolledig en kan niet worden gelezen.", code="image_broken"
        ) from None
    finally:
        upload.seek(0)


def check_document(upload):
    """Raise ValidationError unless ``upload``'s content is the document type its extension says."""
    name = upload.name or ""
    extension = _extension(name)
    head = _head(upload)
    allowed = ", ".join(f".{ext}" for ext in settings.WAGTAILDOCS_EXTENSIONS)
    if extension not in settings.WAGTAILDOCS_EXTENSIONS:
        raise forms.ValidationError(
            f"Dit soort bestand accepteren we niet. Toegestaan: {allowed}.", code="document_type"
        )
    if _looks_like_markup(head):
        raise forms.ValidationError(REFUSED_MARKUP, code="markup")
    mismatch = forms.ValidationError(
        f"De inhoud van dit bestand is geen .{extension}-bestand. Controleer of je het goede bestand kiest "
        "en of de extensie klopt.",
        code="document_mismatch",
    )
    if extension == "pdf":
        if not head.startswith(b"%PDF-"):
            raise mismatch
    elif extension in ZIP_DOCUMENTS:
        check_archive(upload, extension, mismatch)
    elif extension in TEXT_DOCUMENTS:
        if b"\x00" in head or filetype.guess(head) is not None:
            raise mismatch
        try:
            io.TextIOWrapper(io.BytesIO(head), encoding="utf-8", errors="strict").read()
        except UnicodeDecodeError:
            # The sniffed block may end inside a multi-byte character; only complain about real errors.
            try:
                head[:-4].decode("utf-8")
            except UnicodeDecodeError:
                raise forms.ValidationError(
                    "Dit tekstbestand is niet in UTF-8 opgeslagen. Sla het op als UTF-8 en probeer het opnieuw.",
                    code="document_encoding",
                ) from None
    elif extension in AUDIO_DOCUMENTS:
        # Audio for the audio block: the same content check the block applies.
        if audio_format(head) != AUDIO_DOCUMENTS[extension]:
            raise mismatch
    else:  # an extension added to settings without a content check here
        raise forms.ValidationError(
            f"Dit soort bestand accepteren we niet. Toegestaan: {allowed}.", code="document_type"
        )


# --- zip-based documents: inspected with a bounded read ---------------------------

#: An Office or OpenDocument file is a zip archive; a few kilobytes of it can
#: unpack to gigabytes (a "zip bomb"). Archives beyond these limits are refused
#: before anything is unpacked; within them every member is read in chunks,
#: counting, and reading stops at the limit.
MAX_ARCHIVE_MEMBERS = 2000
MAX_MEMBER_UNPACKED = 100 * 1024 * 1024
MAX_ARCHIVE_UNPACKED = 200 * 1024 * 1024
#: Unpacked size over packed size. Office XML packs about 5 to 20 times; only
#: members or archives that unpack to more than MIN_RATIO_CHECKED bytes count.
MAX_COMPRESSION_RATIO = 100
MIN_RATIO_CHECKED = 1024 * 1024
READ_CHUNK = 64 * 1024
EOCD_SIGNATURE, ZIP64_LOCATOR_SIGNATURE = b"PK\x05\x06", b"PK\x06\x07"

TOO_BIG_UNPACKED = (
    "Dit bestand wordt uitgepakt {how}. Zo'n bestand kan de website overbelasten en accepteren we "
    "daarom niet. Sla het opnieuw op vanuit je tekstverwerker of spreadsheetprogramma en probeer het nog eens."
)
TOO_MANY_MEMBERS = (
    "Dit bestand bevat te veel onderdelen (meer dan {limit}) en wordt daarom niet geaccepteerd. Sla het "
    "opnieuw op vanuit je tekstverwerker of spreadsheetprogramma en probeer het nog eens."
)


def _declared_member_count(upload):
    """The number of members the archive's end record declares, read from its
    last bytes before `zipfile` parses (and holds in memory) every entry.
    None when no end record is found (then it is no valid zip file)."""
    upload.seek(0, io.SEEK_END)
    size = upload.tell()
    tail_start = max(0, size - (22 + 65535 + 20))  # end record, its comment, the zip64 locator
    upload.seek(tail_start)
    tail = upload.read()
    at = tail.rfind(EOCD_SIGNATURE)
    if at < 0 or len(tail) < at + 22:
        return None
    count = int.from_bytes(tail[at + 10 : at + 12], "little")
    locator = at - 20
    if count == 0xFFFF and locator >= 0 and tail[locator : locator + 4] == ZIP64_LOCATOR_SIGNATURE:
        record_offset = int.from_bytes(tail[locator + 8 : locator + 16], "little")
        upload.seek(record_offset)
        record = upload.read(56)
        if len(record) == 56:
            count = int.from_bytes(record[32:40], "little")
    return count


def _refuse_unpacked(limit=None):
    how = f"groter dan {filesizeformat(limit)}" if limit else f"meer dan {MAX_COMPRESSION_RATIO} keer zo groot"
    return forms.ValidationError(TOO_BIG_UNPACKED.format(how=how), code="archive_size")


def check_archive(upload, extension, mismatch):
    """Raise ValidationError unless ``upload`` is a zip-based document of the
    type ``extension`` names that stays within the limits above. Never holds
    more than READ_CHUNK unpacked bytes at once."""
    member, mimetype = ZIP_DOCUMENTS[extension]
    try:
        count = _declared_member_count(upload)
        if count is None:
            raise mismatch
        if count > MAX_ARCHIVE_MEMBERS:
            raise forms.ValidationError(TOO_MANY_MEMBERS.format(limit=MAX_ARCHIVE_MEMBERS), code="archive_members")
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ARCHIVE_MEMBERS:
                raise forms.ValidationError(TOO_MANY_MEMBERS.format(limit=MAX_ARCHIVE_MEMBERS), code="archive_members")
            # What the archive declares, before anything is unpacked.
            total = sum(entry.file_size for entry in entries)
            packed = sum(entry.compress_size for entry in entries)
            for entry in entries:
                if entry.file_size > MAX_MEMBER_UNPACKED:
                    raise _refuse_unpacked(MAX_MEMBER_UNPACKED)
                if entry.file_size > MIN_RATIO_CHECKED and entry.file_size > MAX_COMPRESSION_RATIO * max(
                    entry.compress_size, 1
                ):
                    raise _refuse_unpacked()
            if total > MAX_ARCHIVE_UNPACKED:
                raise _refuse_unpacked(MAX_ARCHIVE_UNPACKED)
            if total > MIN_RATIO_CHECKED and total > MAX_COMPRESSION_RATIO * max(packed, 1):
                raise _refuse_unpacked()

            names = {entry.filename for entry in entries}
            office_xml = mimetype is None  # Office Open XML always has [Content_Types].xml
            if member not in names or (office_xml and "[Content_Types].xml" not in names):
                raise mismatch
            if mimetype is not None:
                with archive.open("mimetype") as stream:
                    if stream.read(len(mimetype) + 64).strip() != mimetype:
                        raise mismatch
            # What it really holds: every member read in chunks, counted; a
            # member that unpacks to more than it declared fails its check.
            unpacked = 0
            for entry in entries:
                with archive.open(entry) as stream:
                    while chunk := stream.read(READ_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_ARCHIVE_UNPACKED:
                            raise _refuse_unpacked(MAX_ARCHIVE_UNPACKED)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, KeyError, OSError, ValueError, EOFError):
        raise mismatch from None
    finally:
        upload.seek(0)


def new_upload(form):
    """The file a form's submission brings, if it brings a new one."""
    upload = form.cleaned_data.get("file")
    if upload and "file" in form.changed_data and hasattr(upload, "read"):
        return upload
    return None


# The form bases Wagtail uses (WAGTAILIMAGES_IMAGE_FORM_BASE and
# WAGTAILDOCS_DOCUMENT_FORM_BASE) are the editorial app's subclasses of these
# two, which add who may replace a live upload (overheidvannu/editorial/uploads.py).


class ImageForm(AltTextImageForm):
    """Wagtail's image form with the required alt text (articles.images), plus
    the content check above.

    The check runs inside the file field, right after Wagtail's size limit and
    before Wagtail's own format checks, so an editor reads our plain message
    (what is wrong and what to do) rather than a format name.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            if field.max_upload_size is not None:
                # Read by static/js/admin-editorial.js: too large is refused before sending.
                field.widget.attrs["data-max-upload-size"] = str(field.max_upload_size)
            wagtail_to_python = field.to_python

            def to_python(data):
                if data and hasattr(data, "read"):
                    field.check_image_file_size(data)
                    check_image(data)
                return wagtail_to_python(data)

            field.to_python = to_python


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, with the content check above."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        max_size = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
        if field is not None and max_size is not None:
            # Read by static/js/admin-editorial.js: too large is refused before sending.
            field.widget.attrs["data-max-upload-size"] = str(max_size)

    def clean_file(self):
        upload = new_upload(self)
        if upload is not None:
            max_size = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
            if max_size is not None and upload.size > max_size:
                raise forms.ValidationError(
                    f"Dit bestand is te groot ({filesizeformat(upload.size)}). "
                    f"Het maximum is {filesizeformat(max_size)}.",
                    code="document_size",
                )
            check_document(upload)
        return self.cleaned_data.get("file")
