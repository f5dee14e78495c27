"""Run every benchmark in bench/ (each module's ``main()``), one after another."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import bench


def main(argv: list[str] | None = None) -> None:
    """Import each ``bench.NAME`` module and run its ``main([])`` with default settings."""
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))
    names = [n for n in names if hasattr(importlib.import_module(f"bench.{n}"), "main")]  # not data
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__.split("\n")[0],
        epilog=f"Benchmarks: {', '.join(names)}. Each runs alone with its own options: "
               "python -m bench.NAME --help.")
    parser.add_argument("--list", action="store_true", help="List the benchmarks and stop.")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(f"bench.{name}" for name in names))
        return
    for name in names:
        print(f"== bench.{name}", flush=True)
        importlib.import_module(f"bench.{name}").main([])
    sys.stdout.flush()


if __name__ == "__main__":
    main()
