"""A matplotlib chart drawn on a worker thread and shown as an image.

Drawing one of the dashboard's figures takes 100-200 ms (constrained layout measures every label),
which on the window's thread froze it for a second with six charts. `render` runs on a worker:
it draws the figure at the widget's size into an image and notes where each pickable bar is;
ChartView only paints that image and answers clicks on the bars. When the widget's size changes,
the owner renders again (the old image is shown, scaled, meanwhile)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

RESIZE_SETTLE_MS = 200  # a window being dragged larger renders once, when it stops


@dataclass(frozen=True)
class Rendered:
    rgba: bytes
    width: int  # device pixels
    height: int
    ratio: float  # device pixels per logical pixel
    hits: tuple[tuple[str, float, float, float, float], ...]  # (code, left, top, right, bottom), logical px


def render(figure, size: QSize | tuple[int, int], ratio: float) -> Rendered:
    """Draw `figure` at `size` (logical pixels) on this thread; for a worker."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    width, height = (size.width(), size.height()) if isinstance(size, QSize) else size
    width, height = max(width, 320), max(height, 220)  # not laid out yet: a size the charts fit
    figure.set_dpi(100 * ratio)
    figure.set_size_inches(width / 100, height / 100)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    pixels_w, pixels_h = canvas.get_width_height()
    hits = []
    for axes in figure.axes:
        for patch in axes.patches:
            code = patch.get_gid()
            if code:
                box = patch.get_window_extent()
                hits.append((code, box.x0 / ratio, (pixels_h - box.y1) / ratio, box.x1 / ratio,
                             (pixels_h - box.y0) / ratio))  # fmt: skip
    return Rendered(bytes(canvas.buffer_rgba()), pixels_w, pixels_h, ratio, tuple(hits))


class ChartView(QWidget):
    sig_picked = Signal(str)
    """A bar was clicked; carries its code."""
    sig_resized = Signal()
    """The widget's size settled at one the shown image was not drawn for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rendered: Rendered | None = None
        self._image: QImage | None = None
        self.placeholder = ""
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(RESIZE_SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)

    def request(self) -> tuple[QSize, float]:
        """The size and pixel ratio to render at, read on the window's thread."""
        return self.size(), self.devicePixelRatioF()

    def show_rendered(self, rendered: Rendered) -> None:
        self.rendered = rendered
        image = QImage(rendered.rgba, rendered.width, rendered.height, QImage.Format.Format_RGBA8888)
        image.setDevicePixelRatio(rendered.ratio)
        self._image = image.copy()  # own the pixels: the bytes object may go
        self.update()
        self._settle.start()  # resized while this was being drawn: drawn again at the new size

    def bar_at(self, point: QPoint) -> str | None:
        if self.rendered is None:
            return None
        scale_x = self.width() / (self.rendered.width / self.rendered.ratio)
        scale_y = self.height() / (self.rendered.height / self.rendered.ratio)
        x, y = point.x() / scale_x, point.y() / scale_y
        return next((code for code, left, top, right, bottom in self.rendered.hits
                     if left <= x <= right and top <= y <= bottom), None)  # fmt: skip

    def bar_center(self, code: str) -> QPoint:
        """Where the bar for `code` is shown (for a click)."""
        assert self.rendered is not None
        _, left, top, right, bottom = next(h for h in self.rendered.hits if h[0] == code)
        scale_x = self.width() / (self.rendered.width / self.rendered.ratio)
        scale_y = self.height() / (self.rendered.height / self.rendered.ratio)
        return QPoint(int((left + right) / 2 * scale_x), int((top + bottom) / 2 * scale_y))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(self.rect()), self._image)
        elif self.placeholder:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        code = self.bar_at(event.position().toPoint())
        if code and event.button() == Qt.MouseButton.LeftButton:
            self.sig_picked.emit(code)
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._settle.start()  # drawn before (or while) the size changed: drawn again once it settles

    def _on_settled(self) -> None:
        if self.rendered is None or not self.isVisible():  # drawn when it is shown, at its size then
            return
        drawn = QSize(
            round(self.rendered.width / self.rendered.ratio),
            round(self.rendered.height / self.rendered.ratio),
        )
        if abs(drawn.width() - self.width()) > 2 or abs(drawn.height() - self.height()) > 2:
            self.sig_resized.emit()
