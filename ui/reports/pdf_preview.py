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
    """The pages one under the other at the chosen zoom (100%: the page's real size on a 96-dpi
    screen); a long review can be jumped through page by page.

    Only the pages in view (and one either side) hold an image; the others are frames of the page's
    size. Rendering all of a 58-page review up front took the window's thread for seconds and some
    170 MB of images at 100% (680 MB at 200%). Pages are drawn at the screen's own pixel ratio, so
    they are sharp at 150% scaling too."""

    DPI = 96
    ZOOMS = (50, 75, 100, 125, 150, 200)
    KEEP = 1  # pages either side of those in view that keep their image

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
        self._pdf = None  # the open document (pypdfium2), while its pages are shown
        self._sizes: list[tuple[float, float]] = []  # each page's size, in points
        self._shown_page = 0
        self._unplaced = False  # frames made and not laid out yet
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def show_pdf(self, path: Path | None) -> int:
        """Show the pages of `path` (None clears); returns the number of pages."""
        self._close()
        if path is not None:
            self._pdf = open_pdf(path)
            self._sizes = [tuple(self._pdf.get_page_size(i)) for i in range(len(self._pdf))]
        self._build()
        self.verticalScrollBar().setValue(0)
        self._render_in_view()
        return len(self.pages)

    def set_zoom(self, percent: int) -> None:
        """Show the pages at `percent`, keeping the page the rep was reading in view."""
        if percent == self.zoom:
            return
        page = self.current_page()
        self.zoom = percent
        self._build()
        self.go_to_page(page)
        self._render_in_view()

    def go_to_page(self, number: int) -> None:
        """Scroll so that page `number` (1-based) starts at the top of the view."""
        if self.pages:
            self._place_pages()
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

    def rendered(self) -> list[int]:
        """The pages (1-based) that hold an image now."""
        return [n for n, label in enumerate(self.pages, 1) if not label.pixmap().isNull()]

    def _scale(self) -> float:
        return self.DPI * self.zoom / 100 / 72

    def _build(self) -> None:
        """A frame of each page's size at the zoom, no image yet."""
        for label in self.pages:
            label.setParent(None)
            label.deleteLater()
        self.pages = []
        for width, height in self._sizes:
            label = PlainLabel()
            label.setObjectName("pdfPage")
            label.setFixedSize(round(width * self._scale()), round(height * self._scale()))
            self._layout.addWidget(label)
            label.show()  # now, not at the next turn of the loop (Qt's way for a shown parent)
            self.pages.append(label)
        self._unplaced = True

    def _place_pages(self) -> None:
        """Lay out frames just made, before the first paint: once, not at every scroll step."""
        if self._unplaced:
            self._unplaced = False
            for _ in range(3):  # the pages placed, then the body sized, then the scroll bar's range set
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _render_in_view(self) -> None:
        if self._pdf is None or not self.pages:
            return
        self._place_pages()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        in_view = [
            n for n, label in enumerate(self.pages) if label.y() < bottom and label.y() + label.height() > top
        ]
        first, last = (in_view[0], in_view[-1]) if in_view else (0, 0)
        ratio = self.devicePixelRatioF()
        for n, label in enumerate(self.pages):
            wanted = first - self.KEEP <= n <= last + self.KEEP
            if wanted and label.pixmap().isNull():
                pixmap = QPixmap.fromImage(render_page(self._pdf, n, self.DPI * self.zoom / 100 * ratio))
                pixmap.setDevicePixelRatio(ratio)
                label.setPixmap(pixmap)
            elif not wanted and not label.pixmap().isNull():
                label.setPixmap(QPixmap())  # its image goes; the frame keeps its place

    def _close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        self._sizes = []

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._render_in_view()

    def _on_scrolled(self, _value: int) -> None:
        self._render_in_view()
        page = self.current_page()
        if page != self._shown_page:
            self._shown_page = page
            self.sig_page.emit(page)


def open_pdf(path: Path):
    """The PDF at `path`, read through a file Python opened: PDFium's own opening by name depends on
    how its build converts the name on Windows, where the cache folder holds the rep's Windows user
    name, often in Chinese (C:\\Users\\王芳\\AppData\\Local\\KAMDesk). Closed with the document."""
    import pypdfium2

    return pypdfium2.PdfDocument(path.open("rb"), autoclose=True)


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Send every page to `printer` at its resolution; returns the number of pages printed."""
    pdf = open_pdf(path)
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
