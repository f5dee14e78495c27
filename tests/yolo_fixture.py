"""A tiny YOLO model trained offline on synthetic shapes, for tests of the real detection path.

Two classes named like detector labels the ontology maps (``dragon``, ``lance``): red discs and
blue bars on a grey background. A yaml-built yolo11n trains on 24 such images in about a minute
on two CPU cores and then finds the shapes again.
"""
from __future__ import annotations

import random
from pathlib import Path

CLASSES = ("dragon", "lance")
SIZE = 160


def draw_scene(path: Path, rng: random.Random) -> list[tuple[int, float, float, float, float]]:
    """Write one synthetic image; return its YOLO labels (class, cx, cy, w, h), normalised."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (SIZE, SIZE), (128, 128, 128))
    draw = ImageDraw.Draw(img)
    labels = []
    # one disc on the left half, one bar on the right half: never overlapping
    r = rng.randint(14, 24)
    cx, cy = rng.randint(r + 2, SIZE // 2 - r - 2), rng.randint(r + 2, SIZE - r - 2)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(220, 30, 30))
    labels.append((0, cx / SIZE, cy / SIZE, 2 * r / SIZE, 2 * r / SIZE))
    w, h = rng.randint(8, 14), rng.randint(40, 70)
    x0, y0 = rng.randint(SIZE // 2 + 4, SIZE - w - 4), rng.randint(4, SIZE - h - 4)
    draw.rectangle([x0, y0, x0 + w, y0 + h], fill=(30, 30, 220))
    labels.append((1, (x0 + w / 2) / SIZE, (y0 + h / 2) / SIZE, w / SIZE, h / SIZE))
    img.save(path)
    return labels


def make_dataset(root: Path, n_train: int = 24, n_val: int = 6, seed: int = 0) -> Path:
    """A YOLO-format dataset under ``root``; returns its data.yaml."""
    rng = random.Random(seed)
    for split, n in (("train", n_train), ("val", n_val)):
        (root / "images" / split).mkdir(parents=True, exist_ok=True)
        (root / "labels" / split).mkdir(parents=True, exist_ok=True)
        for i in range(n):
            labels = draw_scene(root / "images" / split / f"{i:03d}.png", rng)
            (root / "labels" / split / f"{i:03d}.txt").write_text(
                "".join(f"{c} {x:.6f} {y:.6f} {w:.6f} {h:.6f}\n" for c, x, y, w, h in labels))
    data = root / "data.yaml"
    names = "\n".join(f"  {i}: {n}" for i, n in enumerate(CLASSES))
    data.write_text(f"path: {root}\ntrain: images/train\nval: images/val\nnames:\n{names}\n")
    return data


def train(root: Path, epochs: int = 60) -> Path:
    """Train yolo11n from its yaml (no pretrained weights); return the best weights."""
    from vision import offline

    offline.prepare()
    from ultralytics import YOLO

    data = make_dataset(root / "data")
    model = YOLO("yolo11n.yaml")
    model.train(data=str(data), epochs=epochs, imgsz=SIZE, batch=8, workers=0, device="cpu",
                plots=False, amp=False, val=False, project=str(root / "runs"), name="tiny",
                exist_ok=True, verbose=False, seed=0, deterministic=True, mosaic=0.0)
    weights = root / "runs" / "tiny" / "weights" / "last.pt"
    assert weights.is_file(), f"training wrote no weights at {weights}"
    return weights
