"""Detectors: where an artwork's detections come from.

Two built-ins, registered by name like any plug-in: ``annotations`` reads boxes people drew
(COCO, Pascal VOC or VGG Image Annotator files; see ``annotations.py``), ``yolo`` runs an
ultralytics YOLO model. Both yield ``Detection`` objects that the same writer turns into W3C Web
Annotations.
"""
from __future__ import annotations

import hashlib
import queue
import re
import shutil
import sys
import tempfile
import threading
import time
import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote

from kg.errors import InputError, NotFound
from kg.model import Artwork, Box, Detection, DetectorInfo

from .annotations import image_key, make_detection, original_names, read_annotations
from .records import NO_ARTWORK, UNSIZED, Record, Skips

#: Outcome per artwork: its detections, or the error that made it skip.
Outcome = tuple[Artwork, "list[Detection] | InputError"]


class Detector(Protocol):
    info: DetectorInfo
    #: (width, height) of each artwork's image, by identifier, filled as artworks are detected
    image_sizes: dict[str, tuple[int, int]]

    def detect(self, artworks: Sequence[Artwork]) -> Iterator[Outcome]: ...


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_annotations(path: Path) -> str:
    """The hash of an annotation file, or of the files a folder's annotations are in (names and
    contents): a VOC folder's ``.xml`` files, a LabelMe folder's ``.json`` files, a YOLO
    dataset's YAML and label files."""
    from .yolo import annotation_files, is_yolo

    path = Path(path)
    if is_yolo(path):
        files = annotation_files(path)
    elif path.is_dir():  # VOC or LabelMe
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".xml", ".json"))
    else:
        return sha256_file(path)
    root = path if path.is_dir() else path.parent
    h = hashlib.sha256()
    for file in files:
        h.update(f"{file.relative_to(root).as_posix() if file.is_relative_to(root) else file}"
                 f"\0{sha256_file(file)}\n".encode())
    return h.hexdigest()


def _keys(rec: Record) -> list[str]:
    """The file names a record's image may go by: its names, then what an export tool renamed."""
    keys = [image_key(n) for n in rec.names]
    return keys + [o for n in rec.names for o in original_names(n)]


class AnnotationDetector:
    """Detections drawn by people, from an annotation file or folder in any format
    ``read_annotations`` reads, matched to artworks by image file name.

    An artwork takes the records that name its image's file name first; failing those, the ones
    that give it as an alternative (a VOC file's ``<path>`` or own name when ``<filename>`` is
    stale, the name a Roboflow export or a Label Studio upload renamed). Where several artworks'
    images share a file name (``a/1.jpg`` and ``b/1.jpg``; IIIF images all named
    ``default.jpg``), a record goes to the artwork whose image path or URL ends with the longest
    run of the record's folders; a record that two artworks' paths end alike with cannot be
    placed, and those artworks are skipped with an error that says so. ``skips`` is what the
    reader left out on purpose, for the run's summary.
    """

    def __init__(self, annotations: Path, *, via_attribute: str | None = None,
                 **_: object) -> None:
        self.path = Path(annotations)
        self.skips = Skips()
        self.named: dict[str, list[Record]] = {}  # by the file name each record gives first
        self.also: dict[str, list[Record]] = {}  # by its other names
        for rec in read_annotations(self.path, skips=self.skips, attribute=via_attribute):
            if rec.relative:  # fractions of an image not opened here: counted, not placed
                for region in rec.regions:
                    self.skips.add(UNSIZED, f"{rec.where} ({rec.names[0]}): {region.label}")
                rec = replace(rec, regions=(), relative=False)
            first = image_key(rec.names[0])
            self.named.setdefault(first, []).append(rec)
            for key in dict.fromkeys(k for k in _keys(rec) if k != first):
                self.also.setdefault(key, []).append(rec)
        self.image_sizes: dict[str, tuple[int, int]] = {}
        self.sharing: dict[str, dict[str, Artwork]] = {}  # file name → artworks whose image has it
        self._placements: dict[str, dict[str, list[Record] | InputError]] = {}
        params = (("via_attribute", via_attribute),) if via_attribute else ()
        self.info = DetectorInfo(name=f"annotations:{self.path.name}", kind="annotations",
                                 sha256=sha256_annotations(self.path), parameters=params)

    def unmatched(self, artworks: Sequence[Artwork]) -> None:
        """Count in ``skips`` the annotated images that none of ``artworks`` shows (their boxes
        are not written: the metadata names no artwork to hang them on)."""
        self._share(artworks)
        keys = {image_key(a.image) for a in artworks if a.image}
        for recs in self.named.values():
            for rec in recs:
                if not any(k in keys for k in _keys(rec)):
                    self.skips.add(NO_ARTWORK, f"{rec.where} ({rec.names[0]})")

    def _share(self, artworks: Sequence[Artwork]) -> None:
        """Note the artworks whose image's file name another artwork's image has too."""
        keys = Counter(image_key(a.image) for a in artworks if a.image)
        for art in artworks:
            if art.image and keys[key := image_key(art.image)] > 1:
                self.sharing.setdefault(key, {}).setdefault(art.identifier, art)

    def _placed(self, key: str, records: list[Record]) -> dict[str, list[Record] | InputError]:
        """The records named ``key`` by artwork (of those whose image is named ``key``): each goes
        to the artwork whose image path ends with the longest run of the record's folders; an
        artwork that a record fits as well as another gets an error instead. Worked out once per
        file name."""
        if key in self._placements:
            return self._placements[key]
        owners: dict[tuple[str, ...], list[str]] = {}  # each path tail → the artworks ending so
        for ident, art in self.sharing[key].items():
            parts = _segments(art.image)
            for n in range(1, len(parts) + 1):
                owners.setdefault(tuple(parts[-n:]), []).append(ident)
        placed: dict[str, list[Record] | InputError] = {}
        for rec in records:
            depth, fits = 0, []
            for name in rec.names:
                parts = _segments(name)
                for n in range(len(parts), depth, -1):  # the longest tail an artwork shares
                    if (found := owners.get(tuple(parts[-n:]))):
                        depth, fits = n, found
                        break
            if len(fits) == 1:
                mine = placed.setdefault(fits[0], [])
                if not isinstance(mine, InputError):
                    mine.append(rec)
                continue
            for ident in fits:
                placed[ident] = InputError(
                    f"the annotations of {rec.names[0]!r} ({rec.where}) fit the images of "
                    f"{len(fits)} artworks ({', '.join(fits[:3])}{', …' if len(fits) > 3 else ''}) "
                    "as well, whose file names are the same: give the images distinct names, or "
                    "annotate them by their whole path or URL",
                    where=self.sharing[key][ident].source or ident)
        self._placements[key] = placed
        return placed

    def detect(self, artworks: Sequence[Artwork]) -> Iterator[Outcome]:
        self._share(artworks)
        for art in artworks:
            key = image_key(art.image)
            records = (self.named.get(key) or self.also.get(key, [])) if key else []
            if records and len(self.sharing.get(key, ())) > 1:
                records = self._placed(key, records).get(art.identifier, [])
                if isinstance(records, InputError):
                    yield art, records
                    continue
            size = next((r.size for r in records if r.size), None)
            if size is not None:
                self.image_sizes[art.identifier] = size
            yield art, [make_detection(art.identifier, r.label,
                                       Box(r.x1, r.y1, r.x2 - r.x1, r.y2 - r.y1), r.score)
                        for rec in records for r in rec.regions]


