"""Customers an ERP file names that KAMDesk does not know (no account has the name, or several
do): for each, the account it is, or a new account of that name. Remembered for every later file."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from ui.common.account_picker import AccountPicker
from ui.common.plain_text import PlainLabel


class CustomerNamesBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Customers KAMDesk does not know: which account is each?"))
        self.grid = QGridLayout(self)
        self.rows: dict[str, tuple[AccountPicker, QCheckBox]] = {}

    def show_names(self, names: list[str]) -> None:
        """One row per name: an account to choose, or "a new account"."""
        for picker, new in self.rows.values():
            picker.deleteLater()
            new.deleteLater()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows = {}
        for row, name in enumerate(names):
            picker = AccountPicker()
            picker.refresh()
            new = QCheckBox(self.tr("A new account"))
            new.toggled.connect(picker.setDisabled)
            self.grid.addWidget(PlainLabel(name), row, 0)
            self.grid.addWidget(picker, row, 1)
            self.grid.addWidget(new, row, 2)
            self.rows[name] = (picker, new)
        self.setVisible(bool(names))

    def choices(self) -> dict[str, int | None] | None:
        """Name -> the account chosen (None: a new one); None while any name has no answer."""
        chosen: dict[str, int | None] = {}
        for name, (picker, new) in self.rows.items():
            if new.isChecked():
                chosen[name] = None
            elif (account_id := picker.account_id()) is not None:
                chosen[name] = account_id
            else:
                return None
        return chosen

    def is_busy(self) -> bool:
        return any(picker.is_busy() for picker, _ in self.rows.values())
