"""The office's table of which product line each SKU belongs to (issue 20): for ERP exports that
name no product line and no category. Kept from a list (SKU, product line), and applied to the
order lines already imported without a product line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_manager
from kamdesk.exchange.importing import MAX_PROBLEMS_KEPT, ImportResult, Problem, mapped_rows, read_mapped
from kamdesk.store import db, sales_facts
from kamdesk.store.models import ImportBatch, OrderLine, SkuProductLine
from kamdesk.store.row_values import tuples

LIMIT = 64


def import_sku_lines(path: Path, mapping: dict[str, str] | None = None, *, actor: Actor) -> ImportResult:
    """Add or change each SKU's product line, all or nothing; lines imported earlier with no product
    line get theirs. It decides how the office's sales are grouped, so a manager does it."""
    require_manager(actor, "set the SKUs' product lines")
    path = Path(path)
    table, positions = read_mapped(path, "sku_lines", mapping)
    problems: list[Problem] = []
    lines: dict[str, tuple[str, int]] = {}
    for line, values in mapped_rows(table, positions):
        sku, product_line = values.get("sku", ""), values.get("product_line", "")
        for column, value in (("sku", sku), ("product_line", product_line)):
            if not value:
                problems.append(Problem(line, column, "required"))
            elif len(value) > LIMIT:
                problems.append(Problem(line, column, "too_long", value[:20]))
        if sku in lines and lines[sku][0] != product_line:
            problems.append(Problem(line, "sku", "duplicate_code", sku))
        lines[sku] = (product_line, line)
    if problems:
        raise errors.ImportRefusedError(file=path.name, problems=problems[:MAX_PROBLEMS_KEPT])
    known = dict(tuples(SkuProductLine.select(SkuProductLine.sku, SkuProductLine.product_line)))
    new = [sku for sku in lines if sku not in known]
    changed = [sku for sku in lines if sku in known and known[sku] != lines[sku][0]]
    with db.writing(actor):
        ImportBatch.create(kind="sku_lines", file_name=path.name, imported_by=actor.id, lines=len(lines),
                           new_lines=len(new), imported_at=clock.now())  # fmt: skip
        if new:
            SkuProductLine.insert_many([{"sku": s, "product_line": lines[s][0]} for s in new]).execute()
        for sku in changed:
            SkuProductLine.update(product_line=lines[sku][0]).where(SkuProductLine.sku == sku).execute()
        for sku, (product_line, _) in lines.items():
            sales_facts.give_product_line(sku, product_line)
    return ImportResult("sku_lines", path.name, len(lines), len(new), len(changed))


@dataclass(frozen=True)
class SkuRow:
    sku: str
    product_line: str  # "" while the SKU has none
    unclassified: int  # order lines of this SKU with no product line


def rows() -> list[SkuRow]:
    """The table, and every SKU sold without a product line (the ones to classify first)."""
    table = dict(tuples(SkuProductLine.select(SkuProductLine.sku, SkuProductLine.product_line)))
    bare = dict(
        tuples(
            OrderLine.select(OrderLine.sku, fn.COUNT(OrderLine.id))
            .where(OrderLine.product_line == "")
            .group_by(OrderLine.sku)
        )
    )
    skus = sorted(table.keys() | bare.keys(), key=lambda s: (-bare.get(s, 0), s))
    return [SkuRow(s, table.get(s, ""), int(bare.get(s, 0))) for s in skus]


def set_lines(changes: dict[str, str], *, actor: Actor) -> int:
    """Give these SKUs these product lines ("" takes a SKU out of the table), in one transaction;
    the order lines of a SKU with no product line get it. Returns the order lines classified."""
    require_manager(actor, "set the SKUs' product lines")
    if any(len(line.strip()) > LIMIT for line in changes.values()):
        raise errors.ValidationError({"product_line": "too_long"})
    classified = 0
    with db.writing(actor):
        for sku, line in changes.items():
            line = line.strip()
            SkuProductLine.delete().where(SkuProductLine.sku == sku).execute()
            if line:
                SkuProductLine.insert(sku=sku, product_line=line).execute()
                classified += sales_facts.give_product_line(sku, line)
    return classified
