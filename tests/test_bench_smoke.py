"""`make bench` at a tiny scale: the harness builds its file, measures and writes results.json.

Timings mean nothing at this scale (and a timing belongs in a benchmark, not in
a test); what is checked is that every part runs and that the hand-written
floor computes the same figures as FiguresService.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench import run


def test_bench_runs_at_a_tiny_scale_and_writes_results(tmp_path: Path):
    out = tmp_path / "results.json"
    argv = ["--scale", "0.001", "--runs", "1", "--cache", str(tmp_path / "cache"), "--out",
            str(out), "--only", "import,figures,plans,pdf"]  # fmt: skip

    assert run.main(argv) == 0

    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["data"]["rows"]["contact"] == 2_000
    assert {"platform", "cores"} <= set(report["machine"])
    assert {"SQLCipher", "PySide6"} <= set(report["versions"])
    results = {r["key"]: r for r in report["results"]}
    assert set(results) == {"import", "import_national", "figures", "figures_plain", "plans", "pdf"}
    for key in ("import", "import_national", "figures", "figures_plain", "pdf"):
        assert results[key]["stats"]["runs"] >= 1
        assert results[key]["passed"] is not None
    # The first import goes into a file without contacts; both beside their floor.
    assert results["import"]["extra"]["contacts_held_before"] == 0
    assert results["import_national"]["extra"]["contacts_held_before"] == 2_000
    assert results["import"]["ratio"] > 0 and results["import_national"]["ratio"] > 0
    assert results["figures"]["ratio"] > 0
    assert not [n for n in results["figures"]["notes"] if "differ" in n]
    assert report["plans"] and all(p["plan"] for p in report["plans"])
    # The cache is kept beside its key, and found again on the next run.
    (entry,) = (tmp_path / "cache").glob("scale-0.001-[0-9a-f]*")
    assert (entry / "key.json").exists() and (entry / "bench.vwdesk").exists()
    (first,) = (tmp_path / "cache").glob("scale-0.001-no-contacts-*")
    assert (first / "import" / "contacts.csv").exists()
    assert run.main([*argv[:-1], "plans"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["data"]["cached"] is True
