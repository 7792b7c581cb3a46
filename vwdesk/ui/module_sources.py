"""Keep PySide6 from holding the source text of every module imported after it.

PySide6 (6.x, shibokensupport/feature.py) replaces `__import__` to support its
`from __feature__ import snake_case` switch, and asks of every newly imported
module whether it uses PySide: `inspect.getsource(module)`, then "PySide6" in
it. inspect reads through `linecache`, which keeps every line it has read for
the life of the process. Signed in, vwdesk had read 620 modules that way
(SQLAlchemy, the services, the standard library): 270,000 lines, 21-24 MiB of
the window's memory, for an answer vwdesk never uses (it selects no feature).

`forget_module_sources()` gives PySide the same answer read through the
module's loader, which caches nothing, and empties what linecache read from
files so far (entries of generated code, such as SQLAlchemy's "<sqlalchemy
generated ...>", stay: only they cannot be read again for a traceback). Call it
once the QApplication exists and before the storage side is imported; calling
it again does no harm. When a PySide version lacks the hook it only empties
the cache.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """PySide's own test (its source mentions PySide6), without linecache."""
    loader = getattr(module, "__loader__", None)
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return False
    try:
        source = get_source(module.__name__)
    except Exception:  # no source (extension, frozen, zip without it): PySide says False too
        return False
    return bool(source) and "PySide6" in source


def forget_module_sources() -> None:
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is not None and callable(getattr(feature, _HOOK, None)):
        setattr(feature, _HOOK, uses_pyside)
    for name in [n for n in linecache.cache if not n.startswith("<")]:
        linecache.cache.pop(name, None)
