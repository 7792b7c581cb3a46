"""Where the bundled resources (fonts, icons, translations) are.

In a source tree or an editable install they sit in `resources/` next to the
package; in a PyInstaller build they are unpacked under `sys._MEIPASS`.
Nothing is looked up at import time.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
