"""The firm's logo on the cover: checked before it is kept or drawn (a file from elsewhere is hostile).

A logo is a PNG or JPEG file of at most :data:`MAX_BYTES` whose picture is at most
:data:`MAX_SIDE` pixels a side. It is decoded in full once when checked (Pillow, loaded lazily), so
a truncated or malformed file is refused with a sentence here rather than failing halfway through
a report; a picture whose header claims a huge size is refused before any pixel is decoded.
"""

from __future__ import annotations

import io
from pathlib import Path

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000
KINDS = {"PNG": ".png", "JPEG": ".jpg"}


class LogoProblem(ValueError):
    """A logo that cannot be used; the message says why, in a sentence."""


def check_logo_bytes(data: bytes, name: str = "the logo") -> str:
    """The suffix (".png" or ".jpg") of a usable logo ``data``; raises :class:`LogoProblem` otherwise."""
    if len(data) > MAX_BYTES:
        raise LogoProblem(f"{name} is {len(data) / 1048576:.1f} MB; a logo may be at most {MAX_BYTES // 1048576} MB.")
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        expected = "PNG"
    elif data[:3] == b"\xff\xd8\xff":
        expected = "JPEG"
    else:
        raise LogoProblem(f"{name} is not a PNG or JPEG picture.")
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as picture:
            if picture.format != expected:
                raise LogoProblem(f"{name} is not a PNG or JPEG picture.")
            width, height = picture.size
            if width < 1 or height < 1 or max(width, height) > MAX_SIDE:
                raise LogoProblem(
                    f"{name} is {width} × {height} pixels; a logo may be at most {MAX_SIDE} pixels a side."
                )
            picture.load()  # every pixel, so a truncated file is refused now
    except LogoProblem:
        raise
    except Image.DecompressionBombError:
        raise LogoProblem(f"{name} claims a picture far larger than {MAX_SIDE} pixels a side.") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise LogoProblem(f"{name} could not be read as a picture ({type(exc).__name__}).") from None
    return KINDS[expected]


def read_logo(path: str | Path) -> tuple[bytes, str]:
    """The bytes and suffix of the logo file ``path``, checked; raises :class:`LogoProblem`."""
    import stat

    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device would block or never end
            raise LogoProblem(f"{path.name} is not a regular file.")
        size = info.st_size
        if size > MAX_BYTES:
            raise LogoProblem(f"{path.name} is {size / 1048576:.1f} MB; a logo may be at most 2 MB.")
        with open(path, "rb") as fh:  # read at most one byte past the limit, whatever stat said
            data = fh.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise LogoProblem(f"{path} is a folder, not a picture.") from None
    except FileNotFoundError:
        raise LogoProblem(f"{path} does not exist.") from None
    except OSError as exc:
        raise LogoProblem(f"{path.name} could not be read: {exc.strerror or exc}.") from None
    return data, check_logo_bytes(data, path.name)
