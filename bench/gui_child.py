"""The window measures, each in a fresh process under QT_QPA_PLATFORM=offscreen.

    python -m bench.gui_child bare
    python -m bench.gui_child signin --db FILE [--submit now|loaded]
    python -m bench.gui_child clients --db FILE --type "Mohammed Al Hassan" ...

`bare` shows a plain PySide6 QMainWindow (timed from its construction, and
from the process start). `signin` starts vwdesk the way a person does,
`vwdesk gui --db FILE` (vwdesk.cli.main: the argument parser, the log, the
preferences, run_gui), and drives it from inside its event loop: it notes when
the sign-in dialog first paints, types the credentials and submits, either at
once (`now`) or once the modules the sign-in needs have loaded behind the dialog
and the first tab's page is built (`loaded`: where a person who types a user
name and password is when they press Enter), then waits for the main window's
first paint and quits. Key derivation is timed apart (around
keyslots.derive_key, patched as that module loads, so the measure imports
nothing early) so the parent can take it out. `clients` signs in through
vwdesk.app.build, waits for the first tab's data, opens the Cliënten tab, waits
for the 100,000 rows, then types each name into the real search field one key
at a time (model filter, then the events that paint the view) and reports
every keystroke's time and the peak memory (VmHWM, started again once signed
in). One JSON line on stdout.
"""

from __future__ import annotations

import argparse
import importlib.abc
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PREFIX = "BENCH-RESULT "


