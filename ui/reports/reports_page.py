"""The Reports workspace: choose a review, make it in the background, see its pages, save or print."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock, errors
from kamdesk.exchange import figures_xlsx
from kamdesk.reports.make import STEPS, ReportRequest, file_name, make_report, scratch_pdf
from kamdesk.rules import periods
from kamdesk.store.safe_write import write_whole
from ui.common import i18n, messages, plain_text
from ui.common.account_picker import AccountPicker
from ui.common.background import BackgroundTask
from ui.common.flow_layout import FlowLayout
from ui.common.operations import Changed
from ui.common.plain_text import PlainLabel
from ui.reports.pdf_preview import PdfPreview, print_pdf


class ReportsPage(QWidget):
    SHOWS = Changed.ACCOUNTS  # the account box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None
        self._pdf: Path | None = None
        self._figures: Path | None = None  # what the review printed, as JSON beside it
        self._request: ReportRequest | None = None

        self.account_radio = QRadioButton(self.tr("Account review"))
        self.quarter_radio = QRadioButton(self.tr("Quarterly portfolio review"))
        self.account_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.account_radio)
        kinds.addButton(self.quarter_radio)
        self.account_combo = AccountPicker()
        self.period_combo = QComboBox()
        current = periods.quarter_of(clock.today())
        quarter = current
        for _ in range(8):
            self.period_combo.addItem(quarter.label, quarter)
            quarter = periods.quarter_of(quarter.start - _one_day())
        self.period_combo.setCurrentIndex(1)  # the last full quarter
        self.order_combo = QComboBox()
        self.order_combo.addItem(self.tr("Riskiest first"), "risk")
        self.order_combo.addItem(self.tr("By owner"), "owner")
        self.language_combo = QComboBox()
        self.language_combo.addItem("中文(简体)", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if i18n.current_language().startswith("zh") else 1)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status_label = PlainLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setProperty("role", "hint")

        options = QGroupBox(self.tr("Review"))
        form = QFormLayout(options)
        form.addRow(self.account_radio)
        form.addRow(self.tr("Account"), self.account_combo)
        form.addRow(self.quarter_radio)
        form.addRow(self.tr("Order"), self.order_combo)
        form.addRow(self.tr("Quarter"), self.period_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(options)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.status_label)
        left_layout.addStretch()
        left.setMinimumWidth(320)

        self.preview = PdfPreview()
        self.save_button = QPushButton(self.tr("Save as…"))
        self.figures_button = QPushButton(self.tr("Save figures (XLSX)…"))
        self.figures_button.setToolTip(self.tr("The figures the review prints, for a spreadsheet"))
        self.print_button = QPushButton(self.tr("Print…"))
        for button in (self.save_button, self.figures_button, self.print_button):
            button.setEnabled(False)
        self.pages_label = PlainLabel()
        self.pages_label.setProperty("role", "hint")
        self.page_spin = QSpinBox()
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.setRange(1, 1)
        self.page_spin.setToolTip(self.tr("Go to a page"))
        self.zoom_combo = QComboBox()
        for percent in PdfPreview.ZOOMS:
            self.zoom_combo.addItem(f"{percent}%", percent)
        self.zoom_combo.setCurrentIndex(PdfPreview.ZOOMS.index(100))
        self.zoom_combo.setToolTip(self.tr("Zoom"))
        for control in (self.page_spin, self.zoom_combo):
            control.setEnabled(False)
        bar = FlowLayout()
        bar.addWidget(self.pages_label)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.zoom_combo)
        bar.addWidget(self.save_button, trailing=True)
        bar.addWidget(self.figures_button)
        bar.addWidget(self.print_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.preview)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.page_spin.valueChanged.connect(self.preview.go_to_page)
        self.preview.sig_page.connect(self._on_preview_page)
        self.zoom_combo.currentIndexChanged.connect(
            lambda _i: self.preview.set_zoom(self.zoom_combo.currentData())
        )
        self.generate_button.clicked.connect(self._on_generate_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.figures_button.clicked.connect(self._on_figures_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.account_radio.toggled.connect(self._on_kind_toggled)
        self._on_kind_toggled()  # the account list is filled by refresh(), when the page is shown

    @Slot()
    def _on_kind_toggled(self, *_args) -> None:
        self.account_combo.setEnabled(self.account_radio.isChecked())
        self.order_combo.setEnabled(self.quarter_radio.isChecked())

    def refresh(self) -> None:
        self.account_combo.refresh()

    def is_busy(self) -> bool:
        return self.is_making() or self.account_combo.is_busy()

    def is_making(self) -> bool:
        return self._task is not None and self._task.is_running()

    def follow_account(self, account_id: int) -> None:
        """The account opened in Accounts, chosen for its review."""
        self.account_combo.select(account_id)

    def account_review(self, account_id: int) -> None:
        """One click from an account: its review for the last full quarter, made now."""
        if not self.account_combo.select(account_id):
            return  # gone meanwhile: nothing to review
        self.account_radio.setChecked(True)
        self.period_combo.setCurrentIndex(1)
        self._on_generate_clicked()

    # --- making --------------------------------------------------------------------------------
    def request(self) -> ReportRequest | None:
        period = self.period_combo.currentData()
        language = self.language_combo.currentData()
        if self.quarter_radio.isChecked():
            return ReportRequest("quarter", period, language, order=self.order_combo.currentData())
        chosen = self.account_combo.account_id()
        if chosen is None:
            return None
        return ReportRequest("account", period, language, chosen)

    @Slot()
    def _on_generate_clicked(self) -> None:
        if self.is_making():
            return
        request = self.request()
        if request is None:
            self.status_label.setText(self.tr("Choose an account first."))
            return
        target = scratch_pdf("review-")
        figures = target.with_suffix(".json")
        self._request = request
        self._task = BackgroundTask(
            lambda progress, cancelled: make_report(request, target, progress, cancelled, figures), self
        )
        self._task.sig_progress.connect(self._on_task_progress)
        self._task.sig_done.connect(self._on_task_done)
        self._task.sig_failed.connect(self._on_task_failed)
        self._task.sig_cancelled.connect(self._on_task_cancelled)
        self._task.sig_finished.connect(self._on_task_finished)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Making the review…"))
        self.generate_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._task.start()

    @Slot(int)
    def _on_preview_page(self, page: int) -> None:
        """The page box follows the scrolling, without scrolling back itself."""
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page)
        self.page_spin.blockSignals(False)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(STEPS * done / max(total, 1)))

    @Slot(object)
    def _on_task_done(self, path) -> None:
        self._pdf = Path(path)
        self._figures = self._pdf.with_suffix(".json")
        pages = self.preview.show_pdf(self._pdf)
        self.pages_label.setText(self.tr("{n} pages").format(n=pages))
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(pages, 1))
        self.page_spin.setValue(1)
        self.page_spin.blockSignals(False)
        for control in (self.page_spin, self.zoom_combo):
            control.setEnabled(pages > 0)
        self.status_label.setText(self.tr("Ready: save it or print it."))
        self.progress.setValue(STEPS)
        for button in (self.save_button, self.figures_button, self.print_button):
            button.setEnabled(True)

    @Slot(object)
    def _on_task_failed(self, problem) -> None:
        self.progress.setValue(0)
        if isinstance(problem, errors.KamdeskError):
            text = messages.describe(problem)
        else:
            text = self.tr("The review could not be made; the details are in the log.")
        self.status_label.setText(text)
        plain_text.warning(self, self.tr("Review"), text)

    @Slot()
    def _on_task_cancelled(self) -> None:
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Cancelled. Nothing was written."))

    @Slot()
    def _on_task_finished(self) -> None:
        self.generate_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    # --- saving and printing ------------------------------------------------------------------
    def suggested_name(self) -> str:
        request = self._request
        title = (
            self.tr("Account review") if request.kind == "account" else self.tr("Quarterly portfolio review")
        )
        code = self.account_combo.code() if request.kind == "account" else ""
        return file_name(request, title, code)

    @Slot()
    def _on_save_clicked(self) -> None:
        if self._pdf is not None:
            pdf = self._pdf

            def copy(target: Path) -> Path:
                return write_whole(target, lambda temp: shutil.copyfile(pdf, temp))

            self._save(self.tr("Save review"), self.tr("PDF files (*.pdf)"), ".pdf", copy)

    @Slot()
    def _on_figures_clicked(self) -> None:
        if self._figures is not None:
            figures = json.loads(self._figures.read_text(encoding="utf-8"))
            self._save(self.tr("Save figures"), self.tr("Excel workbooks (*.xlsx)"), ".xlsx",
                       lambda target: figures_xlsx.write(figures, target))  # fmt: skip

    def _save(self, title: str, file_filter: str, suffix: str, write: Callable[[Path], object]) -> None:
        """Ask where, write there whole (or say why not), and say where it went."""
        start = str(Path.home() / Path(self.suggested_name()).with_suffix(suffix))
        name, _ = QFileDialog.getSaveFileName(self, title, start, file_filter)
        if not name:
            return
        target = Path(name)
        try:
            write(target)
        except errors.ReportWriteError as exc:
            plain_text.warning(self, self.tr("Not saved"), self.tr("Cannot write {path}: {error}").format(
                path=target, error=exc.params["detail"]))  # fmt: skip
            return
        self.status_label.setText(self.tr("Saved to {path}").format(path=target))

    @Slot()
    def _on_print_clicked(self) -> None:
        if self._pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        pages = print_pdf(self._pdf, printer)
        self.status_label.setText(self.tr("Sent {n} pages to the printer.").format(n=pages))

    def shutdown(self) -> None:
        """Before the window closes: stop a report being made."""
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._task.wait()


def _one_day() -> dt.timedelta:
    return dt.timedelta(days=1)
