"""Progress bars: tqdm on a terminal; in a log (stderr redirected), a line per update.

tqdm redraws its bar by writing a carriage return before each update, which a terminal shows in
place but a log file keeps as one ever longer line. When stderr is no terminal, the bars write
each update as a line of its own instead (and the CLI makes them update every 30 s: ``kg.cli``).
"""
from __future__ import annotations

import sys


class LogLines:
    """A stream for tqdm in a log: each carriage return that would redraw the bar starts a new
    line instead; the spaces tqdm pads a shorter update with are dropped."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.fresh = True  # at the start of a line

    def write(self, text: str) -> int:
        out = []
        for i, part in enumerate(text.split("\r")):
            if i and not self.fresh:
                out.append("\n")
                self.fresh = True
            part = part.rstrip(" ") if i else part
            if part:
                out.append(part)
                self.fresh = part.endswith("\n")
        self.stream.write("".join(out))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()


def bar(iterable=None, **options):
    """A tqdm progress bar over ``iterable`` (tqdm's options), written as lines in a log."""
    from tqdm import tqdm

    if "file" not in options and not sys.stderr.isatty():
        options["file"] = LogLines(sys.stderr)
    return tqdm(iterable, **options)
