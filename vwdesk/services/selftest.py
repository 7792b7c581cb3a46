"""`vwdesk selftest`: does this installation work, from the data files to the window?

Written for the packaged build, where a module or data file PyInstaller did
not bundle only shows when it is used: each step uses one part for real, in a
temporary folder that is removed at the end (the demo's people are invented,
but a selftest leaves nothing behind on an office laptop either way).

Steps, in order; a failed step skips the ones after it, the folder is always
removed:

1. data files: fonts, icons, our Dutch catalogue, deadline rules, the
   Alembic scripts, pycountry's Dutch country names;
2. demo file: the Lansingerland demo, encrypted (no plain SQLite header);
3. integrity: what `vwdesk check` checks, on that file;
4. figures: the 2017 figures as JSON equal the seed report's, and the report
   model (what the PDF draws) phrases them as the seed report does;
5. pdf: the 2017 report written, and its structure read back without
   ReportLab (selftest_pdf.py): a complete PDF, at least the pages the
   figures fill, fonts embedded;
6. window: given by the caller (vwdesk/ui/selftest_window.py), since
   nothing here may import Qt;
7. cleanup: the temporary folder is gone.

Why not read the PDF's text back: that needs pypdf at run time, a PDF
parser shipped to every laptop only to check our own output. The words and
numbers are decided in the report model and checked there; that the builder
draws the model faithfully is tested with pypdf in tests/export/.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

YEAR = 2017
# The seed report's numbers (shared/seed/jaarverslag-2017-lansingerland.txt), by JSON path.
EXPECTED_FIGURES: dict[tuple[str, ...], int] = {
    ("housed", "total"): 106,
    ("housed", "adults"): 60,
    ("housed", "children"): 46,
    ("housed", "men"): 23,
    ("housed", "women"): 37,
    ("housed", "girls"): 27,
    ("housed", "boys"): 19,
    ("housed", "by_nationality", "SY"): 69,
    ("housed", "dwellings"): 37,
    ("target", "backlog_start"): 44,
    ("target", "backlog_end"): 18,
    ("contacts", "social_guidance"): 1551,
    ("contacts", "info_point"): 260,
    ("contacts", "legal"): 446,
    ("reunification", "new"): 12,
    ("reunification", "total"): 37,
    ("reunification", "successful"): 21,
    ("trajectories", "settlement_started"): 60,
    ("trajectories", "integration_started"): 88,
    ("projects", "VIP", "participants"): 11,
    ("projects", "VIP", "trainers"): 2,
    ("projects", "VIP", "coaches"): 5,
    ("sessions", "avg_contacts_by_location", "De Hergerborch"): 8,
    ("home_visits", "total"): 45,
    ("volunteers", "start"): 27,
    ("volunteers", "end"): 18,
    ("staff", "paid_start"): 3,
}
# The same numbers as the Dutch report words them.
EXPECTED_PHRASES = (
    "Lansingerland: 2017 in vogelvlucht",
    "106 statushouders gehuisvest",
    "een achterstand van 44 (uit 2016) op de door het Rijk vastgestelde taakstelling "
    "verkleind tot 18",
    "60 volwassenen, 46 kinderen",
    "23 mannen, 37 vrouwen, 27 meisjes, 19 jongens",
    "veruit grootste groep: Syriërs 69",
    "er zijn 37 woningen beschikbaar gesteld",
    "1551 contacten spreekuur maatschappelijke begeleiding",
    "260 contacten infopunt",
    "446 contacten juridisch spreekuur/gezinshereniging",
    "12 nieuwe dossiers in 2017",
    "totaal aantal dossiers: 37",
    "21 succesvol afgeronde dossiers",
    "60 gestarte trajecten mb, eerste jaar",
    "88 gestarte trajecten mb, tweede jaar",
    "gemiddeld 8 contacten per spreekuur in De Hergerborch",
    "45 huisbezoeken",
)
# The 2017 figures with their charts fill three A4 pages before any of the team's prose;
# the prose (the demo's own, which changes as it is written) only adds pages. Fewer pages
# means a report cut short. tests/cli/test_selftest_pdf.py counts the pages with pypdf too.
MIN_PAGES = 3
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")

# (data file, user, password) -> one line saying what was seen; raises when it failed.
# The import step's folder: one household with one client and two contacts with them,
# in the template's columns (shared/spec/import-and-cli.md).
IMPORT_FILES = {
    "households.csv": "household_ref,housed_on,address,postcode,city\n"
    "ST-H1,2020-03-02,Dorpsstraat 1,2651 AB,Bergschenhoek\n",
    "clients.csv": "client_ref,household_ref,first_name,last_name,birth_date,sex,nationality\n"
    "ST-C1,ST-H1,Selma,Testpersoon,1990-05-06,F,Syrië\n",
    "contacts.csv": "date,kind,channel,client_ref,minutes,topics,contact_ref\n"
    "2020-03-09,social_guidance,consultation,ST-C1,30,huur,ST-K1\n"
    "2020-03-16,social_guidance,phone,ST-C1,15,,ST-K2\n",
}
IMPORT_ADDED = {"households": 1, "clients": 1, "contacts": 2}

WindowCheck = Callable[[Path, str, str], str]


class SelfTestFailure(Exception):
    """A step found something wrong; the message is the step's one line."""


