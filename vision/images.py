"""Opening painting images safely: every failure is a one-line reason, every valid image RGB.

Collections hold what scanners and exporters wrote: CMYK JPEGs, 16-bit TIFFs, PNGs with alpha or
palettes, truncated downloads, HTML error pages saved as ``.jpg``, and scans too large to decode.
``load_image`` turns each into an RGB ``PIL.Image`` (decoded once, then handed to the model as is)
or into an ``InputError`` that names the file and says why, so a run can skip it and go on.
"""
from __future__ import annotations

import warnings
from pathlib import Path

from kg.errors import InputError

#: Largest image decoded, in pixels (Pillow's own decompression-bomb threshold, ~89 megapixels:
#: a 9,500 × 9,400 scan). Larger files are skipped rather than risk gigabytes of memory.
MAX_PIXELS = 89_478_485
#: Colour behind transparent pixels when an image with alpha is flattened: paper white.
BACKGROUND = (255, 255, 255)


def _to_rgb(img):
    """An RGB copy of a decoded image in any mode Pillow reads."""
    from PIL import Image

    if img.mode == "RGB":
        return img
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        import numpy as np

        # 16-bit and float grey: scale to 8 bits instead of clipping everything above 255 to white
        arr = np.asarray(img, dtype=np.float64)
        top = 65535.0 if img.mode.startswith("I;16") or arr.max() > 255 else 255.0
        if img.mode == "F":
            top = max(float(arr.max()), 1e-12)
        grey = Image.fromarray((np.clip(arr / top, 0, 1) * 255).round().astype("uint8"), "L")
        return grey.convert("RGB")
    if img.mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    if img.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, BACKGROUND)
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return img.convert("RGB")  # CMYK, YCbCr, LAB, L, 1, HSV


#: EXIF orientations that turn the picture a quarter (5–8): width and height swap when upright.
QUARTER_TURNS = (5, 6, 7, 8)


def orientation(img) -> int:
    """An opened image's EXIF orientation (1: as stored; 1 too for a broken EXIF block)."""
    try:
        value = img.getexif().get(0x0112)
    except (OSError, ValueError, SyntaxError):  # a broken EXIF block: as stored
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def upright_size(img) -> tuple[int, int]:
    """An opened image's (width, height) as it is shown, per its EXIF orientation: what
    ``load_image`` decodes and what ultralytics labels; the header alone is read."""
    width, height = img.size
    return (height, width) if orientation(img) in QUARTER_TURNS else (width, height)


def load_image(path: Path, max_pixels: int = MAX_PIXELS):
    """The image at ``path`` as RGB, upright per its EXIF orientation, or the InputError why not."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    path = Path(path)
    where = str(path)
    if Image.MAX_IMAGE_PIXELS is not None and max_pixels > Image.MAX_IMAGE_PIXELS:
        Image.MAX_IMAGE_PIXELS = max_pixels  # a caller who raised our limit means Pillow's too
    if not path.is_file():
        return InputError("image file not found", where=where)
    try:
        with warnings.catch_warnings():
            # Pillow warns between its limit and twice it; we decide by our own limit below
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                w, h = img.size
                if w * h > max_pixels:
                    return InputError(f"image too large to decode safely: {w}×{h} = {w * h:,} "
                                      f"pixels, limit {max_pixels:,} (decompression-bomb guard)",
                                      where=where)
                img.verify()  # checksums and structure, before spending time on decoding
            with Image.open(path) as img:
                img.load()
                img = ImageOps.exif_transpose(img)
                return _to_rgb(img)
    except Image.DecompressionBombError as e:
        return InputError(f"image too large to decode safely: {e}", where=where)
    except UnidentifiedImageError:
        return InputError("unreadable image: not an image (or a format Pillow cannot read)", where=where)
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        reason = str(e) or type(e).__name__
        if "truncated" in reason.lower():
            return InputError(f"unreadable image: truncated: {reason}", where=where)
        return InputError(f"unreadable image: corrupt: {reason}", where=where)
