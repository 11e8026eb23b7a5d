"""Benchmark corpus generator and truth checker for `checker` (see benchmarks/generate.py)."""
