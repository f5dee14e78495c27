"""Unusable and unusual images: each bad one is reported with a reason, each odd valid one is RGB."""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from kg.errors import InputError
from kg.model import Artwork
from vision.detect import check_image
from vision.images import MAX_PIXELS, load_image


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_bomb(path: Path, side: int = 20_000) -> None:
    """A valid 1-bit PNG of side × side pixels: tiny on disk, 400 megapixels decoded."""
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    idat = zlib.compress(row * side, 9)
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
                     + _png_chunk(b"IEND", b""))


def _png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture()
def bad_images(tmp_path) -> dict[str, Path]:
    """One file per kind of failure, named by the kind."""
    files = {}
    files["not-an-image"] = tmp_path / "page.jpg"
    files["not-an-image"].write_text("<html><body>404 Not Found</body></html>")
    files["empty"] = tmp_path / "empty.png"
    files["empty"].write_bytes(b"")
    good = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 10, 10)).save(good, "JPEG", quality=95)
    files["truncated"] = tmp_path / "truncated.jpg"
    files["truncated"].write_bytes(good.getvalue()[: len(good.getvalue()) // 2])
    png = bytearray(_png_bytes(Image.new("RGB", (32, 32), (0, 128, 0))))
    idat = png.index(b"IDAT")
    png[idat + 8] ^= 0xFF  # flip a byte of compressed data: the chunk's CRC no longer matches
    files["corrupt"] = tmp_path / "corrupt.png"
    files["corrupt"].write_bytes(bytes(png))
    files["huge"] = tmp_path / "huge.png"
    write_bomb(files["huge"])
    files["missing"] = tmp_path / "nowhere.jpg"
    return files


@pytest.mark.parametrize("kind, reason", [
    ("not-an-image", "not an image"), ("empty", "not an image"), ("truncated", "truncated"),
    ("corrupt", "corrupt"), ("huge", "too large"), ("missing", "not found")])
def test_each_bad_image_is_reported_with_a_reason(bad_images, kind, reason):
    path = bad_images[kind]
    err = check_image(path)
    assert isinstance(err, InputError)
    assert reason in err.message
    assert str(path) in str(err) and "\n" not in str(err)


def test_the_bomb_is_a_valid_png(bad_images, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    with Image.open(bad_images["huge"]) as img:
        assert img.size == (20_000, 20_000) and img.size[0] * img.size[1] > MAX_PIXELS


def test_our_pixel_limit_is_checked_before_decoding(tmp_path):
    path = tmp_path / "small.png"
    Image.new("RGB", (30, 20)).save(path)
    err = load_image(path, max_pixels=599)
    assert isinstance(err, InputError) and "30×20 = 600 pixels, limit 599" in err.message
    assert load_image(path, max_pixels=600).size == (30, 20)


def test_cmyk_becomes_rgb(tmp_path):
    path = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (40, 30), (0, 255, 255, 0)).save(path, "JPEG", quality=100)  # pure red
    img = load_image(path)
    assert img.mode == "RGB" and img.size == (40, 30)
    r, g, b = img.getpixel((20, 15))
    assert r > 240 and g < 15 and b < 15


def test_16_bit_grey_is_scaled_not_clipped(tmp_path):
    path = tmp_path / "grey16.png"
    arr = np.zeros((10, 20), dtype=np.uint16)
    arr[:, :10] = 65535
    arr[:, 10:] = 32896  # 128 × 257
    Image.fromarray(arr).save(path)
    with Image.open(path) as raw:
        assert raw.mode.startswith("I")
    img = load_image(path)
    assert img.mode == "RGB"
    assert img.getpixel((2, 2)) == (255, 255, 255)
    assert img.getpixel((15, 2)) == (128, 128, 128)  # clipping would have made it white


def test_alpha_is_flattened_on_white(tmp_path):
    path = tmp_path / "alpha.png"
    rgba = Image.new("RGBA", (20, 10), (0, 0, 255, 0))  # transparent blue
    rgba.paste((255, 0, 0, 255), (0, 0, 10, 10))  # opaque red left half
    rgba.save(path)
    img = load_image(path)
    assert img.mode == "RGB"
    assert img.getpixel((5, 5)) == (255, 0, 0)
    assert img.getpixel((15, 5)) == (255, 255, 255)


def test_palette_with_transparency_becomes_rgb(tmp_path):
    path = tmp_path / "palette.png"
    pal = Image.new("P", (8, 8), 1)
    pal.putpalette([0, 0, 0, 0, 200, 0] + [0] * 762)
    pal.paste(0, (0, 0, 4, 8))
    pal.save(path, transparency=0)
    img = load_image(path)
    assert img.mode == "RGB"
    assert img.getpixel((6, 4)) == (0, 200, 0) and img.getpixel((1, 4)) == (255, 255, 255)


def test_exif_orientation_is_applied(tmp_path):
    path = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    Image.new("RGB", (60, 20), (10, 10, 10)).save(path, exif=exif)
    assert load_image(path).size == (20, 60)


@pytest.mark.slow
def test_detection_run_skips_bad_images_and_goes_on(tmp_path, bad_images, yolo_dataset_and_weights):
    from vision.detect import YoloDetector

    data, weights = yolo_dataset_and_weights
    good = sorted((data / "images" / "val").glob("*.png"))[:2]
    cmyk = tmp_path / "cmyk.jpg"
    Image.open(good[0]).convert("CMYK").save(cmyk, quality=95)
    paths = [good[0], bad_images["truncated"], bad_images["huge"], cmyk,
             bad_images["not-an-image"], good[1]]
    arts = [Artwork(identifier=f"a{i}", title="t", image=str(p)) for i, p in enumerate(paths)]
    det = YoloDetector(weights, imgsz=160, batch=4, report=False)
    outcomes = list(det.detect(arts))
    assert [a.identifier for a, _ in outcomes] == [a.identifier for a in arts]
    skipped = [a.identifier for a, o in outcomes if isinstance(o, InputError)]
    assert skipped == ["a1", "a2", "a4"]
    assert det.summary.images == 3 and det.summary.skipped == 3
    # the CMYK copy of the first image is found like the original
    first, converted = outcomes[0][1], outcomes[3][1]
    assert first and {d.label for d in first} == {d.label for d in converted}
    # a caller that stops early, or an error inside the worker, leaves no thread behind
    import threading

    gen = YoloDetector(weights, imgsz=160, batch=1, report=False).detect(arts)
    next(gen)
    gen.close()
    with pytest.raises(Exception, match="(?i)device"):  # raised in the worker, seen here
        list(YoloDetector(weights, imgsz=160, device="cuda:9", report=False).detect(arts[:1]))
    assert not [t for t in threading.enumerate() if t.name == "yolo-detect"]
