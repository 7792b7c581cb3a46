"""Write THIRD-PARTY-NOTICES.txt: every component the packaged vwdesk ships, with its licence.

    python tools/third_party.py --out build/THIRD-PARTY-NOTICES.txt

build.spec runs this and puts the file next to the executables. The Python
packages are found from vwdesk's own requirements (their closure, without the
test and package extras) in the installed metadata, so a new dependency is
listed without anyone remembering to; their licence texts come from their
dist-info. What no dist-info carries is listed in EMBEDDED: Python itself, Qt
inside the PySide6 wheels (LGPL-3.0, text in resources/licenses), SQLite,
SQLCipher and OpenSSL inside the sqlcipher3 wheel, our fonts and icons.

Written by hand rather than with pip-licenses: that tool lists whatever is in
the environment (pytest, ruff, PyInstaller too) and knows nothing of the
libraries compiled into the wheels.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "resources" / "licenses"
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    texts: tuple[tuple[str, str], ...]  # (file name, text)
    note: str = ""


# Shipped inside a wheel (or by us) without a dist-info of its own: what, licence, texts.
EMBEDDED: tuple[tuple[str, str, str, tuple[Path, ...]], ...] = (
    (
        "Qt 6 (inside PySide6-Essentials and shiboken6)",
        "LGPL-3.0-only",
        "Qt is linked dynamically: its libraries are separate files in the installation "
        "folder and may be replaced by a compatible build. Source: https://download.qt.io/",
        (LICENSES / "LGPL-3.0.txt",),
    ),
    (
        "SQLCipher 4 (inside sqlcipher3)",
        "BSD-3-Clause",
        "",
        (LICENSES / "SQLCipher.txt",),
    ),
    (
        "SQLite (inside sqlcipher3)",
        "public domain",
        "SQLite is in the public domain: https://sqlite.org/copyright.html",
        (),
    ),
    (
        "OpenSSL 3 (inside sqlcipher3 and cryptography)",
        "Apache-2.0",
        "",
        (LICENSES / "Apache-2.0.txt",),
    ),
    (
        "DejaVu fonts (resources/fonts)",
        "Bitstream Vera / Arev fonts licence",
        "",
        (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt",),
    ),
    (
        "Lucide icons (resources/icons)",
        "ISC",
        "",
        (ROOT / "resources" / "icons" / "LICENSE",),
    ),
)


# Wheels without a licence file: where their text is.
WITHOUT_FILES = {
    "pyside6-essentials": "LGPL-3.0: the text is under Qt 6 below; GPL-3.0: see LICENSE.",
    "shiboken6": "LGPL-3.0: the text is under Qt 6 below; GPL-3.0: see LICENSE.",
}
# Licences a package's metadata does not name (read from its licence file).
NAMED = {"sqlcipher3": "Zlib"}


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "vwdesk") -> list[md.Distribution]:
    """`root` and everything it needs to run (no extras), each once, sorted by name."""
    seen: dict[str, md.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in seen:
            continue
        dist = md.distribution(name)
        seen[_key(name)] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    seen.pop(_key(root))
    return [seen[k] for k in sorted(seen)]


def _licence_name(meta) -> str:
    if _key(meta["Name"]) in NAMED:
        return NAMED[_key(meta["Name"])]
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []]
    found = [c for c in classifiers if "License" in c or "GPL" in c]
    return ", ".join(found) or "see the text below"


def _dist_texts(dist: md.Distribution) -> tuple[tuple[str, str], ...]:
    out = []
    for file in dist.files or []:
        path = str(file)
        if ".dist-info/" in path and _LICENCE_FILE.search(path):
            text = Path(file.locate()).read_text(encoding="utf-8", errors="replace")
            out.append((Path(path).name, text))
    return tuple(out)


def _python() -> Component:
    candidates = [
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows installs
        Path(sysconfig.get_paths(vars={"base": sys.base_prefix})["stdlib"]) / "LICENSE.txt",
    ]
    found = next((p for p in candidates if p.is_file()), None)
    texts = (("LICENSE.txt", found.read_text(encoding="utf-8", errors="replace")),) if found else ()
    version = ".".join(map(str, sys.version_info[:3]))
    return Component("Python", version, "PSF-2.0", texts)


def components() -> list[Component]:
    out = [_python()]
    for dist in runtime_distributions():
        texts = _dist_texts(dist)
        note = ""
        if _key(dist.metadata["Name"]) in WITHOUT_FILES:
            note = WITHOUT_FILES[_key(dist.metadata["Name"])]
        out.append(
            Component(
                dist.metadata["Name"], dist.version, _licence_name(dist.metadata), texts, note
            )
        )
    for name, licence, note, files in EMBEDDED:
        texts = tuple((f.name, f.read_text(encoding="utf-8")) for f in files)
        out.append(Component(name, "", licence, texts, note))
    return out


def notices(version: str) -> str:
    parts = [
        f"vwdesk {version}: third-party notices",
        "",
        "vwdesk is free software under the GNU General Public License, version 3 or later",
        "(LICENSE). It ships the components below, each under its own licence.",
        "",
    ]
    found = components()
    parts += [f"  {c.name} {c.version}".rstrip() + f"  ({c.licence})" for c in found]
    for c in found:
        title = f"{c.name} {c.version}".rstrip() + f"  ({c.licence})"
        parts += ["", "", title, "=" * len(title)]
        if c.note:
            parts += ["", c.note]
        for file_name, text in c.texts:
            parts += ["", f"--- {file_name} ---", "", text.strip()]
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(notices(md.version("vwdesk")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
