"""The File menu's exchanges with other programs: an ERP file in, a list out. Each asks for the
file, does the work and says how it went; the main window only wires them to its menu.

The texts keep the "MainWindow" translation context they were translated under."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.exchange import exporting
from ui.common import ask, messages, plain_text

if TYPE_CHECKING:
    from ui.office.import_dialog import ImportDialog


def import_file(parent: QWidget, kind: str, user: Actor) -> ImportDialog | None:
    """Ask for an ERP file and open the import dialog on it (None when cancelled or unreadable)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Import from the ERP"),
        str(Path.home()),
        QCoreApplication.translate("MainWindow", "CSV or Excel files (*.csv *.txt *.xlsx *.xls)")
        if kind == "orders"  # the ERP's own export: the old .xls too
        else QCoreApplication.translate("MainWindow", "CSV or Excel files (*.csv *.txt *.xlsx)"),
    )
    if not name:
        return None
    try:
        from ui.office.import_dialog import ImportDialog

        dialog = ImportDialog(Path(name), kind, user, parent)
    except (OSError, errors.KamdeskError) as exc:
        plain_text.warning(
            parent,
            QCoreApplication.translate("MainWindow", "Import"),
            QCoreApplication.translate("MainWindow", "Cannot read {file}: {error}").format(
                file=name, error=exc
            ),
        )
        return None
    dialog.open()
    return dialog


def export_list(parent: QWidget) -> str | None:
    """Ask what to export and where, write it; returns the line for the status bar (None when
    cancelled or refused, which is said in a message box)."""
    names = {
        QCoreApplication.translate("MainWindow", "Accounts"): "accounts",
        QCoreApplication.translate("MainWindow", "Visit notes"): "visits",
        QCoreApplication.translate("MainWindow", "Complaints and praise"): "ledger",
        QCoreApplication.translate("MainWindow", "Order lines"): "orders",
        QCoreApplication.translate("MainWindow", "Account value (last 12 months)"): "value",
        QCoreApplication.translate("MainWindow", "Rebates and promotions"): "incentives",
    }
    title = QCoreApplication.translate("MainWindow", "Export")
    choice, ok = ask.item(
        parent, title, QCoreApplication.translate("MainWindow", "What to export?"), list(names), 0
    )
    if not ok:
        return None
    dataset = names[choice]
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path.home() / f"{dataset}.xlsx"),
        QCoreApplication.translate("MainWindow", "Excel (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if not name:
        return None
    try:
        count = exporting.export(dataset, Path(name))
    except errors.KamdeskError as exc:
        plain_text.warning(parent, title, messages.describe(exc))
        return None
    return QCoreApplication.translate("MainWindow", "{n} rows written to {file}").format(n=count, file=name)
