"""One account beside the accounts list: its form and contacts, timeline and change history, and the
actions on it (log a visit, record feedback, assess loyalty, its board and review, churn).

The accounts page builds it when the first account is opened: until then the pane shows a hint, and
the window starts without building or importing any of this."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.rules.vocab import Status
from kamdesk.services import accounts, churn
from kamdesk.services.accounts import AccountDraft
from ui.accounts.account_form import AccountForm
from ui.accounts.changes_view import ChangesView
from ui.accounts.contacts_panel import ContactsPanel
from ui.accounts.delivery_panel import DeliveryPanel
from ui.accounts.relationships_panel import RelationshipsPanel
from ui.accounts.timeline_view import TimelineView
from ui.accounts.value_panel import ValuePanel
from ui.common import messages, operations, plain_text
from ui.common.account_dialogs import AccountDialog, AccountDialogs
from ui.common.flow_layout import FlowLayout
from ui.common.patience import patiently
from ui.common.scrolling_tabs import ScrollingTabs


class AccountDetail(QWidget):
    sig_saved = Signal(int)
    """The account was saved (or restored from the archive); carries its id."""
    sig_removed = Signal(int, str)
    """The account was archived or deleted; carries its id and "archived" or "deleted"."""
    sig_contacts_changed = Signal(int)
    """A contact of the account was added, changed or removed; carries the account id."""
    sig_recorded = Signal(int)
    """A visit, feedback, loyalty assessment or churn was recorded for the account; carries its id."""
    sig_open_board = Signal(int)
    """The user wants the account's 1-2-4 board; carries the account id."""
    sig_account_review = Signal(int)
    """The user wants the account's printable review; carries the account id."""

    def __init__(self, user: Actor, dialogs: AccountDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._dialogs = dialogs
        self.form = AccountForm(user)
        self.contacts = ContactsPanel(user)
        profile = QWidget()
        profile_layout = QVBoxLayout(profile)
        profile_layout.addWidget(self.form)
        profile_layout.addWidget(self.contacts)
        profile_layout.addStretch()
        profile_scroll = QScrollArea()
        profile_scroll.setWidgetResizable(True)
        profile_scroll.setWidget(profile)
        self.timeline = TimelineView()
        self.detail_tabs = ScrollingTabs()
        self.detail_tabs.addTab(profile_scroll, self.tr("Profile"))
        self.detail_tabs.addTab(self.timeline, self.tr("Timeline"))
        self.value_panel = ValuePanel(user)
        self.detail_tabs.add_scrolling(self.value_panel, self.tr("Value"))
        self.delivery_panel = DeliveryPanel(user)
        self.detail_tabs.add_scrolling(self.delivery_panel, self.tr("Deliveries"))
        self.relationships_panel = RelationshipsPanel(user)
        self.detail_tabs.add_scrolling(self.relationships_panel, self.tr("Relationships"))
        self.changes_view = ChangesView()
        self.detail_tabs.addTab(self.changes_view, self.tr("Changes"))
        self.log_visit_button = QPushButton(self.tr("Log visit…"))
        self.log_visit_button.setToolTip(self.tr("Write down a visit, call or meeting (Ctrl+L)"))
        self.log_visit_button.setProperty("role", "primary")
        self.feedback_button = QPushButton(self.tr("Record feedback…"))
        self.feedback_button.setToolTip(self.tr("A complaint, praise or suggestion heard outside a visit"))
        self.loyalty_button = QPushButton(self.tr("Assess loyalty…"))
        self.survey_button = QPushButton(self.tr("Satisfaction…"))
        self.survey_button.setToolTip(
            self.tr("The short survey: overall and for each guarantee, five points")
        )
        self.brief_button = QPushButton(self.tr("Visit brief"))
        self.brief_button.setToolTip(
            self.tr("One page before a visit: who you meet, open promises and complaints, cards at risk, "
                    "three questions to ask")
        )  # fmt: skip
        self.review_button = QPushButton(self.tr("Account review"))
        self.review_button.setToolTip(self.tr("Print this account's review for the last full quarter"))
        self.churn_button = QPushButton(self.tr("Mark churned…"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.board_button = QPushButton(self.tr("1-2-4 board"))
        self.board_button.setToolTip(
            self.tr("Open this account's board: one communication, two alignments, four guarantees")
        )
        self._account_actions = (
            self.log_visit_button, self.feedback_button, self.loyalty_button, self.survey_button,
            self.board_button, self.review_button, self.brief_button,
        )  # fmt: skip
        self._action_tips = {button: button.toolTip() for button in self._account_actions}
        # Rows that wrap, so the labels fit the detail pane at any width (no "2-4 看" stubs).
        looks = FlowLayout()
        looks.addWidget(self.brief_button)
        looks.addWidget(self.board_button)
        looks.addWidget(self.review_button)
        looks.addWidget(self.churn_button, trailing=True)
        looks.addWidget(self.reactivate_button)
        records = FlowLayout()
        records.addWidget(self.survey_button, trailing=True)
        records.addWidget(self.loyalty_button)
        records.addWidget(self.feedback_button)
        records.addWidget(self.log_visit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(looks)
        layout.addLayout(records)
        layout.addWidget(self.detail_tabs)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.form.sig_saved.connect(self._on_form_saved)
        self.form.sig_restored.connect(self._on_form_saved)
        self.form.sig_removed.connect(self._on_form_removed)
        self.form.sig_churn_asked.connect(self._on_churn_clicked)
        self.contacts.sig_changed.connect(self.sig_contacts_changed)
        self.log_visit_button.clicked.connect(self.log_visit)
        self.feedback_button.clicked.connect(self._on_feedback_clicked)
        self.loyalty_button.clicked.connect(self._on_loyalty_clicked)
        self.survey_button.clicked.connect(lambda: self._record(self._dialogs.survey))
        self.board_button.clicked.connect(self._on_board_clicked)
        self.review_button.clicked.connect(self._on_review_clicked)
        self.brief_button.clicked.connect(self._on_brief_clicked)
        self.churn_button.clicked.connect(self._on_churn_clicked)
        self.reactivate_button.clicked.connect(self._on_reactivate_clicked)
        self.timeline.sig_open_visit.connect(self.open_visit_form)
        self.detail_tabs.currentChanged.connect(self._show_history_if_visible)
        self.value_panel.sig_changed.connect(self.sig_recorded)
        self.delivery_panel.sig_changed.connect(self.sig_recorded)
        self.relationships_panel.sig_changed.connect(self.sig_recorded)

    @property
    def account_id(self) -> int | None:
        """The open account's id; None for a new account not saved yet."""
        return self.form.account_id

    def open_account(self, account_id: int) -> None:
        draft = accounts.get_account(account_id)
        self.form.load(draft)
        self.contacts.set_account(account_id, read_only=draft.archived)
        self.timeline.set_account(account_id)
        self._show_history_if_visible()
        self._show_standing(draft)

    def _show_standing(self, draft: AccountDraft) -> None:
        """What may be done with the account as it stands: churned, archived or neither."""
        undated = draft.status == Status.CHURNED and draft.id is not None and churn.is_undated(draft.id)
        self.churn_button.setVisible((draft.status != Status.CHURNED or undated) and not draft.archived)
        self.churn_button.setText(self.tr("Complete churn…") if undated else self.tr("Mark churned…"))
        self.reactivate_button.setVisible(draft.status == Status.CHURNED and not draft.archived)
        archived = self.tr("The account is archived: Restore, on its form, to record anything on it.")
        self._enable_account_actions(not draft.archived, archived if draft.archived else "")
        self.contacts.set_read_only(draft.archived)

    def new_account(self) -> None:
        """An empty form for a new account owned by the rep, the cursor in its code."""
        self.form.load(AccountDraft(owner_id=self._user.id))
        self.contacts.set_account(None)
        self.timeline.set_account(None)
        self._enable_account_actions(False, self.tr("Save the account first."))
        self.churn_button.hide()  # nothing to lose or win back before it is saved
        self.reactivate_button.hide()
        self.detail_tabs.setCurrentIndex(0)
        self.form.code_edit.setFocus()

    def refresh(self) -> None:
        """Read the open account again (after changes made elsewhere: a hand-over, another seat): its
        fields unless the rep is editing them, its timeline and history."""
        account_id = self.account_id
        if account_id is not None:
            operations.query(
                self.form, lambda: accounts.get_account(account_id), self._reread, self._not_reread
            )
            self.timeline.refresh()
            self._show_history_if_visible()

    def _reread(self, draft: AccountDraft) -> None:
        if draft.id != self.account_id:
            return
        if not self.form.is_dirty():  # unsaved edits are kept
            self.form.load(draft)
        self._show_standing(draft)

    def _not_reread(self, problem: object) -> None:
        if not isinstance(problem, errors.NotFoundError):  # erased meanwhile: the list drops it
            operations.said_not_read(self.form, problem)

    def confirm_leave(self) -> bool:
        return self.form.confirm_leave()

    def open_visit_form(self, visit_id: int | None = None, restore: bool = False) -> QDialog | None:
        """The visit form for the open account (a new visit, or `visit_id`); None without an account.
        `restore`: with the notes kept unsaved brought back."""
        account_id = self.account_id
        if account_id is None:
            return None
        form = self._dialogs.visit(account_id, self._user, visit_id, self, restore=restore)
        form.accepted.connect(lambda: self._after_visit_saved(account_id))
        form.open()
        return form

    @Slot()
    def log_visit(self) -> None:
        if self.account_id is not None and self.log_visit_button.isEnabled():
            self.open_visit_form()

    def _show_history_if_visible(self, *_args) -> None:
        """The change history and the value figures are read only while their tab is showing (an
        account may have thousands of changes; its figures add up a year of order lines)."""
        if self.detail_tabs.currentWidget() is self.changes_view:
            self.changes_view.show_account(self.account_id)
        if self.detail_tabs.currentWidget() is self.value_panel:
            draft = self.form.stored
            self.value_panel.show_account(self.account_id, read_only=draft.archived)
        if self.detail_tabs.currentWidget() is self.delivery_panel:
            self.delivery_panel.show_account(self.account_id, read_only=self.form.stored.archived)
        if self.detail_tabs.currentWidget() is self.relationships_panel:
            self.relationships_panel.show_account(self.account_id, read_only=self.form.stored.archived)

    def _enable_account_actions(self, enabled: bool, why: str = "") -> None:
        """The actions that work on a saved, live account; `why` they are off, as their tooltip."""
        for button in self._account_actions:
            button.setEnabled(enabled)
            button.setToolTip(self._action_tips[button] if enabled or not why else why)

    def _after_visit_saved(self, account_id: int) -> None:
        self.contacts.set_account(account_id)
        self.timeline.refresh()
        self.sig_recorded.emit(account_id)
        window = self.window()
        if isinstance(window, QMainWindow):  # said where a rep looks after closing a form
            window.statusBar().showMessage(self.tr("Visit saved: it is on the account's timeline."), 8000)

    def _after_recorded(self, account_id: int) -> None:
        if self.account_id == account_id and not self.form.is_dirty():
            self.open_account(account_id)  # loyalty or status may have changed
        self._after_visit_saved(account_id)

    def _record(self, make_dialog: AccountDialog, changes_account: bool = False) -> None:
        """Open a recording dialog; one that changes the account's own fields (churn, loyalty) first
        has the form's unsaved edits saved or dropped, so neither overwrites the other."""
        account_id = self.account_id
        if account_id is None or (changes_account and not self.form.confirm_leave()):
            return
        dialog = make_dialog(account_id, self._user, self)
        dialog.accepted.connect(lambda: self._after_recorded(account_id))
        dialog.open()

    # --- slots -------------------------------------------------------------------------------------
    @Slot(int)
    def _on_form_saved(self, account_id: int) -> None:
        draft = accounts.get_account(account_id)
        self.contacts.set_account(account_id, read_only=draft.archived)
        self._show_standing(draft)  # restored: its actions back
        self._show_history_if_visible()
        self.sig_saved.emit(account_id)

    @Slot(int, str)
    def _on_form_removed(self, account_id: int, outcome: str) -> None:
        if outcome != "deleted":
            self.contacts.set_account(account_id, read_only=True)
            self._show_standing(accounts.get_account(account_id))  # archived: read-only, said on the form
        self.sig_removed.emit(account_id, outcome)

    @Slot()
    def _on_churn_clicked(self) -> None:
        self._record(self._dialogs.churn, changes_account=True)

    @Slot()
    def _on_feedback_clicked(self) -> None:
        self._record(self._dialogs.feedback)

    @Slot()
    def _on_loyalty_clicked(self) -> None:
        self._record(self._dialogs.loyalty, changes_account=True)

    @Slot()
    def _on_reactivate_clicked(self) -> None:
        account_id = self.account_id
        if account_id is None:
            return
        answer = plain_text.question(
            self, self.tr("Reactivate"), self.tr("The customer is back: mark the account active again?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            patiently(lambda: churn.reactivate(account_id, actor=self._user))
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not changed"), messages.describe(exc))
            return
        self._after_recorded(account_id)
        self.open_account(account_id)

    @Slot()
    def _on_brief_clicked(self) -> None:
        if self.account_id is not None:
            self._dialogs.brief(self.account_id, self._user, self).open()

    @Slot()
    def _on_review_clicked(self) -> None:
        if self.account_id is not None:
            self.sig_account_review.emit(self.account_id)

    @Slot()
    def _on_board_clicked(self) -> None:
        if self.account_id is not None:
            self.sig_open_board.emit(self.account_id)
