"""Which database this seat uses: a file on this PC, or the office's PostgreSQL server. The connection
can be tried before it is kept; a password goes to the PostgreSQL password file, never to settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors, paths
from kamdesk.store import db, pgpass
from ui.common import messages
from ui.common.plain_text import PlainLabel


class DatabaseDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Database"))
        self.setMinimumWidth(560)

        self.file_radio = QRadioButton(self.tr("A file on this PC (one seat)"))
        self.server_radio = QRadioButton(self.tr("The office's PostgreSQL server (several seats)"))
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.server_radio)

        self.file_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Choose…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. kamdesk-server or 192.168.1.20"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.name_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("kept in the PostgreSQL password file"))
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.result_label = PlainLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        server_form = QFormLayout()
        server_form.addRow(self.tr("Server"), self.host_edit)
        server_form.addRow(self.tr("Port"), self.port_spin)
        server_form.addRow(self.tr("Database"), self.name_edit)
        server_form.addRow(self.tr("User"), self.user_edit)
        server_form.addRow(self.tr("Password"), self.password_edit)
        server_form.addRow("", self.test_button)
        self.server_box = QWidget()
        self.server_box.setLayout(server_form)
        self.file_box = QWidget()
        self.file_box.setLayout(file_row)

        hint = PlainLabel(self.tr("KAMDesk uses the new database after it is restarted."))
        hint.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_radio)
        layout.addWidget(self.file_box)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_box)
        layout.addWidget(self.result_label)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        self.file_radio.toggled.connect(self._update_state)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self._show(current)

    def _show(self, current: str) -> None:
        from urllib.parse import unquote, urlsplit

        path = db.sqlite_path(current)
        if path is not None:
            self.file_radio.setChecked(True)
            self.file_edit.setText(str(path))
        else:
            parts = urlsplit(current)
            self.server_radio.setChecked(True)
            self.host_edit.setText(parts.hostname or "")
            self.port_spin.setValue(parts.port or 5432)
            self.name_edit.setText(unquote(parts.path.lstrip("/")))
            self.user_edit.setText(unquote(parts.username or ""))
            self.file_edit.setText(paths.default_database())
        self._update_state()

    def target(self) -> str:
        if self.file_radio.isChecked():
            return self.file_edit.text().strip()
        return db.server_url(
            self.host_edit.text().strip(), self.port_spin.value(), self.name_edit.text().strip(),
            self.user_edit.text().strip(),
        )  # fmt: skip

    @Slot()
    def _update_state(self, *_args) -> None:
        on_file = self.file_radio.isChecked()
        self.file_box.setEnabled(on_file)
        self.server_box.setEnabled(not on_file)
        self.result_label.clear()

    @Slot()
    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.file_edit.text(), self.tr("KAMDesk database (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if name:
            self.file_edit.setText(name)

    def _remember_password(self) -> None:
        password = self.password_edit.text()
        if password:
            host, name, user = (e.text().strip() for e in (self.host_edit, self.name_edit, self.user_edit))
            pgpass.remember(host, self.port_spin.value(), name, user, password)

    @Slot()
    def test_connection(self) -> bool:
        """Try the server as filled in; say what was found, or why it failed. True when usable."""
        required = (
            (self.tr("Server"), self.host_edit), (self.tr("Database"), self.name_edit),
            (self.tr("User"), self.user_edit),
        )  # fmt: skip
        missing = [label for label, edit in required if not edit.text().strip()]
        if missing:
            self.result_label.setText(self.tr("Fill in: {fields}.").format(fields=", ".join(missing)))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._remember_password()
            found = db.check_server(self.target())
        except (errors.KamdeskError, OSError) as exc:
            text = messages.describe(exc) if isinstance(exc, errors.KamdeskError) else str(exc)
            self.result_label.setText("✗ " + text)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if found.schema_version == 0:
            text = self.tr("✓ Connected. The database is empty: KAMDesk sets it up when it starts on it.")
        else:
            text = self.tr(
                "✓ Connected. The office there has {accounts} accounts and {people} people."
            ).format(accounts=found.accounts, people=found.people)
        self.result_label.setText(text)
        return True

    @Slot()
    def _on_accepted(self) -> None:
        if self.file_radio.isChecked():
            if not self.file_edit.text().strip():
                self.result_label.setText(self.tr("Choose a file."))
                return
            self.chosen = str(Path(self.file_edit.text().strip()).expanduser())
        else:
            if not self.test_connection():
                return
            self.chosen = self.target()
        self.accept()
