"""What an evidence file says about who made it, and photos without it (Pillow).

Photos are re-drawn from their pixels only, so EXIF (GPS, device, author), XMP, ICC
and comments are all left behind; the original stays, encrypted, for the chair.
Other files cannot be cleaned here: the kinds of maker data found are listed so the
reviewer is warned before passing the file on.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import BinaryIO

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

# EXIF tags that can point at a person, their device or their place.
_TELLING = {
    "GPSInfo": "gps",
    "Make": "device",
    "Model": "device",
    "BodySerialNumber": "device",
    "LensModel": "device",
    "Artist": "author",
    "Copyright": "author",
    "XPAuthor": "author",
    "Software": "software",
    "DateTimeOriginal": "time",
    "DateTime": "time",
}
_PDF_FIELDS = {
    b"/Author": "author",
    b"/Creator": "software",
    b"/Producer": "software",
    b"/CreationDate": "time",
}
_OFFICE_FIELDS = {
    "dc:creator": "author",
    "cp:lastModifiedBy": "author",
    "Application": "software",
    "Company": "author",
}


def photo_metadata(image: Image.Image) -> list[str]:
    """The kinds of telling metadata in a decoded photo (gps, device, author, …)."""
    found = set()
    exif = image.getexif()
    for tag_id in exif:
        name = ExifTags.TAGS.get(tag_id, "")
        if name in _TELLING:
            found.add(_TELLING[name])
    if exif.get_ifd(ExifTags.IFD.GPSInfo):
        found.add("gps")
    if any(key in image.info for key in ("xmp", "XML:com.adobe.xmp")):
        found.add("xmp")
    return sorted(found)


def clean_photo(data: bytes) -> tuple[bytes, str, list[str]] | None:
    """(clean bytes, content type, metadata found) for a photo; None if it is no image."""
    try:
        image = Image.open(io.BytesIO(data))
        found = photo_metadata(image)
        image = ImageOps.exif_transpose(image)  # keep what the eye saw, drop the tag
        has_alpha = image.mode in ("RGBA", "LA") or "transparency" in image.info
        mode = "RGBA" if has_alpha else "RGB"
        pixels = Image.frombytes(mode, image.size, image.convert(mode).tobytes())
    except (UnidentifiedImageError, OSError, ValueError):
        return None  # damaged or not an image: no clean copy, so only the chair opens it
    out = io.BytesIO()
    if has_alpha:
        pixels.save(out, format="PNG")
        return out.getvalue(), "image/png", found
    pixels.save(out, format="JPEG", quality=90)
    return out.getvalue(), "image/jpeg", found


def damaged_photo_metadata(data: bytes) -> list[str]:
    """What a photo that cannot be re-drawn says of its maker, as far as its header tells."""
    try:
        return photo_metadata(Image.open(io.BytesIO(data)))
    except (UnidentifiedImageError, OSError, ValueError):
        return []


def file_metadata(content_type: str, sample: bytes, whole: BinaryIO | None = None) -> list[str]:
    """The kinds of maker data a non-photo file seems to carry (a warning, not a cleaning).

    `sample` is the file's beginning and end (where PDFs keep their info); `whole` a
    seekable copy, needed only for Office files (zip archives).
    """
    kind = content_type.split(";")[0].strip().lower()
    found: set[str] = set()
    if kind == "application/pdf":
        for marker, label in _PDF_FIELDS.items():
            if marker in sample:
                found.add(label)
    elif kind.startswith("application/vnd.openxmlformats") and whole is not None:
        try:
            with zipfile.ZipFile(whole) as archive:
                for name in ("docProps/core.xml", "docProps/app.xml"):
                    if name in archive.namelist():
                        xml = archive.read(name).decode("utf-8", "replace")
                        for tag, label in _OFFICE_FIELDS.items():
                            if re.search(rf"<{tag}[^>]*>[^<]+</{tag}>", xml):
                                found.add(label)
        except zipfile.BadZipFile:
            pass  # not really an Office file: it has no maker fields to warn about
    elif kind.startswith(("video/", "audio/")):
        found.add("recording")  # containers often keep the device and the place
    return sorted(found)
