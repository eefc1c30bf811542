"""Draw resources/icons/kamdesk.svg at the sizes a desktop's icon theme looks for
(resources/icons/hicolor/<n>x<n>/apps/kamdesk.png), for install.sh to copy. Run when the SVG changes:
    .venv/bin/python scripts/make_icons.py"""

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def main() -> int:
    app = QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])  # noqa: F841 (Qt needs one)
    renderer = QSvgRenderer(str(ICONS / "kamdesk.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "kamdesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        print(target.relative_to(ICONS.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
