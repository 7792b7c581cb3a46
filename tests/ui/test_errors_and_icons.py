"""One Dutch sentence per typed error; every icon the UI names exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vwdesk.domain.errors import (
    AuthenticationError,
    DamagedFile,
    FileLocked,
    InvalidInput,
    NotAVwdeskFile,
    NotFound,
    PathTaken,
    PermissionDenied,
    StorageFull,
    VwdeskError,
)
from vwdesk.ui import icons
from vwdesk.ui.errors import message_for
from vwdesk.ui.tabs import tab_specs

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "exc",
    [
        AuthenticationError("wrong user name or password"),
        FileLocked("the file is open in another vwdesk window"),
        NotAVwdeskFile("x.vwdesk is empty"),
        DamagedFile("x.vwdesk is truncated or damaged"),
        PathTaken("x exists already"),
        StorageFull("database or disk is full"),
        PermissionDenied("the role volunteer may not import"),
        NotFound("client 7"),
        InvalidInput("a password needs at least 8 characters"),
        VwdeskError("something internal"),
        RuntimeError("Traceback: secret detail"),
    ],
)
def test_each_error_becomes_one_dutch_sentence_without_its_text(exc):
    message = message_for(exc)
    assert message and message[0].isupper() and message.endswith(".")
    assert str(exc) not in message
    assert "Traceback" not in message
    for english in (" the ", " not ", " file "):
        assert english not in f" {message} "


def test_files_that_are_not_ours_and_damaged_files_read_the_same():
    assert message_for(NotAVwdeskFile("a")) == message_for(DamagedFile("b"))


def test_every_icon_the_ui_names_exists():
    names = {spec.icon for spec in tab_specs()}
    pattern = re.compile(r"icons\.(?:icon|pixmap)\(\s*\"([a-z0-9-]+)\"")
    for path in (ROOT / "vwdesk").rglob("*.py"):
        names.update(pattern.findall(path.read_text(encoding="utf-8")))
    assert names
    missing = sorted(name for name in names if not icons.exists(name))
    assert missing == []
    assert (ROOT / "resources" / "icons" / "LICENSE").is_file()


def test_icons_render_in_the_palette_colour():
    pixmap = icons.pixmap("house", 32)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    coloured = {
        image.pixelColor(x, y).name()
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert "#2d6a86" in coloured
    assert icons.icon("does-not-exist").isNull()
