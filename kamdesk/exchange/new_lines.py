"""Order lines on their way into the database, a list per column."""

from __future__ import annotations

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

    def __reduce__(self):
        """Pickled compactly, to cross from the process that reads the file (read_ahead): numbers as
        numpy columns; texts as they are (that reader makes equal texts one object, which pickle
        writes once and refers to after: a part's dates, SKUs and product lines repeat endlessly)."""
        import numpy as np

        numbers = [np.array(self.account_ids, dtype=np.int64), np.array(self.quantities, dtype=np.float64),
                   np.array(self.cents, dtype=np.int64)]  # fmt: skip
        texts = [self.dates, self.skus, self.product_lines]
        return (_unpickled, (numbers, texts, self.costs, self.delivery))

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


def _unpickled(
    numbers: list, texts: list, costs: list | None, delivery: erp_files.Delivery | None
) -> NewLines:
    accounts, quantities, cents = (column.tolist() for column in numbers)
    dates, skus, product_lines = texts
    return NewLines(accounts, dates, skus, product_lines, quantities, cents, costs, delivery)
