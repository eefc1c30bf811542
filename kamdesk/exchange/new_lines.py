"""Order lines on their way into the database, a list per column."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

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

    @classmethod
    def empty(cls) -> NewLines:
        return cls([], [], [], [], [], [])

    def __len__(self) -> int:
        return len(self.account_ids)

    def rows(self) -> Iterator[tuple]:
        """Each line's values to write: the six columns, the cost and the delivery when the file has them."""
        return zip(*self.columns(), *self.extra_columns(), strict=True)

    def extra_columns(self) -> list[list]:
        costs = [self.costs] if self.costs is not None else []
        return costs + (list(self.delivery.columns()) if self.delivery is not None else [])

    def names(self) -> list[str]:
        """The columns `rows` gives, as order_line names them."""
        names = ["account_id", "ordered_on", "sku", "product_line", "quantity", "amount_cents"]
        names += ["cost_cents"] if self.costs is not None else []
        return names + (list(DELIVERY_COLUMNS) if self.delivery is not None else [])

    def columns(self) -> tuple[list, ...]:
        """The columns that make a line the same line."""
        return (self.account_ids, self.dates, self.skus, self.product_lines, self.quantities, self.cents)
