"""Benchmarks: each module runs with `python -m bench.NAME` and prints ratios against a baseline
measured in the same run."""
