"""Preferences of this seat: the interface language, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors, paths
from kamdesk.actor import Actor
from kamdesk.services import office_settings
from ui.common import messages, plain_text
from ui.common import settings as keys
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel
from ui.common.settings import Settings


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        database: str,
        log_file: str,
        user: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._user = user
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)

        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Same as the system"), "")
        self.language_combo.addItem("中文(简体)", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(settings.value(keys.LANGUAGE)), 0)
        )
        self._initial_language = self.language_combo.currentData()
        self.restart_hint = PlainLabel(self.tr("A new language shows after KAMDesk is restarted."))
        self.restart_hint.setProperty("role", "hint")

        self.office_edit = QLineEdit(office_settings.office_name())
        self.office_edit.setPlaceholderText(self.tr("e.g. 华东区销售办公室"))
        self.office_edit.setEnabled(bool(user and user.is_manager))
        self.office_edit.setToolTip(self.tr("Printed at the top of every review. Only a manager changes it."))
        self._initial_office = self.office_edit.text()
        self.basis_combo = QComboBox()
        self.basis_combo.addItem(self.tr("Without tax (无税金额)"), "without_tax")
        self.basis_combo.addItem(self.tr("With tax (价税合计)"), "with_tax")
        self.basis_combo.setCurrentIndex(max(self.basis_combo.findData(office_settings.amount_basis()), 0))
        self.basis_combo.setEnabled(bool(user and user.is_manager))
        tip = self.tr(
            "When an ERP file has both amounts, the sales figures use this one. Only a manager changes it."
        )
        self.basis_combo.setToolTip(tip)
        self._initial_basis = self.basis_combo.currentData()
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow("", self.restart_hint)
        form.addRow(self.tr("Office name"), self.office_edit)
        form.addRow(self.tr("Sales amounts"), self.basis_combo)
        for caption, value in (
            (self.tr("Database"), database),
            (self.tr("Data folder"), str(paths.user_data_dir())),
            (self.tr("Log file"), log_file),
        ):
            label = PlainLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(caption, label)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def language_changed(self) -> bool:
        return self.language_combo.currentData() != self._initial_language

    def accept(self) -> None:
        user, name, basis = self._user, self.office_edit.text(), self.basis_combo.currentData()
        try:
            if user is not None and name != self._initial_office:
                patiently(lambda: office_settings.set_office_name(name, actor=user))
            if user is not None and basis != self._initial_basis:
                patiently(lambda: office_settings.set_amount_basis(basis, actor=user))
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not saved"), messages.describe(exc))
            return
        self._settings.set_value(keys.LANGUAGE, self.language_combo.currentData())
        self._settings.sync()
        super().accept()
