"""The one place that finds and registers the fonts every PDF uses: a TrueType-outline CJK font,
embedded, so a review prints the same on any machine."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kamdesk import errors
from kamdesk.paths import resource_path

FONT = "KAMDeskCJK"
FONT_BOLD = "KAMDeskCJK-Bold"  # the same face: CJK fonts rarely ship a bold, and faux bold blurs


@dataclass(frozen=True)
class FontFile:
    path: Path
    subfont: int = 0  # index inside a .ttc collection


def candidates(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> list[FontFile]:
    """The fonts to try, in order; only TrueType CJK fonts (CFF/OpenType ones such as Noto CJK or
    PingFang cannot be embedded by reportlab).

    On Windows, Microsoft YaHei first (the Windows UI's own Chinese font, on every Windows since
    Vista), then SimHei and SimSun, and the bundled font only as a fallback. Elsewhere the bundled
    font first: Linux desktops differ, and it gives every seat's PDFs the same look."""
    bundled = FontFile(resource_path("fonts", "wqy-microhei.ttc"))
    if platform == "win32":
        windows = Path(environ.get("WINDIR", "C:/Windows")) / "Fonts"
        return [
            FontFile(windows / "msyh.ttc"),
            FontFile(windows / "simhei.ttf"),
            FontFile(windows / "simsun.ttc"),
            bundled,
        ]
    found = [bundled]
    if platform == "darwin":
        found += [
            FontFile(Path("/System/Library/Fonts/STHeiti Light.ttc")),
            FontFile(Path("/Library/Fonts/Songti.ttc")),
        ]
    else:
        found += [
            FontFile(Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")),
            FontFile(Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")),
            FontFile(Path("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc")),
        ]
    return found


_registered: FontFile | None = None


def register_fonts() -> FontFile:
    """Register the CJK font with reportlab once per process; returns the file used."""
    global _registered
    if _registered is not None:
        return _registered
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    tried = []
    for candidate in candidates():
        if not candidate.path.exists():
            tried.append(f"{candidate.path}: not found")
            continue
        try:
            pdfmetrics.registerFont(TTFont(FONT, str(candidate.path), subfontIndex=candidate.subfont))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(candidate.path), subfontIndex=candidate.subfont))
        except TTFError as exc:
            tried.append(f"{candidate.path}: {exc}")
            continue
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        _registered = candidate
        return candidate
    raise errors.FontMissingError(detail="; ".join(tried))


_chart_family: str | None = None


def matplotlib_font() -> str:
    """The same font for charts; returns the family name matplotlib knows it by. The file is the one
    the PDFs use once they have registered it; until then the first that exists (parsing the font
    for reportlab costs half a second, which a dashboard should not wait for)."""
    global _chart_family
    if _chart_family is not None:
        return _chart_family
    from matplotlib import font_manager

    chosen = _registered or next((c for c in candidates() if c.path.exists()), None)
    if chosen is None:
        chosen = register_fonts()  # raises FontMissingError, naming every place looked in
    path = str(chosen.path)
    font_manager.fontManager.addfont(path)
    _chart_family = font_manager.FontProperties(fname=path).get_name()
    return _chart_family
