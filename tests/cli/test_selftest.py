"""`vwdesk selftest` in-process: every step passes and says so, and nothing is left behind.

The packaged build runs the same command in CI (.ci/run) after `make package`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from vwdesk.cli import main
from vwdesk.services.selftest import SelfTest, SelfTestFailure

STEPS = ("data files", "demo file", "integrity", "figures", "pdf", "import", "window", "cleanup")


def _line(status: str, name: str) -> str:
    return f"{status:<7} {name:<10} "


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch) -> Path:
    """The selftest's temporary folder is made here, so the test can see it is gone."""
    root = tmp_path / "temp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def test_every_step_passes_one_line_each_and_the_folder_is_removed(temp_root: Path, capsys):
    assert main(["selftest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("vwdesk ") and "selftest (from source" in lines[0]
    steps = lines[1:-1]
    assert len(steps) == len(STEPS)
    for line, name in zip(steps, STEPS, strict=True):
        assert line.startswith(_line("ok", name)), line
    assert "27 figures equal the seed report's" in steps[3]
    assert "PDF 1.4" in steps[4] and "3 embedded fonts" in steps[4]
    assert "households 1, clients 1, contacts 2 added" in steps[5]
    assert "tabs shown in Dutch" in steps[6]
    assert lines[-1].startswith("selftest passed in ")
    assert list(temp_root.iterdir()) == []


def test_a_failed_step_skips_the_rest_exits_1_and_still_cleans_up(
    temp_root: Path, monkeypatch, capsys
):
    def figures_are_off(self) -> str:
        assert self.data_file.is_file()  # the demo file was made
        raise SelfTestFailure("housed.total is 105, expected 106")

    monkeypatch.setattr(SelfTest, "check_figures", figures_are_off)
    assert main(["selftest"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[4].startswith(_line("FAILED", "figures") + "housed.total is 105, expected 106")
    assert out[5] == _line("skipped", "pdf") + "after the failure above"
    assert out[6] == _line("skipped", "import") + "after the failure above"
    assert out[7] == _line("skipped", "window") + "after the failure above"
    assert out[8].startswith(_line("ok", "cleanup") + "removed ")
    assert out[-1].startswith("selftest FAILED in ")
    assert list(temp_root.iterdir()) == []


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(
    temp_root: Path, monkeypatch, capsys
):
    def broken(self) -> str:
        raise RuntimeError("no such table: planned_visit\n[SQL: SELECT ...]")

    monkeypatch.setattr(SelfTest, "check_data_files", broken)
    assert main(["--debug", "selftest", "--no-window"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[1] == _line("FAILED", "data files") + (
        "RuntimeError: no such table: planned_visit (0.0 s)"
    )
    assert not any("window" in line for line in lines)  # --no-window: no such step
    assert "Traceback" in captured.err and "[SQL: SELECT ...]" in captured.err
    assert list(temp_root.iterdir()) == []
