import datetime as dt

from PySide6.QtCore import QPoint, Qt

from kamdesk.store import db
from kamdesk.store.models import Account
from tests.ui.test_accounts_page import shown_codes
from ui.main_window import MainWindow


def bar_center(canvas, code):
    """Where a bar is on the screen: matplotlib counts pixels from the bottom, Qt from the top."""
    canvas.draw()
    bar = next(p for p in canvas.figure.axes[0].patches if p.get_gid() == code)
    box = bar.get_window_extent()
    ratio = canvas.device_pixel_ratio or 1
    return QPoint(int((box.x0 + box.x1) / 2 / ratio), int(canvas.height() - (box.y0 + box.y1) / 2 / ratio))


def test_clicking_a_tier_bar_filters_the_accounts_list(qtbot, office, settings, clock_at):
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.navigation.setCurrentRow(window.pages.indexOf(window.dashboard_page))
    page = window.dashboard_page
    qtbot.waitUntil(lambda: "tiers" in page.canvases, timeout=20000)
    assert page.data.tiers == {"vip": 1, "growth": 1, "negative": 1, "unclassified": 1}
    canvas = page.canvases["tiers"]
    qtbot.waitUntil(canvas.isVisible)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=bar_center(canvas, "growth"))
    assert window.pages.currentWidget() is window.accounts_page
    growth = {a.code for a in Account.select().where(Account.tier == "growth", Account.status == "active")}
    assert set(shown_codes(window.accounts_page)) == growth == {"KA002"}
    assert window.accounts_page.tier_filter.currentData() == "growth"
