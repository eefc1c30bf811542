"""Exporting the office's data for spreadsheets: CSV in UTF-8 with BOM (so Excel opens Chinese
correctly) or XLSX. In CSV, text that a spreadsheet would run as a formula (=, +, -, @ and the
control characters that start one) gets a leading apostrophe, and so does text that starts with one,
so the importer can take exactly one away (kamdesk.exchange.importing.restore_neutralised): exporting then
importing changes nothing. XLSX cells are typed as text and need no apostrophe. Numbers stay
numbers. Files appear whole or not at all."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from peewee import JOIN

from kamdesk import errors
from kamdesk.store.models import Account, Contact, LedgerEntry, OrderLine, Rep, Visit, database
from kamdesk.store.row_values import tuples
from kamdesk.store.safe_write import write_whole

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISED_STARTS = (*FORMULA_STARTS, "'")
DATASETS = ("accounts", "visits", "ledger", "orders", "value", "incentives")


def neutralise(value: object) -> object:
    """A spreadsheet-safe CSV cell: text starting like a formula (or with an apostrophe) gets a
    leading apostrophe."""
    if isinstance(value, str) and value.startswith(NEUTRALISED_STARTS):
        return "'" + value
    return value


def rows_for(dataset: str) -> tuple[list[str], list[list]]:
    """The header and the rows of one dataset, as the importer reads them back where it can."""
    if dataset == "accounts":
        accounts = (
            Account.select(Account, Rep)
            .join(Rep, join_type=JOIN.LEFT_OUTER, on=(Account.owner == Rep.id))
            .order_by(Account.code)
        )
        header = [
            "code",
            "name",
            "industry",
            "region",
            "address",
            "tier",
            "relationship",
            "loyalty",
            "status",
            "owner",
        ]
        return header, [[a.code, a.name, a.industry, a.region, a.address, a.tier, a.relationship, a.loyalty, a.status,
                         a.owner.name if a.owner is not None else ""] for a in accounts]  # fmt: skip
    if dataset == "visits":
        visits = Visit.select(Visit, Account).join(Account).order_by(Visit.started_at)
        header = ["account_code", "started_at", "channel", "purpose", "problems", "latent_needs", "suggestions",
                  "competitor_moves"]  # fmt: skip
        return header, [[v.account.code, v.started_at, v.channel, v.purpose, v.problems, v.latent_needs, v.suggestions,
                         v.competitor_moves] for v in visits]  # fmt: skip
    if dataset == "ledger":
        entries = (
            LedgerEntry.select(LedgerEntry, Account, Contact).join(Account).switch(LedgerEntry)
            .join(Contact, join_type=JOIN.LEFT_OUTER, on=(LedgerEntry.contact == Contact.id)).order_by(LedgerEntry.noted_on)
        )  # fmt: skip
        header = [
            "account_code",
            "noted_on",
            "kind",
            "guarantee",
            "text",
            "contact",
            "resolved_at",
            "resolution",
        ]
        return header, [[e.account.code, e.noted_on, e.kind, e.guarantee, e.text,
                         e.contact.name if e.contact is not None else "", e.resolved_at or "", e.resolution]
                        for e in entries]  # fmt: skip
    if dataset == "orders":
        orders = (
            OrderLine.select(Account.code, OrderLine.ordered_on, OrderLine.sku, OrderLine.product_line,
                             OrderLine.quantity, OrderLine.amount_cents)
            .join(Account).order_by(OrderLine.ordered_on, Account.code)
        )  # fmt: skip
        header = ["account_code", "date", "sku", "product_line", "quantity", "amount"]
        return header, [[code, day, sku, line, _number(quantity), cents / 100]
                        for code, day, sku, line, quantity, cents in database.execute(orders)]  # fmt: skip
    if dataset == "value":
        return _value_rows()
    if dataset == "incentives":
        return _incentive_rows()
    raise errors.ValidationError({"dataset": "invalid_choice"})


def _value_rows() -> tuple[list[str], list[list]]:
    """Each account's last twelve months (kamdesk.rules.value_tiers.AccountValue) and share of wallet,
    in yuan; a figure that cannot be reckoned (its cost unknown, no estimate) is left empty."""
    from kamdesk.rules.value_tiers import AccountValue
    from kamdesk.services import value

    year = value.trailing_year()
    values, wallets = year.values, year.wallets
    header = ["account_code", "name", "tier", "revenue_12m", "gross_profit_12m", "margin", "cost_to_serve_12m",
              "incentives_paid_12m", "net_contribution_12m", "estimated_need", "share_of_wallet"]  # fmt: skip
    rows = []
    query = Account.select(Account.id, Account.code, Account.name, Account.tier).where(
        Account.archived_at.is_null()
    )
    for account_id, code, name, tier in tuples(query.order_by(Account.code)):  # fmt: skip
        v, w = values.get(account_id) or AccountValue(account_id, 0, 0, 0, 0, 0, 0), wallets.get(account_id)
        rows.append([
            code, name, tier, _yuan(v.revenue), _yuan(v.gross_profit),
            round(v.margin, 4) if v.margin is not None and v.profit_known else None, _yuan(v.cost_to_serve),
            _yuan(v.incentives_paid), _yuan(v.net_contribution), _yuan(w.need) if w else None,
            round(w.share, 4) if w else None,
        ])  # fmt: skip
    return header, [[cell if cell is not None else "" for cell in row] for row in rows]


def _incentive_rows() -> tuple[list[str], list[list]]:
    """The rebate and promotion ledger, in the columns its import reads, with what is owed and where
    each stands today."""
    from kamdesk.services import incentives

    codes: dict[int, str] = dict(tuples(Account.select(Account.id, Account.code)))
    header = ["account_code", "kind", "title", "starts_on", "ends_on", "rate_percent", "product_line", "promised",
              "due_on", "paid_on", "paid", "note", "owed", "state"]  # fmt: skip
    rows = []
    for s in sorted(
        incentives.standings(), key=lambda s: (codes.get(s.agreement.account_id, ""), s.agreement.starts_on)
    ):
        a = s.agreement
        rows.append([codes.get(a.account_id, ""), a.kind, a.title, a.starts_on, a.ends_on,
                     a.rate_percent if a.rate_percent is not None else "", a.product_line,
                     _yuan(a.promised_cents) if a.promised_cents is not None else "", a.due_on, a.paid_on or "",
                     _yuan(a.paid_cents) if a.paid_cents is not None else "", a.note, _yuan(s.owed_cents), s.state])  # fmt: skip
    return header, rows


def _yuan(cents: int | None) -> float | int | None:
    return None if cents is None else _number(cents / 100)


def export(dataset: str, path: Path) -> int:
    """Write the dataset to `path` (.csv or .xlsx); returns the number of rows."""
    path = Path(path)
    header, rows = rows_for(dataset)
    write = _write_xlsx if path.suffix.lower() == ".xlsx" else _write_csv
    write_whole(path, lambda temp: write(Path(temp), header, rows))
    return len(rows)


def _write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        for row in rows:
            out.writerow([_text(neutralise(v)) for v in row])


def _write_xlsx(path: Path, header: list[str], rows: list[list]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(header)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            cells.append(cell)
        sheet.append(cells)
    book.save(path)


def _text(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