def _segments(name: str) -> list[str]:
    """A path's or URL's parts, query left out and escapes decoded, compared as ``image_key``
    compares file names (one Unicode form, any case)."""
    name = unicodedata.normalize("NFC", unquote(name.split("?", 1)[0])).casefold()
    return [s for s in re.split(r"[/\\]+", name) if s and s != "."]


def check_image(path: Path) -> InputError | None:
    """Why an image cannot be used (missing, not an image, corrupt, truncated, too large), or None."""
    from .images import load_image

    err = load_image(path)
    return err if isinstance(err, InputError) else None


#: Batches decoded and detected ahead of the caller (memory: PREFETCH × batch decoded images).
PREFETCH = 2
#: Weights formats ultralytics runs here: PyTorch checkpoints and exported ONNX models.
WEIGHTS_SUFFIXES = (".pt", ".onnx")


@dataclass
class DetectSummary:
    """What one detection run did: images, skips, boxes per label, time; printed after a run."""

    images: int = 0
    skipped: int = 0
    boxes: Counter = field(default_factory=Counter)
    seconds: float = 0.0  # wall time of the run as the caller saw it, without loading the model

    def line(self) -> str:
        rate = self.images / self.seconds if self.seconds else 0.0
        labels = ", ".join(f"{k} {v}" for k, v in self.boxes.most_common()) or "none"
        return (f"detect: {self.images} images ({self.skipped} skipped), "
                f"{sum(self.boxes.values())} boxes ({labels}), {self.seconds:.1f} s, "
                f"{rate:.1f} images/s")


