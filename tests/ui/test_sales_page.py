import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.services import churn
from kamdesk.store import db
from kamdesk.store.models import Account, FollowUp
from tests.conftest import SCRIPT
from tests.orders import add_order_line
from tests.ui.conftest import settle
from ui.sales.sales_page import SalesPage

TODAY = dt.datetime(2026, 11, 23, 9, 0)


def order(account_id, day, yuan, line="饮料"):
    add_order_line(id=hash((account_id, day, yuan, line)) & (2**62 - 1), account=account_id, ordered_on=day,
                     sku="S", product_line=line, quantity=1, amount_cents=yuan * 100)  # fmt: skip


def test_schedule_a_visit_to_a_slipping_account(qtbot, office, clock_at, monkeypatch):
    clock_at(TODAY)
    a = office["KA001"].id
    for i in range(6):  # every 10 days until 2026-08-20, then nothing
        order(a, dt.date(2026, 7, 1) + dt.timedelta(days=10 * i), 1000)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: None))
    page = SalesPage(office["boss"])
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot)
    assert page.slipping_model.rowCount() == 1 and page.slipping_model.item(0).days_since == 95
    assert page.slipping_model.index(0, 4).data() == "× 9.5"  # what the list is sorted by, shown
    page.slipping_table.selectRow(0)
    qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    from ui.sales.schedule_dialog import ScheduleVisitDialog

    dialog = next(d for d in page.findChildren(ScheduleVisitDialog) if d.isVisible())
    assert (
        dialog.text_edit.text() == "回访:已 95 天未下单(通常每 10 天一单),了解原因"
    )  # the office's language
    dialog.due_edit.setDate(dt.date(2026, 11, 25))
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(office["li"].id))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    follow_up = FollowUp.get()
    assert (follow_up.account_id, follow_up.owner_id, follow_up.due_on) == (
        a, office["li"].id, dt.date(2026, 11, 25))  # fmt: skip
    assert "95" in follow_up.text


def test_a_manager_accepts_a_tier_suggestion_and_a_rep_cannot(qtbot, office, clock_at):
    clock_at(TODAY)
    order(office["KA004"].id, dt.date(2026, 6, 1), 9000)  # KA004 (unclassified) makes the money now
    page = SalesPage(office["boss"])
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot)
    rows = {page.tier_model.item(r).code: r for r in range(page.tier_model.rowCount())}
    page.tier_table.selectRow(rows["KA004"])
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Account.get(Account.code == "KA004").tier == "vip"
    rep_page = SalesPage(office["li"])
    qtbot.addWidget(rep_page)
    assert not rep_page.accept_button.isEnabled() and not rep_page.reject_button.isEnabled()


def test_the_three_churn_questions_and_the_whitespace(qtbot, office, clock_at):
    clock_at(dt.datetime(2025, 1, 1, 9, 0))
    Account.update(created_at=dt.datetime(2025, 1, 1)).execute()
    clock_at(TODAY)
    churn.mark_churned(
        office["KA003"].id,
        dt.date(2026, 8, 10),
        "价格偏高",
        "连续两个季度交货延迟",
        step="logistics",
        actor=SCRIPT,
    )
    order(office["KA001"].id, dt.date(2026, 9, 1), 100, "饮料")
    order(office["KA001"].id, dt.date(2026, 9, 2), 100, "乳品")
    order(office["KA002"].id, dt.date(2026, 9, 3), 300, "饮料")
    page = SalesPage(office["boss"])
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot)
    assert "2026Q3: 25.0% (1 of 4)" in page.rate_label.text()
    assert (
        "价格偏高: 1" in page.reasons_label.text() and "连续两个季度交货延迟: 1" in page.reasons_label.text()
    )
    assert "Where it failed:\nGuarantee 3: 1 (100%)" in page.reasons_label.text()  # seed 004's step
    assert "At a 1-2-4 step: 100% of those named (seed 004: nearly 70%)" in page.reasons_label.text()
    model = page.whitespace_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Account",
        "饮料",
        "乳品",
    ]
    grid = {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    }
    assert grid == {"KA001 上海华联超市连锁有限公司": ("✓", "✓"), "KA002 北京永辉餐饮管理有限公司": ("✓", "")}


