"""Ultralytics models and devices as the commands take them: a bad file or an absent GPU is an
error naming it, never a traceback from deep inside ultralytics or torch."""
from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError, MissingDependency

#: A device that names CUDA GPUs: "0", "0,1", "cuda", "cuda:1".
CUDA = re.compile(r"\s*(cuda(:\d+)?|\d+(\s*,\s*\d+)*)\s*", re.IGNORECASE)


def yolo_class():
    """ultralytics' ``YOLO``, imported with the network kept out (``vision/offline.py``)."""
    from . import offline

    try:
        offline.prepare()
        from ultralytics import YOLO
    except ImportError as e:
        raise MissingDependency("YOLO needs ultralytics: pip install ultralytics") from e
    return YOLO


def check_device(device: str | None) -> str | None:
    """``device``, or the error saying why it cannot be used: a GPU asked for where torch sees
    none (or fewer than named)."""
    if device is None or not CUDA.fullmatch(str(device)):
        return device
    import torch

    found = torch.cuda.device_count() if torch.cuda.is_available() else 0
    wanted = [int(n) for n in re.findall(r"\d+", str(device))] or [0]
    if max(wanted) >= found:
        raise InputError(f"device {device!r} names a CUDA GPU, and torch sees "
                         f"{found or 'none'} here; use --device cpu", where="--device")
    return device


def load_model(weights: Path | str, *, task: str | None = "detect"):
    """A YOLO model from local weights (``.pt``, ONNX) or a packaged architecture (``*.yaml``);
    a file that is no such model is an error naming it."""
    YOLO = yolo_class()
    try:
        return YOLO(str(weights), task=task)
    except (KeyboardInterrupt, MissingDependency):
        raise
    except Exception as e:  # noqa: BLE001 - torch.load and ultralytics raise many kinds
        raise InputError(f"not an ultralytics YOLO model ({type(e).__name__}: {e})",
                         where=str(weights)) from e
