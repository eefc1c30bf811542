"""Showing a PDF's pages inside the app, and printing them, through PDFium (pypdfium2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
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
    """The pages one under the other, as images at the chosen zoom (100%: the page's real size on a
    96-dpi screen); a long review can be jumped through page by page."""

    DPI = 96
    ZOOMS = (50, 75, 100, 125, 150, 200)

    sig_page = Signal(int)  # the page at the top of the view changed (1-based)

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
        self.zoom = 100
        self._path: Path | None = None
        self._shown_page = 0
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def show_pdf(self, path: Path | None) -> int:
        """Render every page of `path` (None clears); returns the number of pages."""
        self._path = path
        self._render()
        self.verticalScrollBar().setValue(0)
        return len(self.pages)

    def set_zoom(self, percent: int) -> None:
        """Render the pages again at `percent`, keeping the page the rep was reading in view."""
        if percent == self.zoom:
            return
        page = self.current_page()
        self.zoom = percent
        self._render()
        self.go_to_page(page)

    def go_to_page(self, number: int) -> None:
        """Scroll so that page `number` (1-based) starts at the top of the view."""
        if self.pages:
            for _ in range(3):  # the pages placed, then the body sized, then the scroll bar's range set,
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # though not painted yet
            label = self.pages[max(1, min(number, len(self.pages))) - 1]
            self.verticalScrollBar().setValue(label.y())

    def current_page(self) -> int:
        """The page (1-based) at the top of the view; 0 with none."""
        top = self.verticalScrollBar().value()
        number = 0
        for number, label in enumerate(self.pages, 1):
            if label.y() + label.height() > top:
                return number
        return number

    def _render(self) -> None:
        for label in self.pages:
            label.setParent(None)
            label.deleteLater()
        self.pages = []
        if self._path is None:
            return
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(self._path))
        try:
            for index in range(len(pdf)):
                label = PlainLabel()
                label.setPixmap(QPixmap.fromImage(render_page(pdf, index, self.DPI * self.zoom / 100)))
                label.setObjectName("pdfPage")
                self._layout.addWidget(label)
                label.show()  # now, not at the next turn of the loop (Qt's way for a shown parent)
                self.pages.append(label)
        finally:
            pdf.close()

    def _on_scrolled(self, _value: int) -> None:
        page = self.current_page()
        if page != self._shown_page:
            self._shown_page = page
            self.sig_page.emit(page)


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
