"""Keep ultralytics from reaching for the network.

Ultralytics downloads fonts, checks for updates and syncs settings unless told not to; on an
offline machine every such attempt is a failure or a delay. ``prepare()`` must run before the
first ``import ultralytics``: ``YOLO_OFFLINE=1`` is read at import, where it also makes
``is_online()`` return at once instead of resolving public DNS names; ``YOLO_AUTOINSTALL=0``
stops pip installs of missing requirements. Variables the user set are left as they are.
tests/test_train.py checks, in a fresh process with the network blocked, that import, training,
validation and detection make no connection and no DNS look-up.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

_DONE = False


def config_dir() -> Path:
    return Path(os.environ.get("YOLO_CONFIG_DIR") or Path.home() / ".cache" / "iconograph" / "ultralytics")


def prepare() -> None:
    """Set ultralytics' offline switches and give it the font it would otherwise download."""
    global _DONE
    if _DONE:
        return
    cfg = config_dir()
    os.environ.setdefault("YOLO_CONFIG_DIR", str(cfg))
    os.environ.setdefault("YOLO_OFFLINE", "1")
    os.environ.setdefault("YOLO_AUTOINSTALL", "0")
    os.environ.setdefault("YOLO_VERBOSE", "False")
    font_dir = Path(os.environ["YOLO_CONFIG_DIR"]) / "Ultralytics"
    font_dir.mkdir(parents=True, exist_ok=True)
    if not (font_dir / "Arial.ttf").exists():
        try:
            import matplotlib

            dejavu = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
            shutil.copyfile(dejavu, font_dir / "Arial.ttf")
        except (ImportError, OSError):
            pass  # plotting then fails loudly instead of downloading
    from ultralytics import settings

    off = ("sync", "hub", "clearml", "comet", "dvc", "mlflow", "neptune", "raytune",
           "tensorboard", "wandb")
    settings.update({k: False for k in off if k in settings})  # keys differ across versions
    _DONE = True
