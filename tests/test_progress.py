"""Progress bars in a log: each update a line of its own, not one line of carriage returns."""
from __future__ import annotations

import io
import subprocess
import sys

from kg.progress import LogLines, bar


def test_a_bar_in_a_log_writes_each_update_as_a_line():
    out = io.StringIO()
    for _ in bar(range(3), desc="enrich", file=LogLines(out), mininterval=0, miniters=1):
        pass
    text = out.getvalue()
    assert "\r" not in text and text.endswith("\n")
    lines = text.splitlines()
    assert lines[0].startswith("enrich:   0%") and lines[-1].startswith("enrich: 100%")
    assert len(lines) >= 2 and all(line == line.rstrip() for line in lines)


def test_carriage_returns_start_lines_only_where_one_is_open():
    out = io.StringIO()
    log = LogLines(out)
    log.write("\rfirst  ")
    log.write("\rsecond")
    log.write("\n")
    log.write("\rthird\n")
    assert out.getvalue() == "first\nsecond\nthird\n"


def test_the_cli_writes_no_carriage_return_to_a_log(tmp_path):
    """``kg enrich`` with stderr in a file, as under nohup or a scheduler."""
    from kg.resources import sample_dir

    samples = sample_dir()
    log = tmp_path / "err.log"
    with log.open("w") as err:
        subprocess.run([sys.executable, "-m", "kg", "enrich", str(samples / "collection.csv"),
                        "--annotations", str(samples / "annotations.json"),
                        "--store", str(tmp_path / "store")], stderr=err, stdout=subprocess.DEVNULL,
                       check=True, timeout=300)
    raw = log.read_bytes()  # (read as text, a carriage return would read as a line break)
    assert b"enrich: 100%" in raw and b"\r" not in raw
