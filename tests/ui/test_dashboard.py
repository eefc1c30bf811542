import datetime as dt

from PySide6.QtCore import Qt

from kamdesk.store import db
from kamdesk.store.models import Account
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
