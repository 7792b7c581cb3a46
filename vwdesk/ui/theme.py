"""One calm look for the whole application: Fusion, a soft light palette, one accent.

Colours are named once here; widgets ask for a role (`ACCENT`, `MUTED`) rather
than spelling hex codes, so the look stays consistent as tabs are added.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BACKGROUND = "#f5f6f8"
SURFACE = "#ffffff"
TEXT = "#1f2a33"
MUTED = "#5b6b78"
BORDER = "#d5dbe1"
ACCENT = "#2d6a86"  # calm blue-teal, also the icon colour
ACCENT_TEXT = "#ffffff"
ERROR = "#a2342b"
ERROR_BACKGROUND = "#fbeceb"
NOTICE = "#7a4b00"  # something to look at, not an error: text carried over from another year
NOTICE_BACKGROUND = "#fdf3e1"

STYLE_SHEET = f"""
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: {TEXT}; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#errorMessage {{
    color: {ERROR}; background: {ERROR_BACKGROUND};
    border: 1px solid #e9c2be; border-radius: 4px; padding: 8px;
}}
QFrame#notice {{
    background: {NOTICE_BACKGROUND}; border: 1px solid #ecd3a6; border-radius: 4px;
}}
QFrame#notice QLabel {{ color: {NOTICE}; }}
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: {BACKGROUND}; top: -1px; }}
QTabBar::tab {{
    padding: 7px 14px; margin-right: 2px; color: {MUTED};
    border: 1px solid transparent; border-bottom: none;
    border-top-left-radius: 4px; border-top-right-radius: 4px;
}}
QTabBar::tab:selected {{
    color: {TEXT}; background: {BACKGROUND}; border-color: {BORDER};
}}
QTabBar::tab:hover:!selected {{ color: {TEXT}; }}
/* The main window's eight tabs must all fit a 1024-wide window (main_window.py). */
QTabWidget#mainTabs > QTabBar::tab {{ padding: 7px 8px; }}
QPushButton#primary {{
    background: {ACCENT}; color: {ACCENT_TEXT}; border: 1px solid {ACCENT};
    border-radius: 4px; padding: 6px 18px; font-weight: 600;
}}
QPushButton#primary:disabled {{ background: #9fb9c6; border-color: #9fb9c6; }}
QStatusBar {{ color: {MUTED}; }}
QStatusBar QLabel {{ padding: 2px 8px; }}
"""


def palette() -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#eef1f4",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#eceff2",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8a97a3",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: ACCENT_TEXT,
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5ae"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa5ae"))
    return pal


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(palette())
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
