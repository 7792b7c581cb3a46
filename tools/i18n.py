"""Keep the Dutch catalogue in step with the code.

    python tools/i18n.py update   # lupdate: add new strings to vwdesk_nl.ts, drop removed ones
    python tools/i18n.py check    # list what still needs a Dutch translation (exit 1 if any)

After `update`, give every new <message> its <translation> (Qt Linguist or a
text editor) and remove `type="unfinished"`. The .qm files are built by
`make translations`; tests/ui/test_translations.py fails on any string in the
code that has no Dutch translation.

Locations (file:line) are left out of the .ts on purpose: with several people
adding strings, line numbers would make every merge conflict.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "vwdesk_nl.ts"


def sources(root: Path = ROOT) -> list[Path]:
    """Every file whose strings are translated: the UI package and the composition root."""
    files = sorted((root / "vwdesk" / "ui").rglob("*.py"))
    app = root / "vwdesk" / "app.py"
    if app.exists():
        files.append(app)
    return files


def lupdate_executable() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found; install the project (make) first")
    return found


def update(ts_file: Path = TS_FILE, *, root: Path = ROOT, keep_obsolete: bool = False) -> str:
    """Run lupdate over the sources into `ts_file`; returns lupdate's report."""
    command = [
        lupdate_executable(),
        *[str(p) for p in sources(root)],
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        "nl",
        "-ts",
        str(ts_file),
    ]
    if not keep_obsolete:
        command.insert(-2, "-no-obsolete")
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=root)
    return done.stdout + done.stderr


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    state: str  # "unfinished", "vanished", "obsolete" or "empty"

    def __str__(self) -> str:
        return f"[{self.state}] {self.context}: {self.source!r}"


def problems(ts_file: Path = TS_FILE) -> list[Entry]:
    """Messages without a finished Dutch translation, and messages the code no longer has."""
    found: list[Entry] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                found.append(Entry(name, source, "empty"))
                continue
            state = translation.get("type")
            if state in ("unfinished", "vanished", "obsolete"):
                found.append(Entry(name, source, state))
            elif not (translation.text or "").strip() and not translation.findall("numerusform"):
                found.append(Entry(name, source, "empty"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        print(update().strip())
    missing = problems()
    for entry in missing:
        print(entry)
    if missing:
        print(f"{len(missing)} message(s) need a Dutch translation in {TS_FILE.relative_to(ROOT)}")
        return 1
    print("Every message has a Dutch translation.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
