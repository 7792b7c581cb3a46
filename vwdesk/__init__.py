"""vwdesk: offline-first case and report keeping for local refugee-support teams."""

from __future__ import annotations

import functools


@functools.cache
def _version() -> str:
    # importlib.metadata (with email and zipfile) costs 30-50 ms, asked for only when
    # the number is shown or written: not before the sign-in dialog (#11 start-up).
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vwdesk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    """`vwdesk.__version__`, looked up on first use (PEP 562)."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
