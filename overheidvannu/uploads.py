"""What the admin accepts as an image or a document, judged by content.

A file's name only says what it claims to be. Both form bases below read the
file itself and accept it only when its content is one of the allowed types
*and* matches its extension:

* images: JPEG, PNG, GIF, WebP or AVIF, recognised by their magic bytes
  (``filetype``), opened and fully decoded by Pillow within the pixel limit
  (Pillow's decompression-bomb guard on);
* documents: PDF, Word (.docx), Excel (.xlsx), OpenDocument text (.odt)
  recognised by their signature and, for the zip-based formats, their
  required members; CSV and plain text as UTF-8 text without binary bytes.

SVG and HTML are refused in every guise (they can carry scripts). Form
validation runs before anything is written, so a refused file leaves nothing
behind. Wagtail uses these bases for every upload form: the single and
multiple upload, the chooser's upload tab and the edit form.
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
        member, mimetype = ZIP_DOCUMENTS[extension]
        try:
            upload.seek(0)
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
                office_xml = mimetype is None  # Office Open XML always has [Content_Types].xml
                if member not in names or (office_xml and "[Content_Types].xml" not in names):
                    raise mismatch
                if mimetype is not None and archive.read("mimetype").strip() != mimetype:
                    raise mismatch
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):
            raise mismatch from None
        finally:
            upload.seek(0)
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


def _new_upload(form):
    upload = form.cleaned_data.get("file")
    if upload and "file" in form.changed_data and hasattr(upload, "read"):
        return upload
    return None


class ImageForm(AltTextImageForm):
    """Wagtail's image form with the required alt text (articles.images), plus
    the content check above (WAGTAILIMAGES_IMAGE_FORM_BASE).

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
    """Wagtail's document form, with the content check above (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        max_size = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
        if field is not None and max_size is not None:
            # Read by static/js/admin-editorial.js: too large is refused before sending.
            field.widget.attrs["data-max-upload-size"] = str(max_size)

    def clean_file(self):
        upload = _new_upload(self)
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
