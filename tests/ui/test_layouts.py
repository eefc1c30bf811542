"""Issue 23: every workspace and dialog fits a laptop window of 1024x700, in Chinese and in English.

Each screen is shown on a demo office and checked from its widgets' geometry (tests/ui/layout_check):
no text wider than its label or button, no header cut, no widgets drawn over each other, no window
larger than the screen. The screenshots are kept for review in build/layout-shots/<language>/."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from peewee import fn
from PySide6.QtWidgets import QApplication

from kamdesk.demo import fill_demo
from kamdesk.services import people
from kamdesk.store import db
from kamdesk.store.row_values import tuples as tuples_of
from tests.conftest import SCRIPT
from tests.ui import layout_check
from tests.ui.conftest import settle
from ui.common import i18n
from ui.main_window import WORKSPACES, MainWindow

WIDTH, HEIGHT = 1024, 700
SHOTS = Path(os.environ.get("KAMDESK_LAYOUT_SHOTS", Path(__file__).parents[2] / "build" / "layout-shots"))


@pytest.fixture
def demo_office(db_path, clock_at):
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    info = db.open_database(str(db_path))
    boss = people.create_rep("王经理", actor=SCRIPT)
    fill_demo(accounts=40, seed=1)
    yield info, boss
    db.close_database()


@pytest.fixture(params=["zh_CN", "en"])
def language(request):
    i18n.install(QApplication.instance(), request.param)
    yield request.param
    i18n.install(QApplication.instance(), "en")


def test_every_workspace_fits_a_small_laptop_window(qtbot, demo_office, settings, language):
    info, boss = demo_office
    window = MainWindow(info, boss, settings, "log")
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    found = []

    def look(name: str) -> None:
        window.resize(WIDTH, HEIGHT)
        settle(qtbot)
        qtbot.wait(50)
        layout_check.keep_screenshot(window, SHOTS / language, name)
        found.extend(f"{name}: {p}" for p in layout_check.problems(window, WIDTH, HEIGHT))

    for row, key in enumerate(WORKSPACES):
        window.navigation.setCurrentRow(row)
        look(f"{row}-{key}")
        if key == "accounts":  # an account open, on each tab of its pane
            window.accounts_page.open_account(busiest_account())
            tabs = window.accounts_page.detail.detail_tabs
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                look(f"{row}-{key}-tab{tab}")
    assert not found, "\n".join(found)


def busiest_account() -> int:
    from kamdesk.store.models import Visit

    (account_id,) = next(
        iter(
            tuples_of(
                Visit.select(Visit.account)
                .group_by(Visit.account)
                .order_by(fn.COUNT(Visit.id).desc())
                .limit(1)
            )
        )
    )
    return account_id
