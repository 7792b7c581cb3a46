"""Per-machine preferences: interface language, last used file, window geometry.

These belong to the laptop, not to the team, so they live in a small JSON file
in the user's config folder; team settings live inside the encrypted file
(vwdesk/services/settings.py). Nothing personal goes here: no user names and no
client data, because this file is not encrypted.

Each preference is declared once, with its type, default and an English label
(the UI translates labels). Nothing is read or created at import time; the
path is injectable so tests use tmp_path.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")
FILE_NAME = "preferences.json"


@dataclass(frozen=True)
class PreferenceSpec:
    key: str
    kind: type
    default: object
    label: str  # English source; the UI translates it
    choices: tuple[str, ...] = ()


PREFERENCES: tuple[PreferenceSpec, ...] = (
    PreferenceSpec("language", str, "nl", "Interface language", LANGUAGES),
    PreferenceSpec("last_file", str, "", "Last used file"),
    PreferenceSpec("window_geometry", str, "", "Window position and size"),
    # Empty: a `backups` folder next to the data file (vwdesk/services/auto_backup.py).
    PreferenceSpec("backup_folder", str, "", "Folder for automatic backups"),
)
_BY_KEY = {spec.key: spec for spec in PREFERENCES}


def default_path() -> Path:
    """Where the preferences live on this machine (asked only when needed)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("vwdesk", appauthor=False)) / FILE_NAME


def _valid(spec: PreferenceSpec, value: object) -> bool:
    if type(value) is not spec.kind:
        return False
    return not spec.choices or value in spec.choices


class Preferences:
    """Typed access to the preferences file; unknown or broken values fall back to defaults."""

    def __init__(self, path: Path, values: dict[str, object] | None = None):
        self.path = path
        self._values: dict[str, object] = dict(values or {})

    @classmethod
    def load(cls, path: Path | None = None) -> Preferences:
        """Read the file if it is there; a missing or unreadable file means all defaults."""
        path = path or default_path()
        values: dict[str, object] = {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable preferences %s: %s", path, exc)
            raw = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                spec = _BY_KEY.get(key)
                if spec is not None and _valid(spec, value):
                    values[key] = value
        return cls(path, values)

    def get(self, key: str) -> object:
        return self._values.get(key, _BY_KEY[key].default)

    def set(self, key: str, value: object) -> None:
        spec = _BY_KEY[key]
        if not _valid(spec, value):
            raise ValueError(f"invalid value for preference {key!r}: {value!r}")
        self._values[key] = value

    def save(self) -> None:
        """Write atomically, so a crash never leaves half a file behind."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self._values, indent=2, sort_keys=True)
        fd, tmp = tempfile.mkstemp(prefix=".preferences-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- typed shortcuts for the preferences the UI uses ----------------------------------
    @property
    def language(self) -> str:
        return str(self.get("language"))

    @language.setter
    def language(self, value: str) -> None:
        self.set("language", value)

    @property
    def last_file(self) -> Path | None:
        value = str(self.get("last_file"))
        return Path(value) if value else None

    @last_file.setter
    def last_file(self, value: Path | None) -> None:
        self.set("last_file", str(value) if value else "")

    @property
    def window_geometry(self) -> str:
        """Qt's saveGeometry() as base64 text; opaque here."""
        return str(self.get("window_geometry"))

    @window_geometry.setter
    def window_geometry(self, value: str) -> None:
        self.set("window_geometry", value)

    @property
    def backup_folder(self) -> Path | None:
        """The chosen folder for automatic backups; None means next to the data file."""
        value = str(self.get("backup_folder"))
        return Path(value) if value else None

    @backup_folder.setter
    def backup_folder(self, value: Path | None) -> None:
        self.set("backup_folder", str(value) if value else "")
