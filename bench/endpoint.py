"""Endpoint benchmark: Iconograph's /sparql against rdflib-endpoint and `oxigraph serve`.

Run ``python -m bench.endpoint [--artworks 1000] [--requests 200] [--clients 4]``.

The same generated collection (enriched by the real pipeline: metadata, detections, scene,
attributions) is served three ways on 127.0.0.1: Iconograph (``kg serve``), `oxigraph serve`
(the `oxigraph` PyPI package) on a copy of the same store with ``--union-default-graph``, and
rdflib-endpoint over an rdflib Dataset holding the same quads (default graph = union). Each
answers the same query mix (the bundled example queries); the benchmark prints throughput and
median latency per server and the ratios (goals: ≥ 20× rdflib-endpoint's throughput, ≤ 1.3×
oxigraph serve's latency). rdflib-endpoint gets fewer requests and no warm-up, and a request it
has not answered after 60 s counts as answered at 60 s: both flatter it, so the ratio is a floor.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BASE = "http://127.0.0.1:5000/"
LABELS = ("knight", "horse", "dragon", "lance", "sword", "person", "woman", "angel", "lion",
          "book", "skull", "halo", "tree", "child", "wheel", "devil", "dove", "lily")
MIX = ("counts", "subjects", "artworks-by-subject", "relations", "artworks")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_collection(folder: Path, n: int, seed: int = 0) -> tuple[Path, Path]:
    """A CSV and a COCO file of ``n`` artworks with random plausible boxes."""
    rng = random.Random(seed)
    rows, images, anns = ["identifier,title,image"], [], []
    for i in range(n):
        rows.append(f"a{i},Generated painting {i},a{i}.jpg")
        images.append({"id": i, "file_name": f"a{i}.jpg", "width": 1000, "height": 800})
        if rng.random() < 0.4:  # a rider scene
            x, y = rng.randint(100, 500), rng.randint(50, 200)
            boxes = [("knight", [x + 60, y, 120, 220]), ("horse", [x, y + 150, 300, 250]),
                     ("dragon", [x + 200, y + 330, 250, 150]), ("lance", [x + 120, y + 80, 250, 300])]
        else:
            boxes = [(rng.choice(LABELS), [rng.randint(0, 700), rng.randint(0, 500),
                                           rng.randint(40, 300), rng.randint(40, 300)])
                     for _ in range(rng.randint(1, 6))]
        for label, box in boxes:
            anns.append({"id": len(anns), "image_id": i, "category_id": LABELS.index(label), "bbox": box})
    cats = [{"id": k, "name": label} for k, label in enumerate(LABELS)]
    csv_path, coco_path = folder / "collection.csv", folder / "annotations.json"
    csv_path.write_text("\n".join(rows) + "\n")
    coco_path.write_text(json.dumps({"images": images, "categories": cats, "annotations": anns}))
    return csv_path, coco_path


def _wait(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    import requests

    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.args}")
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"server did not answer: {url}")


RDFLIB_SERVER = """
import sys, rdflib, uvicorn
from rdflib_endpoint import SparqlEndpoint
ds = rdflib.Dataset(default_union=True)
ds.parse(sys.argv[1], format="nquads")
app = SparqlEndpoint(graph=ds, path="/sparql")
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="error")
"""


REQUEST_TIMEOUT = 60.0


def measure(url: str, queries: list[str], requests_per_query: int, clients: int,
            warm_up: bool = True) -> tuple[float, float]:
    """(queries per second, median latency in ms) over the mix, ``clients`` at a time."""
    import requests

    session_per_thread: dict[int, requests.Session] = {}

    def one(text: str) -> float:
        import threading

        session = session_per_thread.setdefault(threading.get_ident(), requests.Session())
        start = time.perf_counter()
        try:
            r = session.get(url, params={"query": text}, timeout=REQUEST_TIMEOUT,
                            headers={"Accept": "application/sparql-results+json"})
        except (requests.Timeout, requests.ConnectionError):  # a read timeout mid-body too
            return REQUEST_TIMEOUT  # counted as if it had answered then: flatters the slow server
        r.raise_for_status()
        r.json()
        return time.perf_counter() - start

    work = [q for q in queries for _ in range(requests_per_query)]
    if warm_up:
        for q in queries:
            one(q)
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = list(pool.map(one, work))
    elapsed = time.perf_counter() - start
    return len(work) / elapsed, statistics.median(latencies) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--artworks", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=40, help="requests per query of the mix")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--query-workers", type=int, help="kg serve's query workers (default: its own)")
    args = parser.parse_args(argv)

    from kg import queries
    from kg.cli import run_enrich

    tmp = Path(tempfile.mkdtemp(prefix="bench-endpoint-"))
    procs: list[subprocess.Popen] = []
    try:
        csv_path, coco_path = make_collection(tmp, args.artworks)
        store = tmp / "store"
        run_enrich(csv_path, store_path=store, base_iri=BASE, annotations=coco_path, progress=False)
        shutil.copytree(store, tmp / "store-oxigraph")
        import pyoxigraph as ox

        dump = tmp / "all.nq"
        ro = ox.Store.read_only(str(store))
        ro.dump(str(dump), format=ox.RdfFormat.N_QUADS)
        del ro
        mix = [queries.text(name) for name in MIX]
        bin_dir = Path(sys.executable).parent
        servers = {}
        port = _free_port()
        workers = ["--query-workers", str(args.query_workers)] if args.query_workers else []
        procs.append(subprocess.Popen([str(bin_dir / "kg"), "serve", "--store", str(store), "--port", str(port), *workers],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        servers["iconograph"] = (f"http://127.0.0.1:{port}/sparql", procs[-1])
        port = _free_port()
        procs.append(subprocess.Popen([str(bin_dir / "oxigraph"), "serve", "--location", str(tmp / "store-oxigraph"),
                                       "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        servers["oxigraph serve"] = (f"http://127.0.0.1:{port}/query", procs[-1])
        port = _free_port()
        procs.append(subprocess.Popen([sys.executable, "-c", RDFLIB_SERVER, str(dump), str(port)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        servers["rdflib-endpoint"] = (f"http://127.0.0.1:{port}/sparql", procs[-1])
        for url, proc in servers.values():
            _wait(url, proc, timeout=300)
        n_quads = sum(1 for _ in open(dump, "rb"))
        print(f"{args.artworks} artworks, {n_quads} quads; mix: {', '.join(MIX)}; "
              f"{args.requests} requests per query, {args.clients} clients")
        results = {}
        for name, (url, _) in servers.items():
            # rdflib is far slower: fewer requests keep the run short, the rate is comparable
            slow = name == "rdflib-endpoint"
            per_query = max(1, args.requests // 20) if slow else args.requests
            results[name] = measure(url, mix, per_query, args.clients, warm_up=not slow)
            qps, ms = results[name]
            print(f"  {name:16} {qps:9.1f} queries/s   median latency {ms:8.1f} ms", flush=True)
        ico_qps, ico_ms = results["iconograph"]
        print(f"throughput iconograph / rdflib-endpoint: {ico_qps / results['rdflib-endpoint'][0]:.1f}x (goal >= 20x)")
        print(f"latency iconograph / oxigraph serve: {ico_ms / results['oxigraph serve'][1]:.2f}x (goal <= 1.3x)")
    finally:
        for proc in procs:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
