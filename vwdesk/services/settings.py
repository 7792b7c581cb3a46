"""Team settings that live inside the encrypted file, declared once with type and default.

(Per-machine preferences such as the language live in the user's config
folder; see vwdesk/preferences.py.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from vwdesk.db.records import SettingRecord
from vwdesk.domain.permissions import Permission

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: object
    label: str  # English source; the UI translates it


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("organisation", str, "VluchtelingenWerk", "Organisation"),
    SettingSpec("municipality", str, "", "Municipality"),
    SettingSpec("small_counts", bool, False, "Show counts below 5 as <5 in the report"),
    SettingSpec("retention_years", int, 7, "Keep closed clients for (years)"),
    SettingSpec("lock_minutes", int, 5, "Lock after idle minutes"),
    SettingSpec("backup_generations", int, 10, "Automatic backups to keep"),
)
_BY_KEY = {spec.key: spec for spec in SETTINGS}


def _decode(spec: SettingSpec, raw: str | None):
    if raw is None:
        return spec.default
    if spec.kind is bool:
        return raw == "1"
    if spec.kind is int:
        return int(raw)
    return raw


def _encode(spec: SettingSpec, value) -> str:
    if spec.kind is bool:
        return "1" if value else "0"
    return str(spec.kind(value))


class SettingsService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def get(self, key: str):
        spec = _BY_KEY[key]
        with self._ws.reading() as s:
            return _decode(
                spec, s.scalar(select(SettingRecord.value).where(SettingRecord.key == key))
            )

    def all(self) -> dict[str, object]:
        with self._ws.reading() as s:
            stored = dict(s.execute(select(SettingRecord.key, SettingRecord.value)).all())
        return {spec.key: _decode(spec, stored.get(spec.key)) for spec in SETTINGS}

    def set(self, key: str, value) -> None:
        self._ws.require(Permission.EDIT_SETTINGS)
        spec = _BY_KEY[key]
        with self._ws.unit() as s:
            s.merge(SettingRecord(key=key, value=_encode(spec, value)))
            self._ws.audit.record(
                s, self._ws.user.account_id, "setting.change", detail={"key": key}
            )
