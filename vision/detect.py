"""Detectors: where an artwork's detections come from.

Two built-ins, registered by name like any plug-in: ``annotations`` reads boxes people drew
(COCO JSON), ``yolo`` runs an ultralytics YOLO model. Both yield ``Detection`` objects that the
same writer turns into W3C Web Annotations.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from kg.errors import InputError, MissingDependency, NotFound
from kg.model import Artwork, Box, Detection, DetectorInfo

from .annotations import image_key, load_coco, make_detection

#: Outcome per artwork: its detections, or the error that made it skip.
Outcome = tuple[Artwork, "list[Detection] | InputError"]


class Detector(Protocol):
    info: DetectorInfo

    def detect(self, artworks: Sequence[Artwork]) -> Iterator[Outcome]: ...


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class AnnotationDetector:
    """Detections drawn by people, from a COCO JSON file keyed by image file name."""

    def __init__(self, annotations: Path, **_: object) -> None:
        self.path = Path(annotations)
        self.by_image = load_coco(self.path)
        self.info = DetectorInfo(name=f"annotations:{self.path.name}", kind="annotations",
                                 sha256=sha256_file(self.path))

    def detect(self, artworks: Sequence[Artwork]) -> Iterator[Outcome]:
        for art in artworks:
            found = self.by_image.get(image_key(art.image), [])
            yield art, [make_detection(art.identifier, label, box, conf) for label, box, conf in found]


def check_image(path: Path) -> InputError | None:
    """Why an image cannot be used (missing, not an image, truncated, too large), or None."""
    from PIL import Image, UnidentifiedImageError

    if not path.is_file():
        return InputError("image file not found", where=str(path))
    try:
        with Image.open(path) as img:
            img.verify()
        with Image.open(path) as img:
            img.load()
    except Image.DecompressionBombError as e:
        return InputError(f"image too large to decode safely: {e}", where=str(path))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as e:
        return InputError(f"unreadable image: {e}", where=str(path))
    return None


class YoloDetector:
    """An ultralytics YOLO model (``.pt`` or exported) run over the artworks' images."""

    def __init__(self, weights: Path, *, images: Path | None = None, conf: float = 0.25,
                 iou: float = 0.7, imgsz: int = 640, batch: int = 8, device: str | None = None,
                 **_: object) -> None:
        self.weights = Path(weights)
        if not self.weights.is_file():
            raise InputError("weights file not found", where=str(self.weights))
        self.images = Path(images) if images else Path.cwd()
        self.conf, self.iou, self.imgsz, self.batch, self.device = conf, iou, imgsz, batch, device
        self._model = None
        params = (("conf", str(conf)), ("iou", str(iou)), ("imgsz", str(imgsz)))
        self.info = DetectorInfo(name=self.weights.stem, kind="yolo", version=_ultralytics_version(),
                                 sha256=sha256_file(self.weights), parameters=params)

    @property
    def model(self):
        if self._model is None:
            from . import offline

            try:
                offline.prepare()
                from ultralytics import YOLO
            except ImportError as e:
                raise MissingDependency("YOLO detection needs ultralytics: pip install ultralytics") from e
            self._model = YOLO(str(self.weights))
        return self._model

    def image_path(self, art: Artwork) -> Path:
        path = Path(art.image)
        return path if path.is_absolute() else self.images / path

    def detect(self, artworks: Sequence[Artwork]) -> Iterator[Outcome]:
        for start in range(0, len(artworks), self.batch):
            chunk = artworks[start:start + self.batch]
            good: list[tuple[Artwork, Path]] = []
            for art in chunk:
                path = self.image_path(art)
                if not art.image:
                    yield art, InputError("no image given", where=f"artwork {art.identifier}")
                elif (err := check_image(path)) is not None:
                    yield art, err
                else:
                    good.append((art, path))
            if not good:
                continue
            results = self.model.predict([str(p) for _, p in good], conf=self.conf, iou=self.iou,
                                         imgsz=self.imgsz, device=self.device, verbose=False)
            for (art, _), result in zip(good, results):
                yield art, list(self._detections(art, result))

    def _detections(self, art: Artwork, result) -> Iterator[Detection]:
        names = result.names
        for xyxy, cls, conf in zip(result.boxes.xyxy.tolist(), result.boxes.cls.tolist(),
                                   result.boxes.conf.tolist()):
            x1, y1, x2, y2 = xyxy
            yield make_detection(art.identifier, names[int(cls)], Box(x1, y1, x2 - x1, y2 - y1),
                                 round(float(conf), 4))


def _ultralytics_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ultralytics")
    except PackageNotFoundError:
        return ""


DETECTORS: dict[str, Callable[..., Detector]] = {
    "annotations": AnnotationDetector,
    "yolo": YoloDetector,
}


def register(name: str, factory: Callable[..., Detector]) -> None:
    """Add a detector under ``name`` (tests and plug-ins register exactly like the built-ins)."""
    DETECTORS[name] = factory


def create(name: str, **options: object) -> Detector:
    if name not in DETECTORS:
        raise NotFound(f"no detector {name!r}; available: {', '.join(sorted(DETECTORS))}")
    return DETECTORS[name](**options)
