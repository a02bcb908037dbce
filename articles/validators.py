"""Field validators with Dutch messages for editors."""

from django.core.exceptions import ValidationError
from stdnum import isbn


def validate_isbn(value):
    """Accept ISBN-10 or ISBN-13 with or without hyphens; check the check digit."""
    if not value:
        return
    try:
        isbn.validate(value)
    except Exception as error:  # stdnum raises several ValidationError subclasses
        raise ValidationError(
            "Dit is geen geldig ISBN. Controleer de cijfers; het laatste cijfer is een controlecijfer.",
            code="invalid_isbn",
        ) from error


#: ISO base media brands of audio files (M4A, M4B) and the general MP4 brands they are stored with.
MP4_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"mp42", b"mp41", b"isom", b"iso2", b"dash"}


def audio_format(head):
    """The audio format of a file from its first bytes ("mp3", "ogg", "m4a"),
    or None: the content decides, not the file name."""
    if head.startswith(b"ID3"):
        return "mp3"
    # An MPEG audio frame: 11 sync bits, a version other than "reserved" and a layer (not AAC's 00).
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and (head[1] >> 3) & 3 != 1 and (head[1] >> 1) & 3:
        return "mp3"
    if head.startswith(b"OggS"):
        return "ogg"
    if head[4:8] == b"ftyp" and head[8:12] in MP4_AUDIO_BRANDS:
        return "m4a"
    return None


def validate_audio_document(document):
    """An uploaded document must be MP3, Ogg or M4A by its content."""
    try:
        with document.file.open("rb") as file:
            head = file.read(16)
    except OSError as error:
        raise ValidationError("Het bestand is niet te lezen. Upload het opnieuw.", code="unreadable_audio") from error
    if audio_format(head) is None:
        raise ValidationError(
            "Dit is geen MP3-, Ogg- of M4A-geluidsbestand. Kies een geluidsbestand of geef een link.",
            code="invalid_audio",
        )
