"""A tiny YOLO model trained offline on synthetic shapes, for tests of the real detection path.

The shapes come from ``vision.synthetic`` (red discs ``dragon``, blue bars ``lance``); a
yaml-built yolo11n trains on 24 such images in about a minute on two CPU cores and then finds
the shapes again.
"""
from __future__ import annotations

from pathlib import Path

# the generator lives in vision/ so that bench/ can use it too; re-exported for the tests
from vision.synthetic import CLASSES, SIZE, draw_scene, make_dataset  # noqa: F401


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