def test_an_account_churned_with_no_date_is_listed_until_completed(qtbot, office, settings, clock_at):
    """Set churned before the status could only change through the churn form: listed on the Churn
    tab as not counted; a double-click opens it, Complete churn… records the date and reasons."""
    from tests.ui.test_main_window import click_navigation
    from ui.feedback.feedback_dialog import ChurnDialog
    from ui.main_window import MainWindow

    clock_at(TODAY)
    Account.update(status="churned").where(Account.id == office["KA003"].id).execute()
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    click_navigation(qtbot, window, "sales")
    page = window.pages.built("sales")
    page.tabs.setCurrentWidget(page.undated_box.parentWidget())
    settle(qtbot)
    assert page.undated_box.isVisible() and page.undated_list.count() == 1
    item = page.undated_list.item(0)
    assert item.text().startswith("KA003")
    rect = page.undated_list.visualItemRect(item)
    qtbot.mouseClick(page.undated_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.undated_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    detail = window.accounts_page.detail
    assert detail.account_id == office["KA003"].id and detail.churn_button.text() == "Complete churn…"
    assert detail.reactivate_button.isVisible()
    qtbot.mouseClick(detail.churn_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = next(d for d in window.findChildren(ChurnDialog) if d.isVisible())
    dialog.date_edit.setDate(dt.date(2026, 10, 9))
    dialog.surface_combo.setCurrentIndex(dialog.surface_combo.findText("价格偏高"))
    dialog.step_combo.setCurrentIndex(dialog.step_combo.findData("logistics"))
    dialog.deep_combo.setCurrentIndex(dialog.deep_combo.findText("竞品返利更高"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    stored = Account.get_by_id(office["KA003"].id)
    assert (stored.status, stored.churned_on, stored.churn_surface) == (
        "churned",
        dt.date(2026, 10, 9),
        "价格偏高",
    )
    assert not detail.churn_button.isVisible()
    click_navigation(qtbot, window, "sales")
    assert page.undated_list.count() == 0 and not page.undated_box.isVisible()


def test_tier_suggestions_say_why_with_their_figures_and_share_of_wallet(qtbot, office, clock_at):
    """With cost on the order lines the tiers go by net contribution; a loss-maker says what it
    brought and what it cost; share of wallet lists the need not yet bought from us."""
    from kamdesk.services import incentives, value

    clock_at(TODAY)
    a, b = office["KA004"].id, office["KA002"].id  # unclassified and growth now
    add_order_line(account=a, ordered_on=dt.date(2026, 6, 1), sku="S", product_line="饮料", quantity=1,
                     amount_cents=900_000, cost_cents=600_000)  # fmt: skip
    add_order_line(account=b, ordered_on=dt.date(2026, 6, 1), sku="S", product_line="饮料", quantity=1,
                     amount_cents=500_000, cost_cents=480_000)  # fmt: skip
    rebate = incentives.IncentiveDraft(b, title="年度返利", starts_on=dt.date(2026, 1, 1),
                                       ends_on=dt.date(2026, 6, 30), promised_cents=50_000,
                                       due_on=dt.date(2026, 7, 31), paid_on=dt.date(2026, 8, 1),
                                       paid_cents=50_000)  # fmt: skip
    incentives.save(rebate, actor=SCRIPT)
    value.record_need(a, 3_000_000, dt.date(2026, 9, 1), "采购经理口述", actor=SCRIPT)
    page = SalesPage(office["boss"])
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot)
    assert "net contribution" in page.tier_hint.text() and "80%" in page.tier_hint.text()
    rows = {page.tier_model.item(r).code: r for r in range(page.tier_model.rowCount())}
    why = page.tier_model.index(rows["KA002"], 3).data()
    assert page.tier_model.index(rows["KA002"], 2).data() == "Negative"
    assert why == "Costs more than it brings: gross profit 200 - cost to serve 500 = -300"
    assert page.tier_model.index(rows["KA004"], 2).data() == "VIP"
    assert page.tier_model.index(rows["KA004"], 6).data() == "30%"  # 9,000 of a 30,000 need
    assert page.wallet_model.rowCount() == 1
    assert [page.wallet_model.index(0, c).data() for c in range(5)] == [
        "KA004 Golden Harbor Foods", "30,000", "9,000", "30%", "21,000",
    ]  # fmt: skip


def test_without_cost_data_the_tiers_say_they_go_by_revenue(qtbot, office, clock_at):
    clock_at(TODAY)
    order(office["KA004"].id, dt.date(2026, 6, 1), 9000)
    page = SalesPage(office["boss"])
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot)
    assert page.tier_hint.text().startswith("VIP by revenue until cost arrives: only 0% of")
    row = next(r for r in range(page.tier_model.rowCount()) if page.tier_model.item(r).code == "KA004")
    assert "too little cost data" in page.tier_model.index(row, 3).data()


def test_a_manager_sets_the_vip_share_and_a_rate_from_a_day_on(qtbot, office, clock_at, monkeypatch):
    from kamdesk.services import office_settings, value
    from ui.office.value_settings_dialog import ValueSettingsDialog

    clock_at(TODAY)
    dialog = ValueSettingsDialog(office["boss"])
    qtbot.addWidget(dialog)
    assert dialog.share_box.value() == 80 and dialog.rate_boxes["onsite"].value() == 0  # none set yet
    dialog.share_box.setValue(70)
    dialog.rate_boxes["onsite"].setValue(450)
    dialog.from_edit.setDate(dt.date(2026, 12, 1))
    dialog.resolution_box.setValue(10)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted.value
    rates = value.Rates.read()
    assert value.vip_share() == 0.7
    assert office_settings.service_targets() == {"response": 1, "resolution": 10}
    assert (rates.on("onsite", dt.date(2026, 11, 30)), rates.on("onsite", dt.date(2026, 12, 1))) == (
        0,
        45_000,
    )
    assert "phone" not in rates.by_kind  # unchanged: no row
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *_: warned.append(text))
    )
    rep_dialog = ValueSettingsDialog(office["li"])
    qtbot.addWidget(rep_dialog)
    rep_dialog.share_box.setValue(60)
    qtbot.mouseClick(
        rep_dialog.buttons.button(rep_dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert value.vip_share() == 0.7 and warned == ["Only a manager may do this."]  # the menu says so too
