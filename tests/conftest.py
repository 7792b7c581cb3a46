"""Shared fixtures: real SQLCipher files in tmp_path, never a mocked database."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest

# Key derivation at its floor (64 MiB, one pass): tests make many files, and the
# calibrated cost (about 0.5 s) is a property of the product, not of each test.
os.environ.setdefault("VWDESK_KDF_SECONDS", "0")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The application log of the whole test run goes to one private folder, not the home folder.
os.environ.setdefault("VWDESK_LOG_DIR", tempfile.mkdtemp(prefix="vwdesk-test-logs-"))

PASSWORD = "geheim-wachtwoord"
DEMO_PASSWORD = "demo1234"
# The day the test demo is built around (its present-day slice): a Monday with a
# consultation hour, in the past (imports refuse dates after the real today).
DEMO_TODAY = date(2026, 11, 23)


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    """A fresh file with one team leader `teamleider` / PASSWORD, closed again."""
    from vwdesk.services.workspace import Workspace

    path = tmp_path / "team.vwdesk"
    ws, _recovery = Workspace.create(
        path, "teamleider", PASSWORD, settings={"municipality": "Lansingerland"}
    )
    ws.close()
    return path


@pytest.fixture
def workspace(new_file: Path):
    from vwdesk.services.workspace import Workspace

    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    yield ws
    if ws.is_open:
        ws.close()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    """The demo file, built once per test run; copy it with `demo_file` before writing."""
    from vwdesk.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.vwdesk"
    build_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo file (data file and key file)."""
    target = tmp_path / "demo.vwdesk"
    shutil.copy2(demo_master, target)
    shutil.copy2(
        demo_master.with_name(demo_master.name + ".keys"), target.with_name("demo.vwdesk.keys")
    )
    return target


@pytest.fixture
def demo_workspace(demo_file: Path):
    from vwdesk.services.workspace import Workspace

    ws = Workspace.open(demo_file, "teamleider", DEMO_PASSWORD)
    yield ws
    if ws.is_open:
        ws.close()


@pytest.fixture(autouse=True)
def cycles_collected_between_tests():
    """Once a test has configured the application, automatic cycle collection is off and a
    timer collects on the UI thread (vwdesk/ui/main_thread_gc.py); tests that run no event
    loop afterwards get that collection here, on the main thread."""
    yield
    import gc

    if not gc.isenabled():
        from vwdesk.ui.main_thread_gc import collect_due

        collect_due()
