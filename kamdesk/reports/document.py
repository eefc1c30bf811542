"""What every KAMDesk PDF shares: A4, the embedded CJK font, a named stylesheet, a header with the
office, title and period, a footer with "page X of Y" and the generation date, tables that repeat
their header, and a write that never leaves a partial file. Subclasses only override story()."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from kamdesk import clock
from kamdesk.reports import wording
from kamdesk.reports.fonts import FONT, FONT_BOLD, register_fonts
from kamdesk.rules.board_cards import BoardColumn
from kamdesk.store.safe_write import write_whole

if TYPE_CHECKING:
    from reportlab.platypus.tables import _TableCommand

INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#6b7280")
RULE = colors.HexColor("#d8dde4")
HEAD = colors.HexColor("#eceff3")
ACCENT = colors.HexColor("#1d5fa8")
COLUMN_FILL: dict[str, str] = {
    BoardColumn.NOT_STARTED: "#e5e7eb", BoardColumn.IN_PROGRESS: "#fde68a", BoardColumn.SECURED: "#bbf7d0",
    BoardColumn.AT_RISK: "#fecaca",
}  # fmt: skip
MARGIN = 18 * mm


def stylesheet() -> StyleSheet1:
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, wordWrap="CJK")
    sheet.add(base)
    sheet.add(ParagraphStyle("small", parent=base, fontSize=8, leading=11))
    sheet.add(ParagraphStyle("muted", parent=base, fontSize=8.5, leading=12, textColor=MUTED))
    sheet.add(ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5))
    sheet.add(ParagraphStyle("head_cell", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11.5))
    sheet.add(ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=26, spaceAfter=6))
    sheet.add(
        ParagraphStyle("cover", parent=base, fontName=FONT_BOLD, fontSize=26, leading=34, alignment=TA_CENTER)
    )
    sheet.add(
        ParagraphStyle(
            "cover_sub", parent=base, fontSize=13, leading=20, alignment=TA_CENTER, textColor=MUTED
        )
    )
    sheet.add(ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=14, leading=19, spaceBefore=10,
                             spaceAfter=5, textColor=ACCENT, keepWithNext=1))  # fmt: skip
    sheet.add(
        ParagraphStyle(
            "h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4
        )
    )
    sheet.add(ParagraphStyle("toc0", parent=base, fontName=FONT_BOLD, fontSize=10, leading=15))
    sheet.add(ParagraphStyle("toc1", parent=base, fontSize=9, leading=12.5, leftIndent=14))
    return sheet


def money(cents: float | None) -> str:
    """Money as the reviews print it: ¥ and whole yuan; "—" for a figure that cannot be reckoned."""
    return "—" if cents is None else f"¥{cents / 100:,.0f}"


class NumberedCanvas(canvas.Canvas):
    """Holds the pages back until the end, so each footer can say "page X of Y"."""

    footer = None  # set per document: callable(canvas, page, pages)

    def __init__(self, *args, **kwargs) -> None:
        kwargs["initialFontName"] = (
            kwargs.get("initialFontName") or FONT
        )  # else pages start in unembedded Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's, which its stubs leave out

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self.footer:
                self.footer(self, number, total)
            super().showPage()
        super().save()


class ReportDocument:
    """Subclasses set `title_key` and implement `story()`; `write(path)` makes the PDF."""

    title_key = ""

    def __init__(self, language: str, period_label: str, office: str = "") -> None:
        self.language = language
        self.period_label = period_label
        self.office = office or wording.word(language, "office")
        self.styles = stylesheet()
        self.generated = clock.now()

    # --- helpers for subclasses ----------------------------------------------------------------
    def w(self, key: str, **params) -> str:
        return wording.word(self.language, key, **params)

    def code(self, kind: str, value: str) -> str:
        return wording.code(self.language, kind, value)

    def separator(self) -> str:
        """What separates the items of a list in a sentence: 、 in Chinese, a comma in English."""
        return "、" if self.language.startswith("zh") else ", "

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(_escape(text), self.styles[style])

    def line(self, text: str, style: str = "body") -> Flowable:
        """p for text that is one line in most cases: drawn straight when it fits."""
        return Line(text, cast(ParagraphStyle, self.styles[style]))

    def table(
        self, header: list[str] | None, rows: list[list], widths: list[float], fills: list | None = None
    ) -> Table:
        """A table that wraps text and repeats its header on every page; `fills` colours data cells,
        as (column, row, hex colour). With no header it is a plain grid (e.g. label/value pairs)."""
        head, cell = (cast(ParagraphStyle, self.styles[name]) for name in ("head_cell", "cell"))
        data: list[list[Flowable]] = [] if header is None else [[Line(h, head) for h in header]]
        for row in rows:
            data.append([c if isinstance(c, Flowable) else Line(str(c), cell) for c in row])
        first = 0 if header is None else 1
        table = Table(data, colWidths=widths, repeatRows=first, hAlign="LEFT")
        style: list[_TableCommand] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # Table's own default is (unembedded) Helvetica
            ("LINEBELOW", (0, first), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header is None:
            style.append(("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE))
        else:
            style += [("BACKGROUND", (0, 0), (-1, 0), HEAD), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE)]
        for column, row, fill in fills or []:
            style.append(("BACKGROUND", (column, row + first), (column, row + first), colors.HexColor(fill)))
        table.setStyle(TableStyle(style))
        return table

    @property
    def width(self) -> float:
        return A4[0] - 2 * MARGIN

    # --- building -------------------------------------------------------------------------------
    def story(self) -> list:
        raise NotImplementedError

    def header_note(self) -> str:
        """What the running header says after the title: the period, unless a report says otherwise."""
        return f"{self.w('period')} {self.period_label}"

    def title(self) -> str:
        return self.w(self.title_key)

    def make_template(self, path: str) -> BaseDocTemplate:
        doc = BaseDocTemplate(
            path, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 8 * mm,
            bottomMargin=MARGIN + 4 * mm, title=self.title(), author="KAMDesk", creator="KAMDesk",
        )  # fmt: skip
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._header)])
        return doc

    def write(self, path: str | Path) -> Path:
        """Build the PDF into `path`; the file appears whole or not at all."""
        return write_whole(path, self.build)

    def build(self, path: str) -> None:
        doc = self.make_template(path)
        canvasmaker = cast(
            "type[NumberedCanvas]", type("Canvas", (NumberedCanvas,), {"footer": self._footer})
        )
        doc.build(self.story(), canvasmaker=canvasmaker)

    def _header(self, pdf: canvas.Canvas, doc) -> None:
        pdf.saveState()
        top = A4[1] - MARGIN + 2 * mm
        pdf.setFont(FONT_BOLD, 9)
        pdf.setFillColor(INK)
        pdf.drawString(MARGIN, top, self.office)
        pdf.setFont(FONT, 9)
        pdf.setFillColor(MUTED)
        pdf.drawRightString(A4[0] - MARGIN, top, f"{self.title()} · {self.header_note()}")
        pdf.setStrokeColor(RULE)
        pdf.setLineWidth(0.6)
        pdf.line(MARGIN, top - 3 * mm, A4[0] - MARGIN, top - 3 * mm)
        pdf.restoreState()

    def _footer(self, pdf: canvas.Canvas, page: int, pages: int) -> None:
        pdf.saveState()
        pdf.setFont(FONT, 8)
        pdf.setFillColor(MUTED)
        y = MARGIN - 2 * mm
        pdf.drawString(MARGIN, y, self.w("generated", when=self.generated.strftime("%Y-%m-%d %H:%M")))
        pdf.drawRightString(A4[0] - MARGIN, y, self.w("page_of", page=page, pages=pages))
        pdf.restoreState()


class Line(Flowable):
    """A line of text in a paragraph style, drawn straight when it fits the width: the quarterly
    review lays out tens of thousands of them and hundreds of thousands of table cells, twice, and a
    Paragraph breaks each into lines character by character (CJK). Text that does not fit, spans
    lines, or has spaces a Paragraph would collapse, wraps as a Paragraph."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self._paragraph: Paragraph | None = None

    def wrap(self, avail_width, avail_height):
        style = self.style
        if (
            self._paragraph is None
            and self.text  # an empty Paragraph is no line high
            and self.text == " ".join(self.text.split())  # no line break, no space to collapse
            and pdfmetrics.stringWidth(self.text, style.fontName, style.fontSize) <= avail_width
        ):
            self.width, self.height = avail_width, style.leading
            return self.width, self.height
        if self._paragraph is None:
            self._paragraph = Paragraph(_escape(self.text), style)
        return self._paragraph.wrap(avail_width, avail_height)

    def split(self, avail_width, avail_height):
        return [] if self._paragraph is None else self._paragraph.split(avail_width, avail_height)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def getPlainText(self) -> str:
        return self.text

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        style = self.style
        self.canv.setFont(style.fontName, style.fontSize)
        self.canv.setFillColor(style.textColor)
        self.canv.drawString(0, self.height - style.fontSize, self.text)  # where a Paragraph sets it


def _escape(text: str) -> str:
    """Paragraph text is markup: the user's "<" and "&" must print as typed. Newlines become breaks."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
