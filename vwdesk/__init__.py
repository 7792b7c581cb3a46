"""vwdesk: offline-first case and report keeping for local refugee-support teams."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vwdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