def vm_hwm_mib() -> float:
    """Peak resident memory of this process (VmHWM), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def vm_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_peak() -> bool:
    """Start VmHWM again from the current resident size (Linux 4.0+: clear_refs 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def emit(result: dict) -> None:
    print(PREFIX + json.dumps(result), flush=True)


def _painted(widget, timeout: float = 60.0) -> float:
    """Run the event loop until `widget` has painted once; the time.time() of that paint."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    class Watcher(QObject):
        at: float | None = None

        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.time()
                QTimer.singleShot(0, loop.quit)
            return False

    loop = QEventLoop()
    watcher = Watcher()
    widget.installEventFilter(watcher)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    widget.removeEventFilter(watcher)
    if watcher.at is None:
        raise TimeoutError(f"{type(widget).__name__} was not painted within {timeout} s")
    return watcher.at


def _wait(condition, timeout: float = 300.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.002)


def bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    made = time.time()
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("Hallo"))
    window.resize(1280, 800)
    window.show()
    shown = _painted(window)
    del app
    return {"made_at": made, "shown_at": shown}


class _KdfClock(importlib.abc.MetaPathFinder):
    """Total time spent deriving keys from passwords (Argon2id), to report apart.

    keyslots.derive_key is wrapped as vwdesk.security.keyslots loads (an import
    hook), so timing it imports nothing before the application itself does.
    """

    MODULE = "vwdesk.security.keyslots"

    def __init__(self) -> None:
        self.seconds = 0.0
        if self.MODULE in sys.modules:
            self._wrap(sys.modules[self.MODULE])
        else:
            sys.meta_path.insert(0, self)

    def find_spec(self, name, path, target=None):
        if name != self.MODULE:
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = finder.find_spec(name, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None:
                break
        else:
            return None
        loader, clock = spec.loader, self
        exec_module = loader.exec_module

        def exec_and_wrap(module) -> None:
            exec_module(module)
            clock._wrap(module)

        loader.exec_module = exec_and_wrap  # this spec's own loader instance
        return spec

    def _wrap(self, keyslots) -> None:
        derive = keyslots.derive_key

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return derive(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start

        keyslots.derive_key = timed


class _FirstPaint:
    """The time.time() of a widget's first paint, noted by an event filter set up before show()."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self
        self.at: float | None = None

        class Filter(QObject):
            def eventFilter(self, _obj, event):
                if event.type() == QEvent.Type.Paint and clock.at is None:
                    clock.at = time.time()
                return False

        self._filter = Filter(widget)
        widget.installEventFilter(self._filter)


def _start_signed_in(db: Path, user: str, password: str) -> tuple:
    """vwdesk wired by vwdesk.app.build (as the UI tests), signed in; (app, gui, kdf, timings)."""
    import logging

    from PySide6.QtWidgets import QApplication

    from vwdesk.app import build, configure_application
    from vwdesk.preferences import Preferences
    from vwdesk.ui.i18n import install_translators

    kdf = _KdfClock()
    logging.basicConfig(level=logging.WARNING)
    prefs = Preferences.load(Path(tempfile.mkdtemp(prefix="vwdesk-bench-")) / "prefs.json")
    app = QApplication(sys.argv[:1])
    configure_application(app)
    translators = install_translators(app, "nl")
    gui = build(prefs, db, quit_app=app.quit)
    gui.controller.start()
    login_at = _painted(gui.login)
    gui.login.username.setText(user)
    gui.login.password.setText(password)
    submit = time.time()
    gui.login.submit()
    shown = _painted(gui.window)
    timings = {"login_shown_at": login_at, "submit_at": submit, "shown_at": shown}
    return app, gui, kdf, timings, translators


def signin(db: Path, user: str, password: str, submit: str) -> dict:
    """`vwdesk gui --db FILE --lang nl` through vwdesk.cli.main, signed in from its event loop."""
    kdf = _KdfClock()
    import vwdesk.app  # imported by `vwdesk gui` anyway before anything shows; here to hook build
    from vwdesk.cli import main as vwdesk_main

    timings: dict = {}
    failed: list[BaseException] = []
    build = vwdesk.app.build

    def build_and_drive(*args, **kwargs):
        from PySide6.QtCore import QTimer

        gui = build(*args, **kwargs)
        login = _FirstPaint(gui.login)
        QTimer.singleShot(0, lambda: _drive(gui, login, user, password, submit, timings, failed))
        return gui

    vwdesk.app.build = build_and_drive
    code = vwdesk_main(["gui", "--db", str(db), "--lang", "nl"])
    if failed:
        raise failed[0]
    if code != 0 or "shown_at" not in timings:
        raise RuntimeError(f"vwdesk gui ended with {code} before the main window showed")
    return {**timings, "kdf_seconds": kdf.seconds}


def _drive(gui, login: _FirstPaint, user, password, submit, timings, failed) -> None:
    """Inside run_gui's event loop: sign in as `submit` says, wait for the main window, quit."""
    from PySide6.QtWidgets import QApplication

    try:
        _until(lambda: login.at is not None, 60)
        timings["login_shown_at"] = login.at
        if submit == "loaded":
            preload = gui.preload
            _until(lambda: preload.done and gui.window.current_page() is not None, 120)
            timings["loaded_at"] = time.time()
        # The main window's paint is watched from the moment it is shown (the controller's
        # slot runs first); in `now` it is made only then, as it would be.
        window: list[_FirstPaint] = []
        gui.login.signed_in.connect(lambda _ws: window.append(_FirstPaint(gui.window)))
        gui.login.username.setText(user)
        gui.login.password.setText(password)
        timings["submit_at"] = time.time()
        gui.login.submit()
        _until(lambda: (window and window[0].at is not None) or bool(gui.login.error_text()), 120)
        if not window or window[0].at is None:  # a wrong password, a file open elsewhere
            raise RuntimeError(f"the sign-in failed: {gui.login.error_text()}")
        timings["shown_at"] = window[0].at
        if gui.preload is not None:
            timings["preload_seconds"] = gui.preload.seconds
    except BaseException as exc:
        failed.append(exc)
    finally:
        QApplication.instance().quit()  # run_gui's own shutdown closes the file (no backup)


def _until(condition, timeout: float) -> None:
    """Run the event loop (a real one: no sleeping between events) until `condition()` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: condition() and loop.quit())
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    check.start()
    loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError(f"vwdesk did not get there within {timeout} s")


def clients(db: Path, user: str, password: str, names: list[str]) -> dict:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app, gui, _kdf, _timings, _tr = _start_signed_in(db, user, password)
    _wait(lambda: not gui.ctx.worker.busy)  # the first tab has its data
    hwm_signed_in = vm_hwm_mib()  # Argon2id's 64 MiB, freed again, is in this peak
    rss_signed_in = vm_rss_mib()
    reset = reset_peak()
    start = time.perf_counter()
    tab = gui.window.show_tab("clienten")
    _wait(lambda: not tab.loading and tab.model.total > 0)
    load_seconds = time.perf_counter() - start
    QApplication.processEvents()
    hwm_open = vm_hwm_mib()

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

    counter = PaintCounter()
    tab.view.viewport().installEventFilter(counter)
    keystrokes: list[dict] = []
    tab.search.setFocus()
    for name in names:
        typed = [(ch, ch) for ch in name] + [("⌫ (clear)", None)]
        for label, ch in typed:
            painted = counter.paints
            cpu = time.thread_time()
            t = time.perf_counter()
            if ch is None:
                tab.search.selectAll()
                QTest.keyClick(tab.search, Qt.Key.Key_Backspace)
            else:
                QTest.keyClicks(tab.search, ch)
            QApplication.processEvents()  # the view's repaint, as the event loop would do it
            took = time.perf_counter() - t
            cpu = time.thread_time() - cpu
            keystrokes.append(
                {
                    "key": label,
                    "text": tab.search.text(),
                    "ms": round(took * 1000, 2),
                    "cpu_ms": round(cpu * 1000, 2),
                    "rows": tab.model.rowCount(),
                    "painted": counter.paints > painted,
                }
            )
    result = {
        "clients": tab.model.total,
        "list_load_seconds": round(load_seconds, 2),
        "vm_hwm_mib_signed_in": round(hwm_signed_in, 1),
        "vm_rss_mib_signed_in": round(rss_signed_in, 1),
        "peak_reset_after_sign_in": reset,
        "vm_hwm_mib_list_open": round(hwm_open, 1),
        "vm_hwm_mib": round(vm_hwm_mib(), 1),
        "vm_rss_mib": round(vm_rss_mib(), 1),
        "keystrokes": keystrokes,
    }
    gui.shutdown()
    del app
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("bare", "signin", "clients"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--user", default="teamleider")
    parser.add_argument("--submit", choices=("now", "loaded"), default="loaded")
    parser.add_argument("--type", action="append", default=[], dest="names")
    args = parser.parse_args(argv)
    password = os.environ.get("VWDESK_PASSWORD", "")
    if args.mode == "bare":
        emit(bare())
    elif args.mode == "signin":
        emit(signin(args.db, args.user, password, args.submit))
    else:
        emit(clients(args.db, args.user, password, args.names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
