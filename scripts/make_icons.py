"""Draw resources/icons/kamdesk.svg at the sizes a desktop's icon theme looks for
(resources/icons/hicolor/<n>x<n>/apps/kamdesk.png), for install.sh to copy, and put the sizes
Windows shows (16 to 256 px: Explorer, the Start menu, the task bar) in resources/icons/kamdesk.ico,
each drawn at its size rather than scaled down by Windows. Run when the SVG changes:
    .venv/bin/python scripts/make_icons.py"""

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_SIZES = (16, 24, 32, 48, 64, 128, 256)  # an .ico holds 256 px at most
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
    write_ico()
    return 0


def write_ico() -> None:
    from PIL import Image  # Pillow (matplotlib's): Qt writes one picture per .ico

    drawn = {s: Image.open(ICONS / "hicolor" / f"{s}x{s}" / "apps" / "kamdesk.png") for s in WINDOWS_SIZES}
    largest = drawn[WINDOWS_SIZES[-1]]
    largest.save(ICONS / "kamdesk.ico", format="ICO", sizes=[(s, s) for s in WINDOWS_SIZES],
                 append_images=[drawn[s] for s in WINDOWS_SIZES[:-1]])  # fmt: skip
    print((ICONS / "kamdesk.ico").relative_to(ICONS.parents[1]))


if __name__ == "__main__":
    sys.exit(main())
