"""Run every benchmark in bench/ (each module's ``main()``), one after another."""
from __future__ import annotations

import importlib
import pkgutil
import sys

import bench


def main() -> None:
    """Import each ``bench.NAME`` module and run its ``main([])`` with default settings."""
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        if hasattr(module, "main"):
            print(f"== bench.{name}", flush=True)
            module.main([])
    sys.stdout.flush()


if __name__ == "__main__":
    main()
