"""Train and validate ultralytics YOLO models on a YOLO-format dataset, offline.

``train`` starts from a packaged architecture (``yolo11n.yaml``: untrained, nothing to download)
or from local ``.pt`` weights; ``validate`` reports mAP50 and mAP50-95, overall and per class.
Both switch off everything in ultralytics that would fetch files: plots (fonts), the AMP check
(it downloads a model), hub callbacks; see ``vision/offline.py``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.errors import InputError

from .weights import check_device, load_model

#: Defaults for training, also shown by ``kg vision train --help``.
EPOCHS, IMGSZ, BATCH = 100, 640, 16


def _check_data(data_yaml: Path) -> Path:
    data_yaml = Path(data_yaml)
    if not data_yaml.is_file():
        raise InputError("dataset file not found (make one with `kg vision convert`)",
                         where=str(data_yaml))
    if data_yaml.suffix.lower() not in (".yaml", ".yml"):
        raise InputError("expected a YOLO dataset's data.yaml (`kg vision convert` turns COCO, VOC, "
                         "VIA… into one)", where=str(data_yaml))
    return data_yaml


#: What ultralytics' errors about a dataset (not about the model or the machine) say.
DATASET_ERRORS = ("Dataset '", "No valid images", "No images found", "images not found",
                  "no training images", "Error loading data", "does not exist", "No labels found")


@contextmanager
def _dataset_errors(data_yaml: Path) -> Iterator[None]:
    """ultralytics' errors about the dataset (no images in a split, a missing folder) as an
    ``InputError`` naming the data.yaml, instead of a traceback from deep in ultralytics."""
    try:
        yield
    except (RuntimeError, FileNotFoundError) as e:
        text = str(e)
        if not any(marker in text for marker in DATASET_ERRORS):
            raise
        text = re.sub(r"\x1b\[[0-9;]*m", "", text).replace("❌", "")  # colours, emoji
        lines = [ln.strip() for ln in text.splitlines() if ln.strip() and "https://" not in ln]
        raise InputError(f"ultralytics cannot use this dataset: {' '.join(lines)} (an empty "
                         "split? `kg vision convert` says when val is empty)",
                         where=str(data_yaml)) from e


def _check_model(model: str) -> str:
    """A packaged architecture name (``*.yaml``) or a local weights file; never a download."""
    if Path(model).suffix == ".yaml" or Path(model).is_file():
        return str(model)
    raise InputError("weights file not found; give a local .pt/.onnx file or an architecture such "
                     "as yolo11n.yaml (nothing is downloaded)", where=str(model))


def train(data_yaml: Path, model: str = "yolo11n.yaml", *, epochs: int = EPOCHS,
          imgsz: int = IMGSZ, batch: int = BATCH, device: str | None = None,
          project: Path = Path("runs"), name: str = "train", val: bool = True,
          verbose: bool = False, **overrides: object) -> Path:
    """Train ``model`` on ``data_yaml``; return the path of the best (or last) weights."""
    data_yaml, model = _check_data(data_yaml), _check_model(model)
    device = check_device(device)
    yolo = load_model(model, task=None)
    args = dict(data=str(data_yaml), epochs=epochs, imgsz=imgsz, batch=batch, device=device,
                project=str(Path(project).resolve()), name=name, exist_ok=True, val=val,
                plots=False, amp=False, workers=0, verbose=verbose)
    args.update(overrides)  # e.g. seed, mosaic, patience: any ultralytics train argument
    with _dataset_errors(data_yaml):
        yolo.train(**args)
    weights = Path(yolo.trainer.save_dir) / "weights"
    for candidate in ("best.pt", "last.pt"):
        if (weights / candidate).is_file():
            return weights / candidate
    raise InputError("training finished without writing weights", where=str(weights))


@dataclass
class ClassScore:
    """Validation scores of one class."""

    name: str
    images: int
    instances: int
    precision: float
    recall: float
    map50: float
    map50_95: float


@dataclass
class ValReport:
    """Validation of a model on a dataset: mAP overall and per class."""

    weights: str
    data: str
    map50: float
    map50_95: float
    precision: float
    recall: float
    classes: list[ClassScore] = field(default_factory=list)
    images: int | None = None  # images of the split validated on, backgrounds included (None: not told)

    def table(self) -> str:
        """The report as a fixed-width table, overall row first."""
        head = ("class", "images", "instances", "P", "R", "mAP50", "mAP50-95")
        rows = [("all", "" if self.images is None else str(self.images), str(sum(c.instances for c in self.classes)), f"{self.precision:.3f}",
                 f"{self.recall:.3f}", f"{self.map50:.3f}", f"{self.map50_95:.3f}")]
        rows += [(c.name, str(c.images), str(c.instances), f"{c.precision:.3f}", f"{c.recall:.3f}",
                  f"{c.map50:.3f}", f"{c.map50_95:.3f}") for c in self.classes]
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
        lines = ["  ".join(v.ljust(w) if i == 0 else v.rjust(w)
                           for i, (v, w) in enumerate(zip(r, widths))) for r in [head, *rows]]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines)

    def to_json(self) -> dict:
        """The report as plain JSON data."""
        return asdict(self)

    def write_json(self, path: Path) -> None:
        """Write the report as a JSON file."""
        Path(path).write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")


def validate(weights: Path, data_yaml: Path, *, imgsz: int = IMGSZ, batch: int = BATCH,
             device: str | None = None, split: str = "val", conf: float = 0.001,
             iou: float = 0.7) -> ValReport:
    """Validate ``weights`` on the ``split`` of ``data_yaml``: mAP50 and mAP50-95, per class too."""
    data_yaml = _check_data(data_yaml)
    if not Path(weights).is_file():
        raise InputError("weights file not found", where=str(weights))
    device = check_device(device)
    yolo = load_model(weights, task="detect")
    seen: list[int] = []  # the validator counts the split's images; it is not returned, so ask it
    yolo.add_callback("on_val_end", lambda validator: seen.append(int(validator.seen)))
    with _dataset_errors(data_yaml):
        metrics = yolo.val(data=str(data_yaml), imgsz=imgsz, batch=batch, device=device,
                           split=split, conf=conf, iou=iou, plots=False, workers=0,
                           verbose=False, save_json=False)
    box = metrics.box
    per_image = getattr(metrics, "nt_per_image", None)
    per_class = getattr(metrics, "nt_per_class", None)
    classes = []
    for i, c in enumerate(box.ap_class_index):
        p, r, ap50, ap = box.class_result(i)
        classes.append(ClassScore(
            name=metrics.names[int(c)],
            images=int(per_image[int(c)]) if per_image is not None else 0,
            instances=int(per_class[int(c)]) if per_class is not None else 0,
            precision=float(p), recall=float(r), map50=float(ap50), map50_95=float(ap)))
    return ValReport(weights=str(weights), data=str(data_yaml), map50=float(box.map50),
                     map50_95=float(box.map), precision=float(box.mp), recall=float(box.mr),
                     classes=classes, images=seen[-1] if seen else None)
