import datetime as dt

from PySide6.QtCore import Qt

from kamdesk.store import db, sales_facts
from kamdesk.store.models import Account
from tests.orders import add_order_line
from tests.ui.conftest import settle
from tests.ui.test_accounts_page import shown_codes
from ui.main_window import MainWindow


def test_clicking_a_tier_bar_filters_the_accounts_list(qtbot, office, settings, clock_at):
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.navigation.setCurrentRow(window.pages.indexOf(window.dashboard_page))
    settle(qtbot)
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.charts["tiers"].rendered is not None, timeout=20000)
    assert page.data.tiers == {"vip": 1, "growth": 1, "negative": 1, "unclassified": 1}
    chart = page.charts["tiers"]
    qtbot.waitUntil(chart.isVisible)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_center("growth"))
    settle(qtbot)
    assert window.pages.currentWidget() is window.accounts_page
    growth = {a.code for a in Account.select().where(Account.tier == "growth", Account.status == "active")}
    assert set(shown_codes(window.accounts_page)) == growth == {"KA002"}
    assert window.accounts_page.tier_filter.currentData() == "growth"


def test_the_80_20_shows_net_contribution_beside_revenue_once_the_lines_carry_their_cost(office, clock_at):
    """Seed 001: VIP makes the most profit. The curve of net contribution appears only when the
    office's order lines carry enough cost to reckon it; a figure that cannot be reckoned is not drawn."""
    from kamdesk.store.models import OrderLine
    from ui.sales.dashboard_page import gather, with_figures

    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    for code, amount, cost in (("KA001", 900_000, 600_000), ("KA002", 100_000, 90_000)):
        line = {"ordered_on": dt.date(2026, 6, 1), "sku": "S", "product_line": "饮料", "quantity": 1}
        add_order_line(account=office[code].id, amount_cents=amount, cost_cents=cost, **line)
    data = gather(None, None)
    assert data.pareto_shares == [0.9, 1.0] and data.profit_shares == [300_000 / 310_000, 1.0]
    legend = with_figures(data, "en").figures["pareto"].axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["Revenue", "Net contribution"]
    OrderLine.update(cost_cents=None).execute()
    sales_facts.rebuild()  # as an office whose costs were never known
    assert gather(None, None).profit_shares == []
