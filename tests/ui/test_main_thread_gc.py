"""Cycles are freed on the UI thread, never in the worker (vwdesk/ui/main_thread_gc.py)."""

from __future__ import annotations

import gc
import threading

from vwdesk.ui.main_thread_gc import MainThreadCollector, install


class _Node:
    def __init__(self, seen: list[int]) -> None:
        self.seen = seen
        self.me = self  # a cycle: only the collector frees it

    def __del__(self) -> None:
        self.seen.append(threading.get_ident())


def test_configuring_the_application_hands_collection_to_the_ui_thread(qtbot, qapp):
    assert install(qapp) is qapp.findChild(MainThreadCollector)  # one per process
    assert not gc.isenabled()
    seen: list[int] = []
    kept: list[list] = []

    def worker() -> None:
        _Node(seen)
        # Far more allocations than a generation's threshold: the automatic collector
        # would run here, in this thread, and free the node in it.
        kept.append([[i] for i in range(200_000)])

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == []  # not freed in the worker
    qtbot.waitUntil(lambda: seen != [], timeout=5000)
    assert seen == [threading.get_ident()]
    kept.clear()
