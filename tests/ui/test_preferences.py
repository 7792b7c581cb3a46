"""Per-machine preferences: a JSON file, typed, defaults when missing or broken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vwdesk.preferences import PREFERENCES, Preferences


def test_defaults_when_there_is_no_file(tmp_path: Path):
    prefs = Preferences.load(tmp_path / "none" / "preferences.json")
    assert prefs.language == "nl"
    assert prefs.last_file is None
    assert prefs.window_geometry == ""
    assert not (tmp_path / "none").exists()  # loading creates nothing


def test_round_trip(tmp_path: Path):
    path = tmp_path / "config" / "preferences.json"
    prefs = Preferences.load(path)
    prefs.language = "en"
    prefs.last_file = tmp_path / "team.vwdesk"
    prefs.window_geometry = "AdnQywADAAA="
    prefs.save()

    again = Preferences.load(path)
    assert again.language == "en"
    assert again.last_file == tmp_path / "team.vwdesk"
    assert again.window_geometry == "AdnQywADAAA="
    assert json.loads(path.read_text())["language"] == "en"


def test_broken_or_foreign_values_fall_back_to_defaults(tmp_path: Path):
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"language": "fr", "last_file": 7, "unknown": True}))
    prefs = Preferences.load(path)
    assert prefs.language == "nl"
    assert prefs.last_file is None

    path.write_text("{ not json")
    assert Preferences.load(path).language == "nl"


def test_invalid_values_are_refused(tmp_path: Path):
    prefs = Preferences.load(tmp_path / "p.json")
    with pytest.raises(ValueError):
        prefs.language = "fr"
    with pytest.raises(KeyError):
        prefs.set("colour", "blue")


def test_every_preference_is_declared_with_type_default_and_label():
    for spec in PREFERENCES:
        assert isinstance(spec.default, spec.kind)
        assert spec.label
        assert not spec.choices or spec.default in spec.choices
