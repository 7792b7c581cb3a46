"""What the Dossiers tab does when asked: the dialogs and the service calls behind them.

The controller of DossiersTab (which lays out and loads): every workflow opens a
dialog with open(), saves through ctx.run when OK is pressed, keeps the
dialog open with the service's problems when the input is refused, and
tells the other tabs through ctx.notify_changed when something was written.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from vwdesk.domain.dossiers import DossierDetail, DossierFilter
from vwdesk.domain.enums import DossierOutcome
from vwdesk.ui.errors import message_for
from vwdesk.ui.tabs.dossiers.arrivals_dialog import ArrivalsDialog
from vwdesk.ui.tabs.dossiers.dossier_dialogs import (
    CloseDialog,
    DossierDialog,
    MemberDialog,
    StepDialog,
    SubmitDialog,
)
from vwdesk.ui.tabs.dossiers.dossier_texts import problem_sentences
from vwdesk.ui.tabs.dossiers.rules_dialog import RulesDialog

if TYPE_CHECKING:
    from vwdesk.ui.context import UiContext
    from vwdesk.ui.tabs.dossiers.dossiers_view import DossiersTab


class DossierController(QObject):
    """The Dossiers tab's workflows; the tab lays out, loads and forwards its buttons here."""

    def __init__(self, tab: DossiersTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ctx: UiContext = tab.ctx
        self.dialog: QDialog | None = None

    def _show_dialog(self, dialog: QDialog) -> None:
        """open(), not exec(): the event loop keeps running, so tests can fill it in."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _submit(self, dialog: SubmitDialog, make_op, after=None) -> None:
        """Save when OK is pressed; close on success, show the problems in the dialog if not."""

        def submitted() -> None:
            op = make_op()
            self.ctx.run(
                op,
                on_success=lambda result: self._saved(dialog, result, after),
                on_failure=lambda exc: self._form_failed(dialog, exc),
                owner=self,
            )

        dialog.submitted.connect(submitted)
        self._show_dialog(dialog)

    def _saved(self, dialog: SubmitDialog, result: Any, after) -> None:
        dialog.finish()
        self._written(result)
        if after is not None:
            after(result)

    def _form_failed(self, dialog: SubmitDialog, exc: BaseException) -> None:
        dialog.show_problems(problem_sentences(exc) or [message_for(exc)])

    def _write(self, op, after=None) -> None:
        def done(result: Any) -> None:
            self._written(result)
            if after is not None:
                after(result)

        self.ctx.run(op, on_success=done, owner=self)

    def _written(self, _result: Any) -> None:
        self.ctx.notify_changed("dossiers")  # the main window refreshes this tab

    def new_dossier(self) -> None:
        today = self.tab.clock()
        dialog = DossierDialog(self.ctx, None, self.tab, today=today)

        def op():
            draft = dialog.value()
            return lambda ws: ws.dossiers.create(draft, today=today)

        def created(dossier_id: int) -> None:
            self.tab.current_id = dossier_id
            self.tab.filter_box.setCurrentIndex(
                self.tab.filter_box.findData(DossierFilter.OPEN.value)
            )

        self._submit(dialog, op, created)

    def _detail(self) -> DossierDetail | None:
        return self.tab.panel.detail

    def edit_dossier(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        dialog = DossierDialog(self.ctx, detail, self.tab)
        today = self.tab.clock()

        def op():
            draft = dialog.value()
            return lambda ws: ws.dossiers.update(detail.id, draft, today=today)

        self._submit(dialog, op)

    def mark_reviewed(self) -> None:
        detail, today = self._detail(), self.tab.clock()
        if detail is not None:
            self._write(lambda ws: ws.dossiers.mark_reviewed(detail.id, today=today))

    def close_dossier(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        today = self.tab.clock()
        dialog = CloseDialog(detail, self.tab, today=today)
        chosen: dict[str, Any] = {}

        def op():
            outcome, closed_on = dialog.value()
            chosen.update(outcome=outcome, closed_on=closed_on)
            return lambda ws: ws.dossiers.close(detail.id, outcome, closed_on, today=today)

        def closed(_result: Any) -> None:
            if chosen["outcome"] is not DossierOutcome.SUCCESSFUL:
                return
            waiting = detail.arrived_unregistered()
            if waiting and self.ctx.dialogs.question(
                self.tr(
                    "The dossier is closed. Register the %n family member(s) who arrived "
                    "as clients in the household of {referent}?",
                    "",
                    len(waiting),
                ).format(referent=detail.referent),
                parent=self.tab,
            ):
                self.register_arrivals(chosen["closed_on"])

        self._submit(dialog, op, closed)

    def reopen_dossier(self) -> None:
        detail = self._detail()
        if detail is not None and self.ctx.dialogs.question(
            self.tr("Reopen the dossier of {referent}?").format(referent=detail.referent),
            parent=self.tab,
        ):
            self._write(lambda ws: ws.dossiers.reopen(detail.id))

    def register_arrivals(self, housed_on: date | None = None) -> None:
        """Ask for the arrivals; the detail is reloaded first, so it knows the members now."""
        dossier_id = self.tab.current_id
        if dossier_id is None:
            return
        self.ctx.run(
            lambda ws: ws.dossiers.get(dossier_id),
            on_success=lambda detail: self._arrivals(detail, housed_on),
            owner=self,
        )

    def _arrivals(self, detail: DossierDetail, housed_on: date | None) -> None:
        if not detail.arrived_unregistered():
            return
        dialog = ArrivalsDialog(detail, housed_on or detail.closed_on or self.tab.clock(), self.tab)
        today = self.tab.clock()

        def op():
            drafts = dialog.value()
            return lambda ws: ws.dossiers.register_arrivals(detail.id, drafts, today=today)

        def registered(client_ids: list[int]) -> None:
            self.ctx.notify_changed("clients")
            self.ctx.dialogs.info(
                self.tr("%n client(s) registered in the household.", "", len(client_ids)),
                parent=self.tab,
            )

        self._submit(dialog, op, registered)

    def edit_member(self, member) -> None:
        detail = self._detail()
        if detail is None:
            return
        dialog = MemberDialog(member, self.tab)
        today = self.tab.clock()

        def op():
            draft = dialog.value()
            if member is None:
                return lambda ws: ws.dossiers.add_member(detail.id, draft, today=today)
            return lambda ws: ws.dossiers.update_member(member.id, draft, today=today)

        self._submit(dialog, op)

    def remove_member(self, member) -> None:
        if self.ctx.dialogs.question(
            self.tr("Remove {name} from this dossier?").format(name=member.name),
            parent=self.tab,
        ):
            self._write(lambda ws: ws.dossiers.remove_member(member.id))

    def edit_step(self, step) -> None:
        detail = self._detail()
        if detail is None:
            return
        today = self.tab.clock()
        dialog = StepDialog(step, self.tab, today=today)

        def op():
            draft = dialog.value()
            if step is None:
                return lambda ws: ws.dossiers.add_step(detail.id, draft, today=today)
            return lambda ws: ws.dossiers.update_step(step.id, draft, today=today)

        self._submit(dialog, op)

    def remove_step(self, step) -> None:
        if self.ctx.dialogs.question(self.tr("Remove this step?"), parent=self.tab):
            self._write(lambda ws: ws.dossiers.remove_step(step.id))

    # -- the rules -------------------------------------------------------------------------
    def edit_rules(self) -> None:
        self.ctx.run(lambda ws: ws.deadlines.rules(), on_success=self._rules, owner=self)

    def _rules(self, rules) -> None:
        dialog = RulesDialog(rules, self.tab)
        today = self.tab.clock()

        def save(rule_id: int | None, draft) -> None:
            def op(ws):
                if rule_id is None:
                    saved = ws.deadlines.create_rule(draft, today=today)
                else:
                    saved = ws.deadlines.update_rule(rule_id, draft, today=today)
                return saved.id, ws.deadlines.rules()

            self.ctx.run(
                op,
                on_success=lambda result: self._rule_saved(dialog, result),
                on_failure=lambda exc: dialog.show_problems(
                    problem_sentences(exc) or [message_for(exc)]
                ),
                owner=self,
            )

        dialog.save_requested.connect(save)
        dialog.finished.connect(lambda _r: self.tab.refresh())
        self._show_dialog(dialog)

    def _rule_saved(self, dialog: RulesDialog, result) -> None:
        rule_id, rules = result
        dialog.set_rules(rules, rule_id)
        self.ctx.notify_changed("deadlines")
