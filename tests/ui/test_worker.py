"""The one background worker: work off the UI thread, answers on it, in order."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from vwdesk.domain.errors import InvalidInput
from vwdesk.ui.progress import ProgressDialog, run_with_progress
from vwdesk.ui.worker import Cancelled, Worker


@pytest.fixture
def worker():
    w = Worker()
    yield w
    w.shutdown()


def test_success_is_reported_on_the_ui_thread(qtbot, worker):
    ui_thread = threading.get_ident()
    ran_on, answered_on, results = [], [], []

    def op():
        ran_on.append(threading.get_ident())
        return 42

    def done(result):
        answered_on.append(threading.get_ident())
        results.append(result)

    with qtbot.waitSignal(worker.run(op, on_success=done).finished, timeout=5000):
        pass
    assert results == [42]
    assert ran_on[0] != ui_thread
    assert answered_on == [ui_thread]


def test_failure_is_reported_on_the_ui_thread(qtbot, worker):
    ui_thread = threading.get_ident()
    failures = []

    def op():
        raise InvalidInput("no name")

    def failed(exc):
        failures.append((threading.get_ident(), exc))

    job = worker.run(op, on_success=lambda _: pytest.fail("no success"), on_failure=failed)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert len(failures) == 1
    thread, exc = failures[0]
    assert thread == ui_thread
    assert isinstance(exc, InvalidInput)
    assert job.error is exc


def test_an_unhandled_failure_goes_to_the_failure_handler(qtbot, worker):
    seen = []
    worker.set_failure_handler(seen.append)
    job = worker.run(lambda: 1 / 0)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert len(seen) == 1 and isinstance(seen[0], ZeroDivisionError)


def test_operations_run_one_at_a_time_in_order(qtbot, worker):
    order, active, overlap = [], [0], []
    lock = threading.Lock()

    def op(n):
        with lock:
            active[0] += 1
            overlap.append(active[0])
        order.append(n)
        with lock:
            active[0] -= 1
        return n

    jobs = [worker.run(lambda n=n: op(n)) for n in range(20)]
    assert worker.busy
    qtbot.waitUntil(lambda: all(job.done for job in jobs), timeout=5000)
    assert order == list(range(20))
    assert max(overlap) == 1
    assert not worker.busy


def test_busy_changes_are_announced(qtbot, worker):
    seen = []
    worker.busy_changed.connect(seen.append)
    job = worker.run(lambda: None)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert seen == [True, False]


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot, worker):
    owner = QWidget()
    release = threading.Event()
    called = []
    job = worker.run(release.wait, on_success=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert called == []


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_progress_is_reported_and_cancel_stops_the_operation(qtbot, worker):
    started = threading.Event()
    reports, failures = [], []

    def long_work(progress):
        for step in range(10_000):
            progress.report(step, 10_000, f"stap {step}")
            started.set()
            progress.check()
            threading.Event().wait(0.001)
        return "klaar"

    job = worker.run_with_progress(long_work, on_failure=failures.append)
    job.progress.changed.connect(lambda done, total, text: reports.append((done, total, text)))
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)
    assert reports and reports[0][1] == 10_000


def test_cancelling_is_not_an_error_for_the_user(qtbot, worker):
    shown = []
    worker.set_failure_handler(shown.append)

    def stops(progress):
        raise Cancelled

    job = worker.run_with_progress(stops)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert shown == []


def test_the_progress_dialog_cancel_button_stops_the_work(qtbot, worker):
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    outcome = []

    def long_work(progress):
        started.set()
        for _ in range(1000):  # bounded, so a failing test cannot hang the worker
            progress.report(1, 3, "Bezig…")
            progress.check()
            threading.Event().wait(0.005)
        return "niet gestopt"

    job = run_with_progress(
        worker,
        parent=parent,
        title="Importeren",
        label="Bestand lezen…",
        op=long_work,
        on_success=lambda r: outcome.append(("success", r)),
        on_cancelled=lambda: outcome.append(("cancelled", None)),
    )
    assert started.wait(5)
    dialog = parent.findChild(ProgressDialog)
    assert dialog is not None
    assert dialog.windowTitle() == "Importeren"
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Annuleren"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert outcome == [("cancelled", None)]


def test_the_progress_dialog_reports_success(qtbot, worker):
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome = []

    def work(progress):
        for step in range(3):
            progress.report(step + 1, 3)
        return "klaar"

    job = run_with_progress(
        worker, parent=parent, title="t", label="l", op=work, on_success=outcome.append
    )
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert outcome == ["klaar"]


def test_shutdown_lets_queued_work_finish(qtbot):
    worker = Worker()
    done = []
    worker.run(lambda: done.append(1))
    worker.run(lambda: done.append(2))
    worker.shutdown()
    assert done == [1, 2]
    with pytest.raises(RuntimeError):
        worker.run(lambda: None)


def test_a_context_runs_operations_on_the_workspace(qtbot, make_context, workspace):
    ctx = make_context(workspace)
    got = []
    job = ctx.run(lambda ws: ws.user.role, on_success=got.append)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert got == ["team_leader"]
    ctx.close_workspace()
    qtbot.waitUntil(lambda: not workspace.is_open, timeout=5000)
    assert ctx.workspace is None
