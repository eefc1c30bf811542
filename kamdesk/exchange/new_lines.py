"""Order lines on their way into the database, a list per column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kamdesk.exchange import erp_files

DELIVERY_COLUMNS = ("requested_on", "delivered_on", "delivered_quantity", "urgent")  # as erp_files.Delivery


@dataclass
class NewLines:
    """Order lines ready to write, one list per column (far cheaper than a tuple per line). What
    makes a line the same line again is its first six columns; the cost comes along when known."""

    account_ids: list[int]
    dates: list[str]  # ISO
    skus: list[str]
    product_lines: list[str]
    quantities: list[float]
    cents: list[int]
    costs: list[int | None] | None = None  # None: the file has no cost
    delivery: erp_files.Delivery | None = None  # None: the file says nothing of delivery
    known: Known | None = field(default=None, compare=False, repr=False)  # as a reading process sent them

    @classmethod
    def empty(cls) -> NewLines:
        return cls([], [], [], [], [], [])

    def __len__(self) -> int:
        return len(self.account_ids)

    def extra_columns(self) -> list[list]:
        """The cost and the delivery columns, when the file has them."""
        costs = [self.costs] if self.costs is not None else []
        return costs + (list(self.delivery.columns()) if self.delivery is not None else [])

    def names(self) -> list[str]:
        """The columns and extra columns, as order_line names them."""
        names = ["account_id", "ordered_on", "sku", "product_line", "quantity", "amount_cents"]
        names += ["cost_cents"] if self.costs is not None else []
        return names + (list(DELIVERY_COLUMNS) if self.delivery is not None else [])

    def columns(self) -> tuple[list, ...]:
        """The columns that make a line the same line."""
        return (self.account_ids, self.dates, self.skus, self.product_lines, self.quantities, self.cents)


@dataclass
class Known:
    """What the import computes with, as numpy columns, of lines that came from a reading process:
    the accounts and cents, and the dates and product lines numbered (each distinct text, then its
    index for each line)."""

    accounts: Any
    cents: Any
    dates: tuple[list[str], Any]
    product_lines: tuple[list[str], Any]


@dataclass
class CodedLines:
    """A part of a file's order lines as a reading process (kamdesk.exchange.read_ahead) sends them:
    each column its distinct values and, for each line, the index of its value among them
    (importing.coded_distinct); the cents a numpy column. Pickled without a reference a text, it
    arrives as NewLines, with the numpy columns the import computes with (NewLines.known)."""

    accounts: tuple[list[int], list[int]]
    dates: tuple[list[str], list[int]]
    skus: tuple[list[str], list[int]]
    product_lines: tuple[list[str], list[int]]
    quantities: tuple[list[float], list[int]]
    cents: Any

    def __len__(self) -> int:
        return len(self.cents)

    def __reduce__(self):
        return (
            _arrived,
            (self.accounts, self.dates, self.skus, self.product_lines, self.quantities, self.cents),
        )


def _arrived(accounts, dates, skus, product_lines, quantities, cents) -> NewLines:
    import numpy as np

    def listed(coded: tuple[list, list[int]]) -> list:
        values, codes = coded
        return list(map(values.__getitem__, codes))

    account_ids = np.array(accounts[0], dtype=np.int64)[np.array(accounts[1], dtype=np.intp)]
    date_texts, sku_texts, line_texts = (listed(column) for column in (dates, skus, product_lines))
    lines = NewLines(
        account_ids.tolist(), date_texts, sku_texts, line_texts, listed(quantities), cents.tolist()
    )
    numbered = [(values, np.array(codes, dtype=np.intp)) for values, codes in (dates, product_lines)]
    lines.known = Known(account_ids, cents, *numbered)
    return lines
