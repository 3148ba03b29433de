"""Benchmark suite: a deterministic corpus generator (`bench.generate`) and a runner (`bench.run`)."""
