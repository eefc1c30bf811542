"""A review's figures (the JSON of `report --figures`) as a workbook, for managers who keep a
spreadsheet of them: one sheet of the single figures (key, value), then one sheet per list (the
accounts, the churned accounts, the revenue by quarter, the loyalty and tier counts). Keys stay as
the JSON names them, so a formula written against one quarter's workbook reads the next one's. Money
stays in cents, as in the JSON: exact whole numbers. Text is typed as text, never run as a formula.
The file appears whole or not at all."""

from __future__ import annotations

from pathlib import Path

from kamdesk.store.safe_write import write_whole


def sheets(figures: dict) -> dict[str, list[list]]:
    """Sheet name -> rows (the first one the header)."""
    single = [["key", "value"]]
    out: dict[str, list[list]] = {"figures": single}
    for key, value in figures.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            header = list(value[0])
            out[key] = [header, *([row.get(h) for h in header] for row in value)]
        elif isinstance(value, dict):
            out[key] = [["key", "value"], *([k, v] for k, v in value.items())]
        elif isinstance(value, list):
            out[key] = [["value"], *([v] for v in value)]
        else:
            single.append([key, value])
    return out


def write(figures: dict, path: Path) -> Path:
    def fill(temp: str) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        book = Workbook(write_only=True)
        for name, rows in sheets(figures).items():
            sheet = book.create_sheet(title=name[:31])  # Excel's longest sheet name
            for row in rows:
                cells = []
                for value in row:
                    cell = WriteOnlyCell(sheet, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"
                    cells.append(cell)
                sheet.append(cells)
        book.save(temp)

    return write_whole(path, fill)