@dataclass(frozen=True)
class StepResult:
    name: str
    status: str  # "ok" | "FAILED" | "skipped"
    detail: str
    seconds: float
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class SelfTest:
    """One run: a fresh temporary folder, the steps in order, the folder removed."""

    def __init__(self, window: WindowCheck | None = None, *, kdf_params=None) -> None:
        from vwdesk.security.kdf import KdfParams

        self._window = window
        # The floor of Argon2id: the file lives for seconds and holds invented people;
        # calibrating would only make the selftest slower.
        self._params = kdf_params or KdfParams()
        self.folder: Path | None = None

    @property
    def data_file(self) -> Path:
        assert self.folder is not None
        return self.folder / "selftest.vwdesk"

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        steps = [
            ("data files", self.check_data_files),
            ("demo file", self.make_demo),
            ("integrity", self.check_integrity),
            ("figures", self.check_figures),
            ("pdf", self.check_pdf),
            ("import", self.check_import),
        ]
        if self._window is not None:
            steps.append(("window", self.check_window))
        return steps

    def run(self, report: Callable[[StepResult], None]) -> bool:
        """Run every step, reporting each as it ends; True when all of them passed."""
        self.folder = Path(tempfile.mkdtemp(prefix="vwdesk-selftest-"))
        passed = True
        try:
            for name, step in self.steps():
                if not passed:
                    report(StepResult(name, "skipped", "after the failure above", 0.0))
                    continue
                result = _timed(name, step)
                passed = passed and result.ok
                report(result)
        finally:
            result = _timed("cleanup", self.remove_folder)
            passed = passed and result.ok
            report(result)
        return passed

    # -- the steps -----------------------------------------------------------------------
    def check_data_files(self) -> str:
        from vwdesk.db import migrate
        from vwdesk.export.report_texts import country_name
        from vwdesk.resources import resource
        from vwdesk.services.deadlines import default_rule_rows

        missing = [
            "/".join(parts)
            for parts in (
                *(("fonts", name) for name in FONT_FILES),
                ("icons", "heart-handshake.svg"),
                ("icons", "LICENSE"),
                ("translations", "vwdesk_nl.qm"),
            )
            if not resource(*parts).is_file() or resource(*parts).stat().st_size == 0
        ]
        if missing:
            raise SelfTestFailure(f"missing from {resource()}: {', '.join(missing)}")
        icons = len(list(resource("icons").glob("*.svg")))
        rules = len(default_rule_rows())
        head = migrate.script_head_revision()  # the packaged scripts, not the constant
        if not head:
            raise SelfTestFailure(f"no migration scripts in {migrate.MIGRATIONS}")
        if country_name("DE", "nl") != "Duitsland":
            raise SelfTestFailure("pycountry's Dutch country names are missing")
        return (
            f"{len(FONT_FILES)} fonts, {icons} icons, Dutch catalogue, {rules} deadline rules, "
            f"schema {head}, Dutch country names"
        )

    def make_demo(self) -> str:
        from vwdesk.services.demo import build_demo

        build_demo(self.data_file, params=self._params)
        with self.data_file.open("rb") as fh:
            if fh.read(16) == b"SQLite format 3\x00":
                raise SelfTestFailure("the demo file is plain SQLite, not encrypted")
        size = self.data_file.stat().st_size // 1024
        return f"{self.data_file.name}, {size} KiB, encrypted (no plain SQLite header)"

    def check_integrity(self) -> str:
        with self._open(read_only=True) as ws:
            report = ws.integrity.check()
        if not report.ok:
            problems = [*report.cipher_problems, *report.page_problems, *report.audit_problems]
            if report.foreign_key_problems:
                problems.append(f"{report.foreign_key_problems} broken references")
            if report.schema_revision != report.schema_expected:
                problems.append(
                    f"schema {report.schema_revision}, expected {report.schema_expected}"
                )
            raise SelfTestFailure("; ".join(problems[:5]))
        return f"encryption, pages, references, schema {report.schema_revision}, audit trail"

    def check_figures(self) -> str:
        with self._open() as ws:
            figures = ws.report.export_json(YEAR)
            model = ws.report.model(YEAR, "nl")
        wrong = []
        for path, expected in EXPECTED_FIGURES.items():
            value = _lookup(figures, path)
            if value != expected:
                wrong.append(f"{'.'.join(path)} is {value}, expected {expected}")
        if wrong:
            raise SelfTestFailure(f"{len(wrong)} figures differ: {'; '.join(wrong[:3])}")
        text = re.sub(r"\s+", " ", model.all_text())
        absent = [phrase for phrase in EXPECTED_PHRASES if phrase not in text]
        if absent:
            raise SelfTestFailure(f"the report does not say: {'; '.join(absent[:3])}")
        return (
            f"{YEAR}: {len(EXPECTED_FIGURES)} figures equal the seed report's, "
            f"{len(EXPECTED_PHRASES)} sentences in the report"
        )

    def check_pdf(self) -> str:
        from vwdesk.services.selftest_pdf import NotAPdf, inspect_pdf

        path = self.folder / f"jaarverslag-{YEAR}.pdf"
        with self._open() as ws:
            ws.report.export_pdf(YEAR, path, "nl")
        try:
            facts = inspect_pdf(path)
        except NotAPdf as exc:
            raise SelfTestFailure(f"{path.name} is not a valid PDF: {exc}") from exc
        if facts.pages < MIN_PAGES:
            raise SelfTestFailure(f"{facts.pages} pages, expected at least {MIN_PAGES}")
        if facts.embedded_fonts < 1 or facts.standard_fonts:
            raise SelfTestFailure("the fonts are not embedded")
        return (
            f"{path.name}: PDF {facts.version}, {facts.pages} pages, {facts.size // 1024} KiB, "
            f"{facts.embedded_fonts} embedded fonts"
        )

    def check_import(self) -> str:
        """A small template folder imported into the demo file, then again: what the
        bulk writer needs (orjson, SQLite's JSON functions) is in the build."""
        folder = self.folder / "import"
        folder.mkdir()
        for name, text in IMPORT_FILES.items():
            (folder / name).write_text(text, encoding="utf-8")
        with self._open() as ws:
            first = ws.importer.run(folder)
            again = ws.importer.run(folder)
        added = {k: c.added for k, c in first.tables.items()}
        if added != IMPORT_ADDED:
            raise SelfTestFailure(f"the import added {added}, expected {IMPORT_ADDED}")
        if again.changed:
            raise SelfTestFailure("importing the same folder again changed the file")
        rows = ", ".join(f"{k} {n}" for k, n in added.items())
        return f"{rows} added; the same folder again changed nothing"

    def check_window(self) -> str:
        from vwdesk.services.demo import DEMO_PASSWORD, TEAM_LEADER_USER

        assert self._window is not None
        return self._window(self.data_file, TEAM_LEADER_USER, DEMO_PASSWORD)

    def remove_folder(self) -> str:
        """Retried briefly: on Windows a virus scanner may hold a new file for a moment."""
        folder = self.folder
        if folder is None or not folder.exists():
            return "nothing to remove"
        for attempt in range(10):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                return f"removed {folder}"
            time.sleep(0.1 * (attempt + 1))
        raise SelfTestFailure(f"could not remove {folder}; delete it by hand")

    # -- helpers -------------------------------------------------------------------------
    def _open(self, *, read_only: bool = False):
        from vwdesk.services.demo import DEMO_PASSWORD, TEAM_LEADER_USER
        from vwdesk.services.workspace import Workspace

        return contextlib.closing(
            Workspace.open(self.data_file, TEAM_LEADER_USER, DEMO_PASSWORD, read_only=read_only)
        )


def _lookup(data: dict, path: tuple[str, ...]):
    node: object = data
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _timed(name: str, step: Callable[[], str]) -> StepResult:
    start = time.perf_counter()
    try:
        detail = step()
    except Exception as exc:
        reason = str(exc) if isinstance(exc, SelfTestFailure) else f"{type(exc).__name__}: {exc}"
        first_line = reason.strip().splitlines()[0] if reason.strip() else type(exc).__name__
        return StepResult(name, "FAILED", first_line, time.perf_counter() - start, exc)
    return StepResult(name, "ok", detail, time.perf_counter() - start)
