"""Order lines written the way the office's import writes them: the line, and its sums in the sales
facts (kamdesk.store.sales_facts) in the same step."""

from kamdesk.store import sales_facts
from kamdesk.store.models import OrderLine


def add_order_line(**fields) -> None:
    with OrderLine._meta.database.atomic():
        OrderLine.insert(**fields).execute()
        sales_facts.rebuild()  # a test office is small: every sum again is the plainest way
