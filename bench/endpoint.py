"""Endpoint benchmark: Iconograph's /sparql against rdflib-endpoint and `oxigraph serve`.

Run ``python -m bench.endpoint [--artworks 1000] [--requests 40] [--clients 4] [--rounds 1]
[--skip-rdflib]``.

The same generated collection (enriched by the real pipeline: metadata, detections, scene,
attributions) is served three ways on 127.0.0.1: Iconograph (``kg serve``), `oxigraph serve`
(the `oxigraph` PyPI package) on a copy of the same store with ``--union-default-graph``, and
rdflib-endpoint over an rdflib Dataset holding the same quads (default graph = union). Each
answers the same query mix (the bundled example queries); the benchmark prints throughput,
median latency and (on Linux) the server's CPU time per query for each server, and the ratios
(goals: ≥ 20× rdflib-endpoint's throughput, ≤ 1.3× oxigraph serve's latency). rdflib-endpoint
gets fewer requests and no warm-up, and a request it has not answered after 60 s counts as
answered at 60 s: both flatter it, so the ratio is a floor.
With ``--rounds N`` Iconograph and `oxigraph serve` are measured N times in turn and the median
round of each is reported, which evens out noise from other work on the machine;
``--skip-rdflib`` leaves rdflib-endpoint out for a quick run.
"""
from __future__ import annotations

import argparse
import json
import os
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


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of a process and all its descendants, from /proc; None off Linux.

    Unlike latency, it barely moves when other work shares the machine, so it compares servers
    fairly on a busy one; where clients and servers share the cores it is what bounds latency."""
    proc = Path("/proc")
    if not (proc / str(pid) / "stat").is_file():
        return None
    tick = os.sysconf("SC_CLK_TCK")
    parent, cpu = {}, {}
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        child = int(stat.parent.name)
        parent[child], cpu[child] = int(fields[1]), (int(fields[11]) + int(fields[12])) / tick
    children: dict[int, list[int]] = {}
    for child, parent_pid in parent.items():
        children.setdefault(parent_pid, []).append(child)
    total, todo = 0.0, [pid]
    while todo:
        process = todo.pop()
        total += cpu.get(process, 0.0)
        todo += children.get(process, [])
    return total


def measure(url: str, queries: list[str], requests_per_query: int, clients: int,
            warm_up: bool = True, pid: int | None = None) -> tuple[float, float, float | None]:
    """(queries per second, median latency in ms, server CPU ms per query or None) over the mix,
    ``clients`` at a time; the CPU is that of process ``pid`` and its children."""
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
    cpu_start = cpu_seconds(pid) if pid else None
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = list(pool.map(one, work))
    elapsed = time.perf_counter() - start
    cpu_end = cpu_seconds(pid) if cpu_start is not None else None
    cpu = (cpu_end - cpu_start) / len(work) * 1000 if cpu_end is not None else None
    return len(work) / elapsed, statistics.median(latencies) * 1000, cpu


def _median(values: list) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def _figures(qps: float, ms: float, cpu: float | None) -> str:
    cpu_text = f"   server CPU {cpu:6.2f} ms/query" if cpu is not None else ""
    return f"{qps:9.1f} queries/s   median latency {ms:8.1f} ms{cpu_text}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--artworks", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=40, help="requests per query of the mix")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--query-workers", type=int, help="kg serve's query workers (default: its own)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="measure Iconograph and oxigraph serve this many times in turn (median)")
    parser.add_argument("--skip-rdflib", action="store_true", help="leave rdflib-endpoint out (quick runs)")
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
        if not args.skip_rdflib:
            port = _free_port()
            procs.append(subprocess.Popen([sys.executable, "-c", RDFLIB_SERVER, str(dump), str(port)],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            servers["rdflib-endpoint"] = (f"http://127.0.0.1:{port}/sparql", procs[-1])
        for url, proc in servers.values():
            _wait(url, proc, timeout=300)
        n_quads = sum(1 for _ in open(dump, "rb"))
        print(f"{args.artworks} artworks, {n_quads} quads; mix: {', '.join(MIX)}; "
              f"{args.requests} requests per query, {args.clients} clients")
        rounds: dict[str, list[tuple[float, float, float | None]]] = {name: [] for name in servers}
        for round_ in range(max(1, args.rounds)):
            for name, (url, proc) in servers.items():
                # rdflib is far slower: fewer requests keep the run short, the rate is comparable
                slow = name == "rdflib-endpoint"
                if slow and round_:
                    continue
                per_query = max(1, args.requests // 20) if slow else args.requests
                rounds[name].append(measure(url, mix, per_query, args.clients, warm_up=not slow,
                                            pid=proc.pid))
                print(f"  {name:16} {_figures(*rounds[name][-1])}", flush=True)
        results = {name: tuple(_median([run[i] for run in runs]) for i in range(3))
                   for name, runs in rounds.items()}
        if args.rounds > 1:
            for name, figures in results.items():
                print(f"  {name:16} {_figures(*figures)}  (median round)")
        ico_qps, ico_ms, ico_cpu = results["iconograph"]
        if "rdflib-endpoint" in results:
            print(f"throughput iconograph / rdflib-endpoint: {ico_qps / results['rdflib-endpoint'][0]:.1f}x "
                  "(goal >= 20x)")
        print(f"latency iconograph / oxigraph serve: {ico_ms / results['oxigraph serve'][1]:.2f}x (goal <= 1.3x)")
        ox_cpu = results["oxigraph serve"][2]
        if ico_cpu is not None and ox_cpu:
            print(f"server CPU per query iconograph / oxigraph serve: {ico_cpu / ox_cpu:.2f}x")
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
