"""The reasoning benchmark stays runnable: its scaling part, on tiny stores, each run in a fresh process."""
from __future__ import annotations

import re

import pytest


@pytest.mark.slow
def test_scaling_prints_each_size_against_the_first(capsys):
    from bench import reasoning

    reasoning.main(["--compare", "0", "--sizes", "30,60", "--rounds", "1"])
    out = capsys.readouterr().out
    rows = re.findall(r"^\s+(\d+) artworks\s+(\d+) quads\s+([\d.]+) µs/artwork .* x\s*([\d.]+) of the first",
                      out, re.MULTILINE)
    assert [int(n) for n, *_ in rows] == [30, 60], out
    assert float(rows[0][3]) == 1.0 and all(float(per) > 0 and int(quads) > 0 for _, quads, per, _ in rows)
    assert "each run in a fresh process" in out
