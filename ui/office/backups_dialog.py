"""The office file's backups: make one now, or put one back (the current file is backed up first)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.store import backups, db
from kamdesk.store.backups import Backup
from ui.common import messages, plain_text
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import resize_within_screen
from ui.common.table_model_base import ListTableModel, list_table


class BackupsModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        QT_TRANSLATE_NOOP("BackupsModel", "File"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup: Backup = self._items[index.row()]
        if index.column() == 0:
            return backup.taken_at.strftime("%Y-%m-%d %H:%M")
        if index.column() == 1:
            return f"{backup.size / 1_048_576:.1f} MB"
        return backup.path.name


class BackupsDialog(QDialog):
    def __init__(self, opened: db.OpenedDatabase, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened = opened
        self._folder = folder
        self.restored = False
        self.setWindowTitle(self.tr("Backups"))
        resize_within_screen(self, 620, 420)
        explain = PlainLabel(
            self.tr(
                "KAMDesk backs up {file} when it starts and the last backup is over a day old, and "
                "keeps the newest of each of the last 7 days, 4 weeks and 12 months in {folder}."
            ).format(file=opened.path.name, folder=backups.office_folder(opened.path, folder))
        )
        explain.setWordWrap(True)
        explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupsModel(self)
        self.table = list_table(self.model)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch()
        buttons.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.refresh()

    @property
    def opened(self) -> db.OpenedDatabase:
        """The office as open now: after a restore, opened again (and upgraded if need be)."""
        return self._opened

    def refresh(self) -> None:
        self.model.set_items(backups.list_backups(self._opened.path, self._folder))
        if self.model.rowCount():
            self.table.selectRow(0)
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        self.table.resizeColumnsToContents()

    @Slot()
    def _on_backup_clicked(self) -> None:
        try:
            backups.make_backup(self._opened.path, self._folder)
        except (errors.KamdeskError, OSError, sqlite3.Error) as exc:
            text = messages.describe(exc) if isinstance(exc, errors.KamdeskError) else str(exc)
            plain_text.warning(self, self.tr("Not backed up"), text)
        self.refresh()

    @Slot()
    def _on_restore_clicked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        chosen: Backup = self.model.item(index.row())
        answer = plain_text.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Put the backup of {when} in place of the office's data? Everything recorded since then "
                "is replaced. The current data is backed up first, so this can be undone."
            ).format(when=chosen.taken_at.strftime("%Y-%m-%d %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            _before, self._opened = db.restore_backup(self._opened, chosen.path, self._folder)
        except (errors.KamdeskError, OSError, sqlite3.Error) as exc:
            text = messages.describe(exc) if isinstance(exc, errors.KamdeskError) else str(exc)
            plain_text.warning(self, self.tr("Not restored"), text)
            return
        self.restored = True
        self.refresh()
