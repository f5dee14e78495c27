"""Synthetic scenes for tests and benchmarks: a YOLO dataset that needs no download.

Two classes named like detector labels the ontology maps (``dragon``, ``lance``): red discs and
blue bars on a grey background. A yaml-built yolo11n learns them in about a minute on two CPU
cores, which makes the real training, detection and writing paths testable offline.
"""
from __future__ import annotations

import random
from pathlib import Path

CLASSES = ("dragon", "lance")
SIZE = 160


def draw_scene(path: Path, rng: random.Random, size: int = SIZE
               ) -> list[tuple[int, float, float, float, float]]:
    """Write one synthetic image; return its YOLO labels (class, cx, cy, w, h), normalised."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (size, size), (128, 128, 128))
    draw = ImageDraw.Draw(img)
    k = size / SIZE  # shapes scale with the image, so any size looks like the 160-pixel original
    labels = []
    # one disc on the left half, one bar on the right half: never overlapping
    r = round(rng.randint(14, 24) * k)
    cx, cy = rng.randint(r + 2, size // 2 - r - 2), rng.randint(r + 2, size - r - 2)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(220, 30, 30))
    labels.append((0, cx / size, cy / size, 2 * r / size, 2 * r / size))
    w, h = round(rng.randint(8, 14) * k), round(rng.randint(40, 70) * k)
    x0, y0 = rng.randint(size // 2 + 4, size - w - 4), rng.randint(4, size - h - 4)
    draw.rectangle([x0, y0, x0 + w, y0 + h], fill=(30, 30, 220))
    labels.append((1, (x0 + w / 2) / size, (y0 + h / 2) / size, w / size, h / size))
    img.save(path)
    return labels


def make_dataset(root: Path, n_train: int = 24, n_val: int = 6, seed: int = 0,
                 size: int = SIZE) -> Path:
    """A YOLO-format dataset under ``root``; returns its data.yaml."""
    rng = random.Random(seed)
    for split, n in (("train", n_train), ("val", n_val)):
        (root / "images" / split).mkdir(parents=True, exist_ok=True)
        (root / "labels" / split).mkdir(parents=True, exist_ok=True)
        for i in range(n):
            labels = draw_scene(root / "images" / split / f"{i:03d}.png", rng, size)
            (root / "labels" / split / f"{i:03d}.txt").write_text(
                "".join(f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}\n" for c, x, y, w, h in labels))
    data = root / "data.yaml"
    names = "\n".join(f"  {i}: {n}" for i, n in enumerate(CLASSES))
    data.write_text(f"path: {root}\ntrain: images/train\nval: images/val\nnames:\n{names}\n")
    return data