class YoloDetector:
    """An ultralytics YOLO model (``.pt`` or exported ``.onnx``) run over the artworks' images.

    Images are decoded once, by ``vision.images.load_image`` (which reports and skips unusable
    files), and handed to the model as RGB pictures in batches of ``batch``.
    """

    def __init__(self, weights: Path, *, images: Path | None = None, conf: float = 0.25,
                 iou: float = 0.7, imgsz: int = 640, batch: int = 8, device: str | None = None,
                 max_det: int = 300, max_pixels: int | None = None, report: bool = True,
                 cache: Path | None = None, **_: object) -> None:
        self.weights = Path(weights)
        if not self.weights.is_file():
            raise InputError("weights file not found", where=str(self.weights))
        if self.weights.suffix.lower() not in WEIGHTS_SUFFIXES:
            raise InputError(f"weights must be one of {', '.join(WEIGHTS_SUFFIXES)} "
                             f"(ultralytics .pt or an ONNX export)", where=str(self.weights))
        if batch < 1:
            raise InputError(f"batch must be at least 1, not {batch}")
        from .weights import check_device

        device = check_device(device)
        self.images = Path(images) if images else Path.cwd()
        self.conf, self.iou, self.imgsz, self.batch, self.device = conf, iou, imgsz, batch, device
        self.max_det, self.max_pixels, self.report = max_det, max_pixels, report
        self.cache = Path(cache) if cache else None  # images fetched from URLs; None: a temporary one
        self._cache_lock = threading.Lock()
        self.image_sizes: dict[str, tuple[int, int]] = {}
        self.summary = DetectSummary()
        self._model = None
        params = (("conf", str(conf)), ("iou", str(iou)), ("imgsz", str(imgsz)),
                  ("max_det", str(max_det)))
        self.info = DetectorInfo(name=self.weights.stem, kind="yolo", version=_ultralytics_version(),
                                 sha256=sha256_file(self.weights), parameters=params)

    @property
    def model(self):
        if self._model is None:
            from .weights import load_model

            # an ONNX file carries no task in a form every version reads: say it is detection
            self._model = load_model(self.weights, task="detect")
        return self._model

    def image_path(self, art: Artwork) -> Path:
        """The image file of ``art``: its path under ``images``, or for an http(s) URL (a IIIF
        manifest's image) the file fetched into ``cache`` once (InputError where it cannot be)."""
        from kg.ingest.checks import http_url

        from .sources import fetch

        if http_url(art.image):
            with self._cache_lock:  # images load in a thread beside the model
                if self.cache is None:  # removed with the detector
                    self.cache = Path(tempfile.mkdtemp(prefix="iconograph-images-"))
                    weakref.finalize(self, shutil.rmtree, self.cache, True)
            return fetch(art.image, self.cache)
        path = Path(art.image)
        return path if path.is_absolute() else self.images / path

    def _load(self, art: Artwork):
        from .images import MAX_PIXELS, load_image

        if not art.image:
            return InputError("no image given", where=f"artwork {art.identifier}")
        try:
            path = self.image_path(art)
        except InputError as e:  # a URL that could not be fetched: skipped like a bad file
            return e
        return load_image(path, self.max_pixels or MAX_PIXELS)

    def _batch(self, model, loaded: list) -> list[Outcome]:
        """Inference on the decoded images of one batch; skips keep their place and reason."""
        good = [(art, img) for art, img in loaded if not isinstance(img, InputError)]
        results = model.predict([img for _, img in good], conf=self.conf, iou=self.iou,
                                imgsz=self.imgsz, device=self.device, batch=self.batch,
                                max_det=self.max_det, verbose=False) if good else []
        found = iter([list(self._detections(art, r)) for (art, _), r in zip(good, results)])
        for (art, _), r in zip(good, results):
            self.image_sizes[art.identifier] = (int(r.orig_shape[1]), int(r.orig_shape[0]))
        return [(art, img if isinstance(img, InputError) else next(found)) for art, img in loaded]

    def detect(self, artworks: Sequence[Artwork]) -> Iterator[Outcome]:
        """Outcomes in input order. Three stages overlap: decoding batch k+1, inference on batch
        k, and the caller writing batch k-1 (a worker thread runs the first two; torch and
        Pillow release the GIL), so the writer costs little throughput."""
        self.summary = summary = DetectSummary()
        model = self.model  # loaded before the clock starts: the summary measures the run
        chunks = [artworks[i:i + self.batch] for i in range(0, len(artworks), self.batch)]
        done: queue.Queue = queue.Queue(maxsize=PREFETCH)
        stop = threading.Event()

        def put(item) -> None:
            while not stop.is_set():  # a caller that stopped early must not leave us blocked
                try:
                    done.put(item, timeout=0.1)
                    return
                except queue.Full:
                    continue

        def work() -> None:
            try:
                with ThreadPoolExecutor(1, thread_name_prefix="decode") as pool:
                    ahead = pool.submit(lambda c: [(a, self._load(a)) for a in c], chunks[0]) \
                        if chunks else None
                    for i in range(len(chunks)):
                        loaded = ahead.result()
                        if i + 1 < len(chunks):
                            ahead = pool.submit(lambda c: [(a, self._load(a)) for a in c],
                                                chunks[i + 1])
                        put(("batch", self._batch(model, loaded)))
                        if stop.is_set():
                            return
            except BaseException as e:  # handed to the caller's thread, raised there
                put(("error", e))
            put(("end", None))

        t0 = time.perf_counter()
        worker = threading.Thread(target=work, name="yolo-detect", daemon=True)
        worker.start()
        try:
            while True:
                kind, item = done.get()
                if kind == "end":
                    break
                if kind == "error":
                    raise item
                for art, outcome in item:
                    if isinstance(outcome, InputError):
                        summary.skipped += 1
                    else:
                        summary.images += 1
                        summary.boxes.update(d.label for d in outcome)
                    yield art, outcome
        finally:
            stop.set()
            worker.join()
            summary.seconds = time.perf_counter() - t0
        if self.report:
            print(summary.line(), file=sys.stderr)

    def _detections(self, art: Artwork, result) -> Iterator[Detection]:
        names = result.names
        boxes = result.boxes
        for xyxy, cls, conf in zip(boxes.xyxy.tolist(), boxes.cls.tolist(), boxes.conf.tolist()):
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
