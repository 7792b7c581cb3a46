"""Render the login dialog and every tab of the main window to PNG, in Dutch.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py --out docs/screenshots

Builds the demo file in a temporary folder (an empty new file if the demo
builder is not there), signs in as the team leader through the real login
dialog, and saves login.png, tab-<key>.png for each tab, tab-beheer-<page>.png for
each page of Beheer, about.png and privacy.png, all at 1280x800. Uses the same
wiring as the application (vwdesk.app.build).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VWDESK_KDF_SECONDS", "0")  # a throwaway file: no need for slow keys

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1280, 800)
USER = "teamleider"
PASSWORD = "demo1234"


def make_file(folder: Path) -> Path:
    path = folder / "lansingerland.vwdesk"
    try:
        from vwdesk.services.demo import build_demo
    except ImportError:
        build_demo = None
    if build_demo is not None:
        build_demo(path)
        return path
    from vwdesk.services.workspace import Workspace

    print("no demo builder yet: using an empty file", file=sys.stderr)
    ws, _ = Workspace.create(path, USER, PASSWORD, display_name="Teamleider")
    ws.close()
    return path


def build_catalogue(folder: Path) -> Path:
    """lrelease the Dutch .ts into `folder`, so the script works without `make translations`."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    ts = ROOT / "resources" / "translations" / "vwdesk_nl.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(folder / "vwdesk_nl.qm")], check=True
    )
    return folder


def quiet_dialogs():
    """A DialogService that prints instead of opening modal boxes (nobody is there to click)."""
    from vwdesk.ui.dialogs import DialogService

    class PrintingDialogs(DialogService):
        def _say(self, kind: str, text: str) -> None:
            print(f"[{kind}] {text}", file=sys.stderr)

        def info(self, text, *, title=None, parent=None):
            self._say("info", text)

        def warning(self, text, *, title=None, parent=None):
            self._say("warning", text)

        def error(self, text, *, title=None, parent=None):
            self._say("error", text)

        def question(self, text, *, title=None, parent=None):
            self._say("question", text)
            return False

        def choose_open_file(self, **_kwargs):
            return None

        def choose_save_file(self, **_kwargs):
            return None

    return PrintingDialogs()


def settle(app, worker, timeout: float = 30.0) -> None:
    """Let queued work finish and the widgets repaint."""
    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        if not worker.busy:
            break
        if time.monotonic() > deadline:
            raise TimeoutError("the worker did not finish in time")
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.01)


def on_backdrop(widget, colour: str):
    """A dialog centred on a 1280x800 screen, as the user meets it."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    canvas = QPixmap(*SIZE)
    canvas.fill(QColor("#e4e8ec"))
    shot = widget.grab()
    painter = QPainter(canvas)
    x = (SIZE[0] - shot.width()) // 2
    y = (SIZE[1] - shot.height()) // 2
    painter.fillRect(x + 3, y + 4, shot.width(), shot.height(), QColor(0, 0, 0, 28))
    painter.drawPixmap(x, y, shot)
    painter.setPen(QColor(colour))
    painter.drawRect(x - 1, y - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    return canvas


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from vwdesk.app import build, configure_application
    from vwdesk.preferences import Preferences
    from vwdesk.ui import theme
    from vwdesk.ui.i18n import install_translators

    with tempfile.TemporaryDirectory(prefix="vwdesk-shots-") as tmp:
        folder = Path(tmp)
        data_file = make_file(folder)
        app = QApplication([sys.argv[0]])
        configure_application(app)
        translators = install_translators(app, args.lang, build_catalogue(folder))
        prefs = Preferences.load(folder / "preferences.json")
        gui = build(prefs, data_file, quit_app=lambda: None, dialogs=quiet_dialogs())
        written = []
        try:
            gui.controller.start()
            gui.login.username.setText(USER)
            gui.login.password.setText(PASSWORD)
            settle(app, gui.ctx.worker)
            target = args.out / "login.png"
            on_backdrop(gui.login, theme.BORDER).save(str(target))
            written.append(target)

            gui.login.submit()
            settle(app, gui.ctx.worker)
            if gui.ctx.workspace is None:
                raise SystemExit(f"could not sign in: {gui.login.error_text()}")
            gui.window.resize(*SIZE)
            for spec in gui.window.specs:
                gui.window.show_tab(spec.key)
                settle(app, gui.ctx.worker)
                gui.window.resize(*SIZE)
                settle(app, gui.ctx.worker)
                hint = gui.window.pages[spec.key].minimumSizeHint()
                if hint.width() > SIZE[0] - 20 or hint.height() > SIZE[1] - 120:
                    print(
                        f"warning: tab {spec.key} needs at least {hint.toTuple()}, "
                        f"more than a {SIZE[0]}x{SIZE[1]} screen has",
                        file=sys.stderr,
                    )
                target = args.out / f"tab-{spec.key}.png"
                gui.window.grab().save(str(target))
                written.append(target)

            # The pages inside Beheer, each as the team leader sees it.
            admin = gui.window.show_tab("beheer")
            for page in getattr(admin, "specs", ()):
                admin.show_page(page.key)
                settle(app, gui.ctx.worker)
                target = args.out / f"tab-beheer-{page.key}.png"
                gui.window.grab().save(str(target))
                written.append(target)

            about = gui.window.show_about()
            settle(app, gui.ctx.worker)
            target = args.out / "about.png"
            on_backdrop(about, theme.BORDER).save(str(target))
            written.append(target)
            about.close()

            privacy = gui.window.show_privacy()
            settle(app, gui.ctx.worker)
            target = args.out / "privacy.png"
            on_backdrop(privacy, theme.BORDER).save(str(target))
            written.append(target)
            privacy.close()
        finally:
            gui.shutdown()
            del translators
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
