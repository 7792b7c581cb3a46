"""The facade over one unlocked data file for one signed-in user (Anki's Collection).

Every service hangs off a Workspace; the UI and the CLI hold a Workspace and
nothing below it. Each service call is one unit of work (`ws.unit()`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vwdesk.db.datafile import DataFile
from vwdesk.db.records import AccountRecord
from vwdesk.domain.accounts import CurrentUser, check_password, check_username
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import AuthenticationError, PermissionDenied
from vwdesk.domain.permissions import Permission
from vwdesk.security.kdf import KdfParams
from vwdesk.security.throttle import SignInThrottle
from vwdesk.services.accounts import AccountService
from vwdesk.services.audit import AuditTrail
from vwdesk.services.audit_view import AuditViewService
from vwdesk.services.auto_backup import AutoBackupService
from vwdesk.services.backup import BackupService
from vwdesk.services.checklist_templates import ChecklistTemplateService
from vwdesk.services.checklists import ChecklistService
from vwdesk.services.clients import ClientService
from vwdesk.services.contacts import ContactService
from vwdesk.services.deadlines import DeadlineService
from vwdesk.services.debt import DebtService
from vwdesk.services.dossiers import DossierService
from vwdesk.services.figures import FiguresService
from vwdesk.services.home_visits import HomeVisitService
from vwdesk.services.households import HouseholdService
from vwdesk.services.importing import ImportService
from vwdesk.services.importing.export import TemplateExportService
from vwdesk.services.integrity import IntegrityService
from vwdesk.services.list_export import ListExportService
from vwdesk.services.overview import OverviewService
from vwdesk.services.privacy import PrivacyService
from vwdesk.services.pvt import PvtService
from vwdesk.services.referrals import ReferralService
from vwdesk.services.report import ReportService
from vwdesk.services.seed import seed_new_file
from vwdesk.services.sessions import SessionService
from vwdesk.services.settings import SettingsService
from vwdesk.services.team import TeamService
from vwdesk.services.trajectories import TrajectoryService


class Workspace:
    def __init__(self, datafile: DataFile, user: CurrentUser):
        self.datafile = datafile
        self.user = user
        self._sessions = sessionmaker(bind=datafile.engine, expire_on_commit=False)
        self.audit = AuditTrail(datafile.audit_key())

    # -- opening ---------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        username: str,
        password: str,
        *,
        display_name: str = "",
        params: KdfParams | None = None,
        settings: dict[str, str] | None = None,
    ) -> tuple[Workspace, str]:
        """A new file with its first team-leader account; returns the recovery key too."""
        username = check_username(username)
        check_password(password)

        def seed(conn):
            seed_new_file(conn, username, display_name or username, settings or {})

        created = DataFile.create(path, username, password, params=params, seed=seed)
        ws = cls._signed_in(created.datafile, username)
        with ws.unit() as s:
            ws.audit.record(s, ws.user.account_id, "file.create")
        return ws, created.recovery_key

    @classmethod
    def open(
        cls, path: Path, username: str, password: str, *, read_only: bool = False
    ) -> Workspace:
        """Sign in. `read_only` (for `vwdesk check`) writes nothing, not even the audit event."""
        username = username.strip().lower()
        throttle = SignInThrottle(Path(path))
        try:
            datafile = DataFile.open(path, username, password, read_only=read_only)
        except AuthenticationError:
            throttle.failed()
            raise
        try:
            ws = cls._signed_in(datafile, username)
        except AuthenticationError:
            throttle.failed()
            raise
        try:
            if not read_only:
                failures = throttle.succeeded()
                with ws.unit() as s:
                    if failures:
                        ws.audit.record(s, None, "sign_in.failed", detail={"count": failures})
                    ws.audit.record(s, ws.user.account_id, "sign_in")
            return ws
        except BaseException:
            datafile.close()
            raise

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str) -> Workspace:
        """Signed in as the recovery key: a team leader's rights, to reset a password."""
        datafile = DataFile.open(path, "", recovery_key, recovery=True)
        user = CurrentUser(0, "recovery", "Recovery key", Role.TEAM_LEADER)
        ws = cls(datafile, user)
        with ws.unit() as s:
            ws.audit.record(s, None, "sign_in.recovery_key")
        return ws

    @classmethod
    def _signed_in(cls, datafile: DataFile, username: str) -> Workspace:
        with Session(datafile.engine) as s:
            acc = s.scalar(select(AccountRecord).where(AccountRecord.username == username))
        if acc is None or acc.disabled:
            datafile.close()
            raise AuthenticationError("wrong user name or password")
        user = CurrentUser(
            account_id=acc.id,
            username=acc.username,
            display_name=acc.display_name or acc.username,
            role=Role(acc.role),
            volunteer_id=acc.volunteer_id,
        )
        return cls(datafile, user)

    # -- units of work -----------------------------------------------------------------
    @contextlib.contextmanager
    def unit(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def require(self, permission: Permission) -> None:
        if not self.user.can(permission):
            raise PermissionDenied(f"the role {self.user.role.value} may not {permission.value}")

    # -- services (created on first use; each is small and stateless) --------------------
    @property
    def accounts(self) -> AccountService:
        return AccountService(self)

    @property
    def settings(self) -> SettingsService:
        return SettingsService(self)

    @property
    def backups(self) -> BackupService:
        return BackupService(self)

    @property
    def auto_backup(self) -> AutoBackupService:
        return AutoBackupService(self)

    @property
    def audit_view(self) -> AuditViewService:
        return AuditViewService(self)

    @property
    def privacy(self) -> PrivacyService:
        return PrivacyService(self)

    @property
    def integrity(self) -> IntegrityService:
        return IntegrityService(self)

    @property
    def figures(self) -> FiguresService:
        return FiguresService(self)

    @property
    def deadlines(self) -> DeadlineService:
        return DeadlineService(self)

    @property
    def dossiers(self) -> DossierService:
        return DossierService(self)

    @property
    def overview(self) -> OverviewService:
        return OverviewService(self)

    @property
    def sessions(self) -> SessionService:
        return SessionService(self)

    @property
    def contacts(self) -> ContactService:
        return ContactService(self)

    @property
    def home_visits(self) -> HomeVisitService:
        return HomeVisitService(self)

    @property
    def report(self) -> ReportService:
        return ReportService(self)

    @property
    def importer(self) -> ImportService:
        return ImportService(self)

    @property
    def template_export(self) -> TemplateExportService:
        return TemplateExportService(self)

    @property
    def list_export(self) -> ListExportService:
        return ListExportService(self)

    @property
    def checklists(self) -> ChecklistService:
        return ChecklistService(self)

    @property
    def checklist_templates(self) -> ChecklistTemplateService:
        return ChecklistTemplateService(self)

    @property
    def debt(self) -> DebtService:
        return DebtService(self)

    @property
    def pvt(self) -> PvtService:
        return PvtService(self)

    @property
    def referrals(self) -> ReferralService:
        return ReferralService(self)

    @property
    def trajectories(self) -> TrajectoryService:
        return TrajectoryService(self)

    @property
    def clients(self) -> ClientService:
        return ClientService(self)

    @property
    def households(self) -> HouseholdService:
        return HouseholdService(self)

    @property
    def team(self) -> TeamService:
        return TeamService(self)

    def rebind(self) -> None:
        """After a key rotation the data file has a new engine; sessions follow it."""
        self._sessions = sessionmaker(bind=self.datafile.engine, expire_on_commit=False)
        self.audit = AuditTrail(self.datafile.audit_key())

    @property
    def is_open(self) -> bool:
        return self.datafile.is_open

    def close(self) -> None:
        self.datafile.close()
