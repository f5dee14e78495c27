"""Boxes drawn on the painting, so people can see what the detector found."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence

from kg.model import Detection

#: Box colours, strong and distinct on paintings' browns and golds; a label keeps its colour.
PALETTE = ((255, 56, 56), (0, 194, 255), (72, 249, 10), (255, 157, 151), (146, 204, 23),
           (255, 112, 31), (61, 219, 134), (26, 147, 52), (207, 210, 49), (0, 212, 187),
           (44, 153, 168), (52, 69, 147), (100, 115, 255), (0, 24, 236), (132, 56, 255),
           (82, 0, 133), (203, 56, 255), (255, 149, 200), (255, 55, 199), (255, 178, 29))


def colour(label: str) -> tuple[int, int, int]:
    """The colour of a class: the same on every image and every run."""
    return PALETTE[int(hashlib.sha1(label.encode()).hexdigest(), 16) % len(PALETTE)]


def draw_detections(image, detections: Sequence[Detection]):
    """A copy of ``image`` (PIL, RGB) with each detection's box and "label conf" drawn on it."""
    from PIL import ImageDraw, ImageFont

    out = image.copy()
    draw = ImageDraw.Draw(out)
    side = min(out.size)
    width = max(2, side // 300)  # lines stay visible on a 6,000-pixel scan and on a thumbnail
    try:
        font = ImageFont.load_default(size=max(11, side // 45))
    except TypeError:  # Pillow < 10.1 has one bitmap size only
        font = ImageFont.load_default()
    for d in sorted(detections, key=lambda d: d.confidence):  # most confident drawn last, on top
        rgb = colour(d.label)
        box = (d.box.x, d.box.y, d.box.x2, d.box.y2)
        draw.rectangle(box, outline=rgb, width=width)
        text = f"{d.label} {d.confidence:.2f}"
        left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
        tw, th = right - left, bottom - top
        ty = d.box.y - th - 2 * width if d.box.y - th - 2 * width >= 0 else d.box.y
        draw.rectangle((d.box.x, ty, d.box.x + tw + 2 * width, ty + th + 2 * width), fill=rgb)
        ink = (0, 0, 0) if sum(rgb) > 380 else (255, 255, 255)
        draw.text((d.box.x + width - left, ty + width - top), text, fill=ink, font=font)
    return out
