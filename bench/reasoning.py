"""Reasoning benchmark: the fast engine (SPARQL) against the reference (owlready2 + Pellet).

Run ``python -m bench.reasoning [--compare 10000] [--sizes 1000,10000,100000] [--seed 0]``.
Generated artworks, like the random scenes of tests/test_engines.py: 0–7 objects each, mostly
of the classes the bundled rules name, random confidences and spatial relations, written with
the pipeline's triples into an on-disk Oxigraph store, one named graph per artwork (relations
included, which the pipeline puts in a scene graph of their own: the engine reads the union of
the graphs alike).

1. ``--compare N``: both engines on the same N artworks, all bundled rules. Prints each one's
   time, the speed-up (goal ≥ 100×) and whether the attributions are identical (they must be).
2. ``--sizes``: the fast engine alone on stores of each size, all built first, then reasoned
   over in ``--rounds`` rounds that take the sizes in turn; prints its cost per artwork and the
   ratio to the smallest size (goal: flat within 1.2×). Each size's runs of a round go in a
   fresh process, so that no size inherits the heap another left. 1,000,000 is a valid size:
   about 20 M quads (several GB of disk), 7 minutes to build and 7 to reason over once on two
   cores.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from itertools import islice, permutations
from pathlib import Path

BASE = "http://127.0.0.1:5000/"
#: Rounds over the store sizes; in each, a size is reasoned again until its runs add up to
#: ``ROUND_SECONDS`` (at most 15 runs).
ROUNDS = 3
ROUND_SECONDS = 2.0
CONFIDENCES = (0.3, 0.45, 0.5, 0.6, 0.8, 0.9, 1.0)


def _classes(ontology, rules) -> tuple[list[str], list[str]]:
    """Classes with a detector label, and those among them that the rules name (or their subclasses)."""
    labelled = sorted(set(ontology.labels.values()))
    named = {c for r in rules for cond in (*r.objects, *r.options) for c in cond.classes}
    named |= {c for r in rules for c in r.absent}
    named |= {c for r in rules for o in r.objects for c in o.excluded}
    relevant = {sub for c in named for sub in ontology.subclasses(c)}
    return labelled, [c for c in labelled if c in relevant]


def generate(n: int, ontology, rules, seed: int = 0, *, chunk: int = 50_000):
    """N-Quads lines and IRIs of ``n`` generated artworks, ``chunk`` artworks at a time (so that a
    million artworks never sit in memory as text at once)."""
    from kg.graph import Iris
    from kg.rules import RELATIONS
    from kg.vocab import ICO, RDF, XSD

    rng = random.Random(seed)
    iris = Iris(BASE)
    labelled, relevant = _classes(ontology, rules)
    artworks, lines = [], []
    for i in range(n):
        if len(artworks) == chunk:
            yield lines, artworks
            artworks, lines = [], []
        ident = f"g{i}"
        art = iris.artwork(ident).value
        graph = iris.graph("detections", ident)
        artworks.append(art)
        lines.append(f"<{art}> <{RDF}type> <{ICO}Artwork> <{graph}> .")
        objects = []
        for j in range(rng.randint(0, 7)):
            cls = rng.choice(relevant if rng.random() < 0.75 else labelled)
            obj = iris.object(ident, f"{j:02d}{rng.getrandbits(40):010x}").value
            objects.append(obj)
            lines += [f"<{obj}> <{RDF}type> <{ICO}DepictedObject> <{graph}> .",
                      f"<{obj}> <{RDF}type> <{cls}> <{graph}> .",
                      f"<{obj}> <{ICO}depictedIn> <{art}> <{graph}> .",
                      f"<{art}> <{ICO}depicts> <{obj}> <{graph}> .",
                      f'<{obj}> <{ICO}confidence> "{rng.choice(CONFIDENCES)!r}"^^<{XSD}double> <{graph}> .']
        pairs = list(permutations(objects, 2))
        for s, o in rng.sample(pairs, min(len(pairs), rng.randint(0, 6))):
            lines.append(f"<{s}> <{ICO}{rng.choice(RELATIONS)}> <{o}> <{graph}> .")
    yield lines, artworks


def build_store(folder: Path, n: int, ontology, rules, seed: int = 0):
    """An on-disk store of ``n`` generated artworks (bulk-loaded, then compacted), and the artworks' nodes.

    Each bulk load adds sorted files that overlap the earlier ones (keys are hashes), so a store
    loaded 50,000 artworks at a time holds 20 overlapping runs at a million artworks and every
    read seeks in each of them (reasoning cost 2× more per artwork). ``optimize`` compacts them,
    as RocksDB's background compaction keeps a store written by the pipeline.
    """
    import pyoxigraph as ox

    from kg.store import OxigraphStore

    raw = ox.Store(str(folder))
    artworks: list[str] = []
    for lines, arts in generate(n, ontology, rules, seed):
        raw.bulk_load("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        artworks += arts
    raw.optimize()
    del raw  # release the lock before the engines open it
    return OxigraphStore(folder), [ox.NamedNode(a) for a in artworks]


def _timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def _cpu_timed(fn, *args):
    """Wall and CPU seconds (this process's, all its threads): on a shared machine the CPU time
    varies less than the wall time, which tells how much the machine lent."""
    cpu = time.process_time()
    secs, result = _timed(fn, *args)
    return secs, time.process_time() - cpu, result


def compare(n: int, ontology, ruleset, seed: int) -> bool:
    """Fast vs reference on the same ``n`` artworks; True when the attributions are identical."""
    from kg import owl_engine, reasoning
    from kg.config import cores

    with tempfile.TemporaryDirectory() as tmp:
        store, arts = build_store(Path(tmp) / "store", n, ontology, ruleset.rules, seed)
        fast_s, fast_cpu, fast = _cpu_timed(reasoning.evaluate, store, ruleset.rules, ontology, arts)
        ref_s, ref = _timed(owl_engine.evaluate, store, ruleset.rules, ontology, arts)
        store.close()
    same = fast == ref
    found = sum(len(v) for v in fast.values())
    print(f"compare  {n} artworks, {len(ruleset.rules)} rules, {found} attributions")
    print(f"  sparql     {fast_s:9.2f} s   (baseline of the ratio below; {fast_cpu:.2f} s of CPU, "
          f"{cores()} threads)")
    print(f"  owlready2  {ref_s:9.2f} s   (Pellet, one run per {owl_engine.BATCH:,} artworks, JVM starts included)")
    print(f"  speed-up   {ref_s / fast_s:9.1f}x  (goal >= 100x)   identical attributions: {same}")
    return same


def reason_all(store, rules, ontology):
    """What ``kg reason`` does to the whole store: list its artworks (the store's own order, in
    which the artworks' objects are read with fewer far seeks), then the fast engine on them, in
    one thread: a store of 1,000 artworks is one partition, which more threads cannot share, so
    only one thread compares like with like across sizes."""
    from kg import queries, reasoning

    artworks = [row["artwork"] for row in store.select(queries.text("artwork-iris"))]
    return reasoning.evaluate(store, rules, ontology, artworks, threads=1)


def _runs(path: str, rules, ontology, seconds: float) -> list[tuple[float, float]]:
    """In a process of its own: the fast engine over the whole store at ``path``, again until its
    runs add up to ``seconds`` (at most 15), after one untimed warm-up on its first partition.

    One process per size and round: a run leaves its process's heap as large as its store made
    it (a million artworks listed, a million results), and the next run in that process, of
    any size, pays for it (the same 1,000-artwork partition's rules cost 1.8× more after the
    process had listed a million artworks). A fresh process gives every size the same start.
    """
    from kg import queries, reasoning
    from kg.store import OxigraphStore

    for rule in rules:  # compiled once per process (kg/reasoning.py), not in the first run
        reasoning.compile_rule(rule, ontology)
    store = OxigraphStore(path)
    try:
        listed = store.query(queries.text("artwork-iris"))
        reasoning.evaluate(store, rules, ontology, [row["artwork"] for row in islice(listed, reasoning.CHUNK)],
                           threads=1)
        runs: list[tuple[float, float]] = []
        while not runs or (sum(secs for secs, _ in runs) < seconds and len(runs) < 15):
            secs, cpu, _ = _cpu_timed(reason_all, store, rules, ontology)
            runs.append((secs, cpu))
        return runs
    finally:
        store.close()


def scale(sizes: list[int], ontology, ruleset, seed: int, rounds: int = ROUNDS) -> None:
    """The fast engine's cost per artwork at each store size, against the smallest.

    All stores are built first; then each round reasons over every size in turn, so that what
    else the machine does at one moment (another process, RocksDB finishing a compaction after
    a build) weighs on all sizes alike instead of on whichever was measured then. Each size's
    runs of a round happen in a fresh process (``_runs``); the median of all its runs is kept.
    """
    import multiprocessing

    print(f"scale    fast engine, {len(ruleset.rules)} rules, all artworks of the store, one thread, "
          f"{rounds} round{'s' if rounds > 1 else ''} over the sizes in turn, each run in a fresh process")
    spawn = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        built, quads = {}, {}
        for n in sizes:
            built[n], (store, _) = _timed(build_store, Path(tmp) / f"store{n}", n, ontology,
                                          ruleset.rules, seed)
            quads[n] = len(store)
            store.close()
        runs: dict[int, list[tuple[float, float]]] = {n: [] for n in sizes}
        for _ in range(rounds):
            for n in sizes:
                with spawn.Pool(1) as pool:
                    runs[n] += pool.apply(_runs, (str(Path(tmp) / f"store{n}"), ruleset.rules, ontology,
                                                  ROUND_SECONDS))
    base = None
    for n in sizes:
        per = sorted(secs / n * 1e6 for secs, _ in runs[n])
        cpu = statistics.median(c / n * 1e6 for _, c in runs[n])
        median = statistics.median(per)
        base = base or median
        print(f"  {n:>9} artworks {quads[n]:>11} quads  {median:8.1f} µs/artwork "
              f"(runs {per[0]:.0f}–{per[-1]:.0f})  x{median / base:5.2f} of the first (goal <= 1.2)   "
              f"[CPU {cpu:.1f} µs/artwork; median of {len(per)} run{'s' if len(per) > 1 else ''}; "
              f"store built in {built[n]:.0f} s]", flush=True)


def main(argv: list[str] | None = None) -> None:
    """Run the comparison and the scaling measurement."""
    parser = argparse.ArgumentParser(prog="python -m bench.reasoning", description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", type=int, default=10000, help="artworks for fast vs owlready2 (0: skip)")
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="comma-separated store sizes for the fast engine's cost per artwork ('' to skip)")
    parser.add_argument("--rounds", type=int, default=ROUNDS,
                        help="rounds over the sizes, each reasoning over every size in turn")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rules", action="append", type=Path, help="rule file or folder (default: bundled)")
    args = parser.parse_args(argv)

    from kg import ontology as ontology_mod
    from kg import rules as rules_mod

    onto = ontology_mod.load()
    ruleset = rules_mod.load(args.rules or None, onto)
    same = compare(args.compare, onto, ruleset, args.seed) if args.compare else True
    if args.sizes:
        scale([int(s) for s in args.sizes.split(",") if s], onto, ruleset, args.seed, args.rounds)
    sys.stdout.flush()
    if not same:
        raise SystemExit("the engines disagree")


if __name__ == "__main__":
    main(sys.argv[1:])
