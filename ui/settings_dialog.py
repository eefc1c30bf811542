"""Preferences of this seat: the interface language, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from kamdesk import paths
from ui import settings as keys
from ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, database: str, log_file: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
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
        self.restart_hint = QLabel(self.tr("A new language shows after KAMDesk is restarted."))
        self.restart_hint.setProperty("role", "hint")

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow("", self.restart_hint)
        for caption, value in (
            (self.tr("Database"), database),
            (self.tr("Data folder"), str(paths.user_data_dir())),
            (self.tr("Log file"), log_file),
        ):
            label = QLabel(value)
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
        self._settings.set_value(keys.LANGUAGE, self.language_combo.currentData())
        self._settings.sync()
        super().accept()
