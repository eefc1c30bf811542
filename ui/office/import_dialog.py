"""Importing an ERP file from inside the app: preview it, map its columns, import it in the
background with progress and Cancel; a refused file shows every problem and nothing is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.exchange import (
    customer_names,
    importing,
    incentive_import,
    order_import,
    prospect_import,
    sku_lines,
)
from ui.common import messages, operations
from ui.common.background import BackgroundTask
from ui.common.operations import Changed
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import resize_within_screen
from ui.common.table_model_base import ListTableModel, list_table
from ui.office.customer_names_box import CustomerNamesBox
from ui.office.erp_preview import FIELD_NAMES, ErpPreview

CUSTOMER_CODES = ("unknown_customer", "ambiguous_customer")

COLUMN_NAMES = {
    "account_code": QT_TRANSLATE_NOOP("ImportDialog", "Account code"),
    "date": QT_TRANSLATE_NOOP("ImportDialog", "Date"),
    "sku": QT_TRANSLATE_NOOP("ImportDialog", "SKU"),
    "product_line": QT_TRANSLATE_NOOP("ImportDialog", "Product line"),
    "quantity": QT_TRANSLATE_NOOP("ImportDialog", "Quantity"),
    "amount": QT_TRANSLATE_NOOP("ImportDialog", "Amount"),
    "code": QT_TRANSLATE_NOOP("ImportDialog", "Account code"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    "industry": QT_TRANSLATE_NOOP("ImportDialog", "Industry"),
    "region": QT_TRANSLATE_NOOP("ImportDialog", "Region"),
    "address": QT_TRANSLATE_NOOP("ImportDialog", "Address"),
    "tier": QT_TRANSLATE_NOOP("ImportDialog", "Value tier"),
    "relationship": QT_TRANSLATE_NOOP("ImportDialog", "Relationship"),
    "status": QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    "owner": QT_TRANSLATE_NOOP("ImportDialog", "Owner"),
    "contact": QT_TRANSLATE_NOOP("ImportDialog", "Person to call"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "source": QT_TRANSLATE_NOOP("ImportDialog", "Source"),
    "sold_before": QT_TRANSLATE_NOOP("ImportDialog", "Sold in this industry before"),
    "reference_customer": QT_TRANSLATE_NOOP("ImportDialog", "Reference customer"),
    "personally_involved": QT_TRANSLATE_NOOP("ImportDialog", "Personally involved"),
    "trigger_date": QT_TRANSLATE_NOOP("ImportDialog", "Trigger event date"),
    "trigger_kind": QT_TRANSLATE_NOOP("ImportDialog", "Trigger event kind"),
    "trigger_what": QT_TRANSLATE_NOOP("ImportDialog", "Trigger event"),
    "trigger_source": QT_TRANSLATE_NOOP("ImportDialog", "Trigger event source"),
    "kind": QT_TRANSLATE_NOOP("ImportDialog", "Kind"),
    "starts_on": QT_TRANSLATE_NOOP("ImportDialog", "From"),
    "ends_on": QT_TRANSLATE_NOOP("ImportDialog", "To"),
    "rate_percent": QT_TRANSLATE_NOOP("ImportDialog", "Rate (%)"),
    "promised": QT_TRANSLATE_NOOP("ImportDialog", "Fixed amount"),
    "due_on": QT_TRANSLATE_NOOP("ImportDialog", "Due on"),
    "paid_on": QT_TRANSLATE_NOOP("ImportDialog", "Paid on"),
    "paid": QT_TRANSLATE_NOOP("ImportDialog", "Paid"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "Note"),
}
INCENTIVE_NAMES = {"title": QT_TRANSLATE_NOOP("ImportDialog", "What was agreed")}
PROSPECT_NAMES = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Company"),
    "region": QT_TRANSLATE_NOOP("ImportDialog", "Territory"),
}


class PreviewModel(ListTableModel):
    def set_table(self, table: importing.Table) -> None:
        self._headers = table.headers
        self.set_items(table.rows)

    def columnCount(self, parent=None) -> int:
        return len(getattr(self, "_headers", []))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._items[index.row()]
        return row[index.column()] if index.column() < len(row) else ""


class ImportDialog(QDialog):
    def __init__(self, path: Path, kind: str, user: Actor, parent=None) -> None:
        super().__init__(parent)
        self._path, self._kind, self._actor = Path(path), kind, user
        self._task: BackgroundTask | None = None
        self.result_ok = False
        self.setWindowTitle(self.tr("Import {file}").format(file=self._path.name))
        resize_within_screen(self, 980, 720)
        self.erp: ErpPreview | None = None
        self.column_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        if kind == "orders":  # an ERP's export as it is: titles, totals, its own column names
            self.erp = ErpPreview(self._path)
            self.preview = self.erp
            info = PlainLabel(self.tr("The rows as in the file. The header is highlighted; greyed rows are "
                                      "skipped. Correct the header row or any column if they are wrong."))  # fmt: skip
        else:
            info = self._tabular_preview(form, kind)
        info.setWordWrap(True)
        self._build(info, form)

    def _tabular_preview(self, form: QFormLayout, kind: str) -> PlainLabel:
        table, recognised = importing.preview(self._path, kind)
        self.preview_model = PreviewModel(self)
        self.preview_model.set_table(table)
        self.preview = list_table(self.preview_model)
        self.preview.setMaximumHeight(220)
        columns = importing.COLUMNS[kind]
        for column in columns:
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), None)
            for header in table.headers:
                combo.addItem(header, header)
            if column in recognised:
                combo.setCurrentIndex(recognised[column] + 1)
            self.column_combos[column] = combo
            special = {"prospects": PROSPECT_NAMES, "incentives": INCENTIVE_NAMES}.get(kind, {})
            names = special if column in special else COLUMN_NAMES
            form.addRow(self.tr(names[column]), combo)
        encoding = {
            "utf-8-sig": "UTF-8 (BOM)",
            "utf-8": "UTF-8",
            "gb18030": "GBK/GB18030",
            "xlsx": "Excel",
        }.get(table.encoding, table.encoding)
        return PlainLabel(self.tr("Read as {encoding}. Match each column KAMDesk needs to a column of the file.").format(
            encoding=encoding))  # fmt: skip

    def _build(self, info: PlainLabel, form: QFormLayout) -> None:
        self.progress = QProgressBar()
        self.progress.setValue(0)
        self.status_label = PlainLabel()
        self.status_label.setWordWrap(True)
        self.problems_view = QPlainTextEdit()
        self.problems_view.setReadOnly(True)
        self.problems_view.hide()
        self.names_box = CustomerNamesBox()
        self.names_box.hide()
        self.remember_button = QPushButton(self.tr("Remember and import again"))
        self.remember_button.hide()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.preview, 2 if self.erp is not None else 0)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.names_box)
        layout.addWidget(self.remember_button)
        layout.addLayout(buttons)
        self.cancel_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.remember_button.clicked.connect(self._on_remember_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.reject)

    def mapping(self) -> dict[str, str]:
        if self.erp is not None:
            return self.erp.mapping()
        return {
            column: combo.currentData() for column, combo in self.column_combos.items() if combo.currentData()
        }

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    @Slot()
    def _on_import_clicked(self) -> None:
        mapping, path, actor, kind = self.mapping(), self._path, self._actor, self._kind
        where: dict = {}
        if self.erp is not None and self.erp.preview is not None:
            first = self.erp.preview.sheets[:1] == [self.erp.sheet()] and self.erp.header_line() == 1
            if not first:  # a tidy file (KAMDesk's columns on line 1) keeps its fast path
                where = {"header_line": self.erp.header_line(), "sheet": self.erp.sheet()}

        def work(progress, cancelled):
            if kind == "orders":
                return order_import.import_orders(path, mapping, progress, cancelled, actor=actor, **where)
            if kind == "prospects":
                return prospect_import.import_prospects(path, mapping, actor=actor)
            if kind == "sku_lines":
                return sku_lines.import_sku_lines(path, mapping, actor=actor)
            if kind == "incentives":
                return incentive_import.import_incentives(path, mapping, actor=actor)
            return importing.import_accounts(path, mapping, actor=actor)

        self._task = BackgroundTask(work, self)
        self._task.sig_progress.connect(self._on_task_progress)
        self._task.sig_done.connect(self._on_task_done)
        self._task.sig_failed.connect(self._on_task_failed)
        self._task.sig_cancelled.connect(self._on_task_cancelled)
        self._task.sig_finished.connect(self._on_task_finished)
        self.problems_view.hide()
        self.status_label.setText(self.tr("Checking and importing…"))
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._task.start()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()

    @Slot(int, int)
    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    @Slot(object)
    def _on_task_done(self, result) -> None:
        self.result_ok = True
        self.progress.setValue(100)
        if result.kind == "orders":
            text = self.tr("{lines} order lines read, amounts ¥{amount}: {new} new, {old} imported before.").format(
                lines=result.lines, amount=f"{result.cents / 100:,.2f}", new=result.new,
                old=result.lines - result.new)  # fmt: skip
            if result.updated:
                text += " " + self.tr("{n} of those imported before now have their delivery.").format(
                    n=result.updated
                )
        elif result.kind == "incentives":
            text = self.tr("{lines} agreements read: {new} added, {updated} brought up to date.").format(
                lines=result.lines, new=result.new, updated=result.updated)  # fmt: skip
        elif result.kind == "sku_lines":
            text = self.tr("{lines} SKUs read: {new} added, {updated} changed.").format(
                lines=result.lines, new=result.new, updated=result.updated)  # fmt: skip
        elif result.kind == "prospects":
            text = self.tr("{lines} prospects read: {new} added, {known} already in KAMDesk.").format(
                lines=result.lines, new=result.new, known=result.lines - result.new)  # fmt: skip
        else:
            text = self.tr("{lines} accounts read: {new} created, {updated} updated.").format(
                lines=result.lines, new=result.new, updated=result.updated)  # fmt: skip
        self.status_label.setText(text)

    @Slot(object)
    def _on_task_failed(self, problem) -> None:
        self.progress.setValue(0)
        if isinstance(problem, errors.ImportRefusedError):
            self.status_label.setText(self.tr("Nothing was imported: {n} problems. Correct the file and import it again.").format(
                n=len(problem.problems)))  # fmt: skip
            self.problems_view.setPlainText("\n".join(self.describe(p) for p in problem.problems))
            self.problems_view.show()
            unknown = sorted({p.value for p in problem.problems if p.code in CUSTOMER_CODES and p.value})
            self.names_box.show_names(unknown)
            self.remember_button.setVisible(bool(unknown))
            if unknown and all(p.code in CUSTOMER_CODES for p in problem.problems):
                self.status_label.setText(self.tr("Nothing was imported yet: choose the account for each customer "
                                                  "below, then import again."))  # fmt: skip
        elif isinstance(problem, errors.KamdeskError):
            self.status_label.setText(messages.describe(problem))
        else:
            self.status_label.setText(
                self.tr("The import failed; the details are in the log. Nothing was written.")
            )

    @Slot()
    def _on_remember_clicked(self) -> None:
        choices = self.names_box.choices()
        if choices is None:
            self.status_label.setText(self.tr("Choose an account, or a new account, for every name first."))
            return
        try:
            patiently(lambda: customer_names.remember(choices, actor=self._actor))
        except errors.KamdeskError as exc:
            self.status_label.setText(messages.describe(exc))
            return
        operations.announce(Changed.ACCOUNTS)  # new accounts, perhaps
        self.names_box.hide()
        self.remember_button.hide()
        self._on_import_clicked()

    def describe(self, problem: importing.Problem) -> str:
        what = {
            "missing_column": self.tr("the column is missing"), "unknown_account": self.tr("no account has this code"),
            "bad_date": self.tr("not a date"), "not_a_number": self.tr("not a number"), "required": self.tr("empty"),
            "duplicate_code": self.tr("the code appears twice"), "too_long": self.tr("too long"),
            "invalid_choice": self.tr("not an allowed value"), "unknown_rep": self.tr("no rep has this name"),
            "duplicate_name": self.tr("the name appears twice"), "not_yes_no": self.tr("not yes or no"),
            "invalid_email": self.tr("not an e-mail address"), "invalid_phone": self.tr("not a phone number"),
            "in_future": self.tr("in the future"), "code_taken": self.tr("another account already has this code"),
            "mixed_encoding": self.tr("this line is not UTF-8 while others are: the file mixes encodings; save it again as UTF-8"),
            "unreadable_encoding": self.tr("neither UTF-8 nor GBK/GB18030 text; save the file again as UTF-8"),
            "control_character": self.tr("holds an invisible control character (such as NUL); remove it"),
            "out_of_range": self.tr("outside the sane range (amounts up to 100 billion, quantities up to 1 billion, dates 1990-2199)"),
            "not_xlsx": self.tr("not an Excel workbook (.xlsx); open it in Excel and save it again"),
            "xlsx_too_large": self.tr("unpacks to more than {mb} MB, or is packed suspiciously tightly (a zip bomb); export fewer lines per file, or save it as CSV").format(
                mb=importing.MAX_XLSX_UNPACKED >> 20),
            "xlsx_damaged": self.tr("damaged (a part of the workbook does not unpack to what the file declares); open it in Excel and save it again"),
            "duplicate_header": self.tr("the column appears twice in the header"),
            "no_rows": self.tr("a header but no rows: nothing to import"),
            "before_start": self.tr("ends before it starts"),
            "before_period": self.tr("before the period it is for begins"),
            "rate_or_amount": self.tr("give either a rate on their purchases or a fixed amount, not both"),
            "unknown_product_line": self.tr("not a product line in the order lines or the SKU table: check its spelling"),
            "churn_needs_reasons": self.tr("an account becomes churned only with its date and reasons: use Mark churned… on the account"),
            "win_back_instead": self.tr("the account is churned: use Reactivate on the account to make it active again"),
            "unknown_customer": self.tr("no account has this name: choose its account below, or make it a new one"),
            "ambiguous_customer": self.tr("more than one account has this name: choose the right one below"),
            "no_header": self.tr("no header naming a date, a customer and an amount: choose the header row and the columns above"),
            "no_such_sheet": self.tr("the workbook has no sheet of this name"),
            "no_header_line": self.tr("the file has no such row to be the header"),
            "no_sales": self.tr("no sale lines under the header, only totals or notes: nothing to import"),
            "mapped_header_missing": self.tr("the header has no column of this name to map"),
            "not_xls": self.tr("not an Excel 97-2003 workbook (.xls); open it in Excel and save it again"),
        }.get(problem.code, problem.code)  # fmt: skip
        if problem.column in COLUMN_NAMES:
            column = self.tr(COLUMN_NAMES[problem.column])
        elif problem.column in FIELD_NAMES:
            column = QCoreApplication.translate("ErpPreview", FIELD_NAMES[problem.column])
        else:
            column = problem.column
        value = f" ({problem.value})" if problem.value else ""
        if problem.line == 0:
            return self.tr("The file: {what}").format(what=what) + value
        if not column:
            return self.tr("Line {line}: {what}").format(line=problem.line, what=what) + value
        return (
            self.tr("Line {line}, {column}: {what}").format(line=problem.line, column=column, what=what)
            + value
        )

    @Slot()
    def _on_task_cancelled(self) -> None:
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Cancelled. Nothing was imported."))

    @Slot()
    def _on_task_finished(self) -> None:
        self.import_button.setEnabled(not self.result_ok)
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        if self.is_busy():
            self._task.cancel()
            self._task.wait()
        super().reject()
