"""The visit brief on screen, with its one-page PDF to save or print: the same sections in the same
order (kamdesk/reports/visit_brief), read and written off the window's thread."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.reports.make import scratch_pdf
from kamdesk.reports.visit_brief import VisitBriefDocument, sections
from kamdesk.services import office_settings, visit_brief
from kamdesk.services.visit_brief import VisitBrief
from kamdesk.store.safe_write import write_whole
from ui.common import operations, plain_text
from ui.common.i18n import current_language
from ui.common.screen_fit import resize_within_screen
from ui.reports.pdf_preview import print_pdf

WARN = "#b42318"  # the stylesheet's danger red


def brief_html(brief: VisitBrief, language: str, last_line: str) -> str:
    """The brief as HTML of our own; every value escaped (plain_text.rich)."""
    out = [
        plain_text.rich("<h2>{name}</h2><p style='color:#6b7280'>{line}</p>", name=brief.name, line=last_line)
    ]
    for section in sections(brief, language):
        out.append(plain_text.rich("<h3>{title}</h3>", title=section.title))
        if not section.lines:
            out.append(plain_text.rich("<p style='color:#6b7280'>{text}</p>", text=section.empty))
            continue
        warned, plain = f"<li style='color:{WARN}'>{{line}}</li>", "<li>{line}</li>"
        items = [
            plain_text.rich(warned if n in section.warn else plain, line=line)
            for n, line in enumerate(section.lines)
        ]
        out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out)


class VisitBriefDialog(QDialog):
    def __init__(self, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account_id = account_id
        self._language = current_language()
        self._pdf: Path | None = None
        self.setWindowTitle(self.tr("Visit brief"))
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setPlainText(self.tr("Reading…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 820)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.brief: VisitBrief | None = None
        operations.query(self, self._read, self._show)

    def _read(self) -> tuple[VisitBrief, Path]:
        """The brief and its PDF, made together: what the rep saves is what they read."""
        brief = visit_brief.brief(self._account_id)
        document = VisitBriefDocument(brief, self._language, office_settings.office_name())
        return brief, document.write(scratch_pdf("brief-"))

    def _show(self, result: tuple[VisitBrief, Path]) -> None:
        if not self.isVisible():  # closed while it was being read: nothing to keep
            result[1].unlink(missing_ok=True)
            return
        self.brief, self._pdf = result
        b = self.brief
        self.setWindowTitle(self.tr("Visit brief: {name}").format(name=b.name))
        if b.last_visit:
            last = self.tr("Last contact {day}: {purpose}").format(
                day=b.last_visit, purpose=b.last_purpose or "—"
            )
        else:
            last = self.tr("No contact recorded yet")
        owner = self.tr("Owner: {name}").format(name=b.owner or "—")
        line = f"{b.code} · {owner} · {last}"
        self.view.setHtml(brief_html(b, self._language, line))
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)

    def done(self, result: int) -> None:
        """Closed: its PDF (the account's people and complaints) leaves the cache with it."""
        super().done(result)
        if self._pdf is not None:
            self._pdf.unlink(missing_ok=True)
            self._pdf = None
        if not operations.busy(self):
            self.deleteLater()

    @Slot()
    def _on_save_clicked(self) -> None:
        if self._pdf is None or self.brief is None:
            return
        title = self.tr("Visit brief")
        suggested = Path.home() / f"{title}_{self.brief.code}_{self.brief.day.isoformat()}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save visit brief"), str(suggested),
                                              self.tr("PDF files (*.pdf)"))  # fmt: skip
        if not name:
            return
        pdf = self._pdf
        try:
            write_whole(Path(name), lambda temp: shutil.copyfile(pdf, temp))
        except errors.ReportWriteError as exc:
            plain_text.warning(self, self.tr("Not saved"), self.tr("Cannot write {path}: {error}").format(
                path=name, error=exc.params["detail"]))  # fmt: skip
            return
        self.saved_to = Path(name)

    @Slot()
    def _on_print_clicked(self) -> None:
        if self._pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            print_pdf(self._pdf, printer)
