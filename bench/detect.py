"""Detection benchmark: bare ultralytics ``YOLO.predict`` vs Iconograph's detect-and-write.

Run ``python -m bench.detect [--weights W.pt] [--images 48 --size 640 --imgsz 640 --batch 8]``.
On the same synthetic images (``vision.synthetic``), batch size and thresholds, in one run:

- ``predict``: ``YOLO.predict`` on the image files, chunk by chunk: the baseline;
- ``detector``: ``YoloDetector.detect`` (safe decoding of each image, inference, Detections);
- ``enrich``: the whole ``kg enrich --weights --workers 0`` path: detector, W3C annotation
  writer, scene relations, rules and descriptions built inline, one store transaction per chunk,
  into an on-disk Oxigraph store;
- ``enrich+workers``: the same with ``--workers N`` build processes (``kg/workers.py``), started
  once before the timed runs, as the model is loaded once (their start-up is printed apart).
- ``write``: the store writes alone, the ceiling of ``enrich`` when detection costs nothing (a
  fast GPU): the chunks enrich writes for these images, built once beforehand, all handed to
  the writer thread at once (so it merges them into bulk loads, as when detection outruns it);
  and, as that figure's baseline, ``write, transactions``: one transaction per chunk.

Each mode runs ``--repeat`` times, interleaved so that load from other processes hits all modes
alike, and the median is reported as images/s with its ratio to the baseline (goal ≥ 0.9).
Without ``--weights`` an untrained yolo11n is used (same compute per image as a trained one) at a
very low confidence threshold, keeping ``--max-det`` 10 boxes per image so that the writer, the
scene and the rules have a painting's worth of objects to handle.
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def _images(folder: Path, n: int, size: int) -> list[Path]:
    from vision.synthetic import draw_scene

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(0)
    paths = [folder / f"{i:04d}.jpg" for i in range(n)]
    for p in paths:
        draw_scene(p, rng, size)
    return paths


def _untrained_weights(folder: Path) -> Path:
    from vision import offline

    offline.prepare()
    from ultralytics import YOLO

    path = folder / "yolo11n-untrained.pt"
    YOLO("yolo11n.yaml").save(str(path))
    return path


def run(weights: Path | None, n: int, size: int, imgsz: int, batch: int, conf: float,
        max_det: int, device: str | None, repeat: int, workers: int) -> dict[str, float]:
    """Median images/s of each mode (and boxes per image), measured in one run."""
    from kg import ontology, rules
    from kg.model import Artwork
    from kg.pipeline import Pipeline
    from kg.store import OxigraphStore
    from kg.workers import Workers
    from vision.detect import YoloDetector

    tmp = Path(tempfile.mkdtemp(prefix="bench-detect-"))
    paths = _images(tmp / "images", n, size)
    weights = Path(weights) if weights else _untrained_weights(tmp)
    arts = [Artwork(identifier=p.stem, title=p.stem, image=str(p)) for p in paths]
    onto = ontology.load()
    ruleset = rules.load(None, onto)
    detector = YoloDetector(weights, conf=conf, imgsz=imgsz, batch=batch, device=device,
                            max_det=max_det, report=False)
    model = detector.model  # one model object for all modes: the same weights, already loaded
    opts = dict(conf=conf, imgsz=imgsz, device=device, max_det=max_det, verbose=False)

    def predict() -> int:
        boxes = 0
        for i in range(0, n, batch):
            for r in model.predict([str(p) for p in paths[i:i + batch]], batch=batch, **opts):
                boxes += len(r.boxes)
        return boxes

    def detect() -> int:
        return sum(len(o) for _, o in detector.detect(arts))

    def enrich(pool: Workers | None = None, k: list[int] = [0]) -> int:  # noqa: B006  (a counter)
        k[0] += 1  # a fresh store each time
        with OxigraphStore(tmp / f"store{k[0]}") as store:
            pipe = Pipeline(store, base_iri="http://127.0.0.1:5000/", ontology=onto, rules=ruleset)
            return pipe.enrich(arts, detector, workers=pool).detections

    def chunks() -> list:
        """The N-Quads enrich writes for these images, chunk by chunk (built once, untimed)."""
        from kg.workers import CHUNK, Job, build

        ctx = Pipeline(OxigraphStore(None), base_iri="http://127.0.0.1:5000/", ontology=onto,
                       rules=ruleset).context()
        found = [(a, tuple(o), detector.image_sizes.get(a.identifier)) for a, o in detector.detect(arts)]
        return [build(ctx, Job(tuple(found[i:i + CHUNK]), detector.info, "http://127.0.0.1:5000/run/reason/b")).new
                for i in range(0, len(found), CHUNK)]

    def write(bulk: bool, k: list[int] = [0]) -> int:  # noqa: B006  (a counter)
        from kg.pipeline import WRITES_AHEAD
        from kg.store import Writer

        k[0] += 1
        with OxigraphStore(tmp / f"write{k[0]}") as store:
            if bulk:
                writer = Writer(store, ahead=len(written) or WRITES_AHEAD)
                for new in written:
                    writer.put(new)
                writer.close()
            else:
                for new in written:
                    store.apply(new, bulk=False)
        return 0

    written = chunks()
    modes = {"predict": predict, "detector": detect, "enrich": enrich,
             "write": lambda: write(True), "write, transactions": lambda: write(False)}
    out: dict[str, float] = {}
    if workers:
        t0 = time.perf_counter()
        pool = Workers(workers, Pipeline(OxigraphStore(None), base_iri="http://127.0.0.1:5000/",
                                         ontology=onto, rules=ruleset).context())
        out["workers_start_s"] = time.perf_counter() - t0
        modes["enrich+workers"] = lambda: enrich(pool)
    predict()  # warm-up: first-call set-up (fusing layers, allocations) is not throughput
    times: dict[str, list[float]] = {m: [] for m in modes}
    boxes = 0
    for _ in range(repeat):
        for name, fn in modes.items():
            t0 = time.perf_counter()
            boxes = fn() or boxes
            times[name].append(time.perf_counter() - t0)
    if workers:
        pool.close()
    shutil.rmtree(tmp, ignore_errors=True)
    out.update({m: n / statistics.median(t) for m, t in times.items()})
    out["boxes_per_image"] = boxes / n
    return out


def main(argv: list[str] | None = None) -> None:
    """Print images/s of bare predict, the detector and the whole enrich path, with ratios."""
    ap = argparse.ArgumentParser(prog="python -m bench.detect", description=__doc__.split("\n")[0])
    ap.add_argument("--weights", type=Path, help="YOLO weights (.pt/.onnx); default: untrained yolo11n")
    ap.add_argument("--images", type=int, default=48, help="number of synthetic images")
    ap.add_argument("--size", type=int, default=640, help="side of each image in pixels")
    ap.add_argument("--imgsz", type=int, default=640, help="inference size")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--conf", type=float, help="default 0.25 with --weights; without, 0.0001 "
                    "so that the untrained model still yields --max-det boxes per image")
    ap.add_argument("--max-det", type=int, help="boxes kept per image; default 300 with --weights, "
                    "else 10 (a painting's worth for the writer to write)")
    ap.add_argument("--device", default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, help="build processes of the enrich+workers mode "
                    "(0: leave it out); default one per spare core, at most 8")
    args = ap.parse_args(argv)
    conf = args.conf if args.conf is not None else (0.25 if args.weights else 0.0001)
    max_det = args.max_det or (300 if args.weights else 10)
    from kg.config import cores

    workers = args.workers if args.workers is not None else min(8, max(1, cores() - 1))
    r = run(args.weights, args.images, args.size, args.imgsz, args.batch, conf, max_det,
            args.device, args.repeat, workers)
    print(f"detection: {args.images} images {args.size}×{args.size}, imgsz {args.imgsz}, batch "
          f"{args.batch}, conf {conf}, median of {args.repeat}, {r['boxes_per_image']:.1f} "
          f"boxes/image written")
    base = r["predict"]
    rows = [("predict", "bare YOLO.predict (baseline)"), ("detector", "YoloDetector.detect"),
            ("enrich", "enrich, built inline")]
    if workers:
        rows.append(("enrich+workers", f"enrich, {workers} build workers"))
    rows += [("write", "store writes alone (enrich's ceiling)"),
             ("write, transactions", "  the same, a transaction per chunk")]
    for mode, label in rows:
        print(f"  {label:40} {r[mode]:8.1f} images/s  {r[mode] / base:5.2f}×")
    print(f"  store writes: bulk loads {r['write'] / r['write, transactions']:.2f}× as fast as "
          "transactions")
    if workers:
        print(f"  ({workers} workers started once in {r['workers_start_s']:.1f} s, not timed)")
    best = max(r["enrich"], r.get("enrich+workers", 0.0))
    print(f"  goal: enrich ≥ 0.90× predict: {'met' if best / base >= 0.9 else 'NOT met'} "
          f"({best / base:.2f}×)")


if __name__ == "__main__":
    main()
