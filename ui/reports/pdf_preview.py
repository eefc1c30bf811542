"""Showing a PDF's pages inside the app, and printing them, through PDFium (pypdfium2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.common.plain_text import PlainLabel


def render_page(pdf, index: int, dpi: float) -> QImage:
    page = pdf[index]
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
    fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    page.close()
    return image


class PdfPreview(QScrollArea):
    """The pages one under the other, as images at screen resolution."""

    DPI = 96

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("pdfPreview")
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._layout.setSpacing(12)
        self.setWidget(self._body)
        self.pages: list[QLabel] = []

    def show_pdf(self, path: Path | None) -> int:
        """Render every page of `path` (None clears); returns the number of pages."""
        for label in self.pages:
            label.setParent(None)
            label.deleteLater()
        self.pages = []
        if path is None:
            return 0
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                label = PlainLabel()
                label.setPixmap(QPixmap.fromImage(render_page(pdf, index, self.DPI)))
                label.setObjectName("pdfPage")
                self._layout.addWidget(label)
                self.pages.append(label)
        finally:
            pdf.close()
        self.verticalScrollBar().setValue(0)
        return len(self.pages)


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Send every page to `printer` at its resolution; returns the number of pages printed."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return 0
        dpi = min(printer.resolution(), 300)
        for index in range(len(pdf)):
            if index:
                printer.newPage()
            image = render_page(pdf, index, dpi)
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
        return len(pdf)
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()
