"""Samples, their summary, and one measure's result as results.json keeps it."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field


def clock(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {
        "runs": len(samples),
        "min": ordered[0],
        "median": statistics.median(ordered),
        "max": ordered[-1],
        "samples": [round(s, 6) for s in samples],
    }


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil
    return ordered[int(rank) - 1]


@dataclass
class Result:
    key: str
    what: str
    unit: str  # "s", "ms", "MiB", "rows/s"
    target: str
    value: float | None = None  # the number judged (a median, a p95, a ratio's numerator)
    stats: dict | None = None  # min/median/max of the samples
    floor: dict | None = None  # the same-run floor's min/median/max, when there is one
    floor_what: str = ""
    ratio: float | None = None
    passed: bool | None = None  # None: reported only
    notes: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        out = asdict(self)
        for k in ("value", "ratio"):
            if out[k] is not None:
                out[k] = round(out[k], 4)
        return out
