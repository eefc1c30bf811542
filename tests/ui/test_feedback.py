import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.services import feedback, loyalty
from kamdesk.store import db
from kamdesk.store.models import Account, LedgerEntry, LoyaltyAssessment
from tests.conftest import SCRIPT
from tests.orders import add_order_line
from tests.ui.conftest import settle, type_text
from tests.ui.test_accounts_page import click_row, make_page, shown_codes
from ui.common import ask
from ui.feedback.feedback_dialog import ChurnDialog, FeedbackDialog, LoyaltyDialog
from ui.feedback.feedback_page import TYPING_PAUSE_MS
from ui.main_window import MainWindow

TODAY = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def page(qtbot, office, settings, clock_at):
    clock_at(TODAY)
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA002")
    return page


def test_record_a_complaint_and_see_it_counted_on_the_account_row(qtbot, page, office):
    qtbot.mouseClick(page.detail.feedback_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = page.findChild(FeedbackDialog)
    dialog.guarantee_combo.setCurrentIndex(dialog.guarantee_combo.findData("quality"))
    type_text(qtbot, dialog.text_edit, "包装破损")
    dialog.contact_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    entry = LedgerEntry.get()
    assert (entry.kind, entry.guarantee, entry.text, entry.contact.name, entry.noted_on) == (
        "complaint", "quality", "包装破损", "张伟", dt.date(2026, 11, 23),
    )  # fmt: skip
    row = shown_codes(page).index("KA002")
    assert page.model.index(row, 9).data() == 1  # open complaints column
    assert page.detail.timeline.model.item(0).kind == "complaint"


def test_feedback_without_text_is_refused_at_the_field(qtbot, page):
    qtbot.mouseClick(page.detail.feedback_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = page.findChild(FeedbackDialog)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.errors.text("text") == "Required." and dialog.isVisible()
    assert LedgerEntry.select().count() == 0


def test_assess_loyalty_updates_the_account(qtbot, page, office):
    qtbot.mouseClick(page.detail.loyalty_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = page.findChild(LoyaltyDialog)
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("disloyal"))
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("survey"))
    type_text(qtbot, dialog.note_edit, "满意度调查 4 分")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assessment = LoyaltyAssessment.get()
    assert (assessment.level, assessment.basis, assessment.assessed_by_id) == (
        "disloyal",
        "survey",
        office["boss"].id,
    )
    assert Account.get_by_id(office["KA002"].id).loyalty == "disloyal"
    assert page.detail.form.loyalty_combo.currentData() == "disloyal"
    assert page.model.index(shown_codes(page).index("KA002"), 4).data() == "Not loyal"


def test_the_office_ledger_filters_resolves_and_shows_loyalty(qtbot, office, settings, clock_at, monkeypatch):
    clock_at(TODAY)
    feedback.add_entry(
        office["KA001"].id, "complaint", "logistics", "送货延迟", dt.date(2026, 11, 20), actor=SCRIPT
    )
    feedback.add_entry(office["KA003"].id, "praise", "service", "服务好", dt.date(2026, 11, 21), actor=SCRIPT)
    feedback.add_entry(
        office["KA003"].id, "complaint", "value", "价格偏高", dt.date(2025, 5, 1), actor=SCRIPT
    )
    loyalty.record(office["KA003"].id, "loyal", dt.date(2026, 6, 1), actor=SCRIPT)
    loyalty.record(office["KA003"].id, "neutral", dt.date(2026, 11, 1), actor=SCRIPT)
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(window.pages.index_of("feedback"))  # the rep opens the page
    settle(qtbot)
    page = window.feedback_page
    texts = lambda: [page.model.item(r).text for r in range(page.model.rowCount())]  # noqa: E731
    assert texts() == ["送货延迟", "价格偏高", "服务好"]  # open complaints first
    page.period_filter.setCurrentIndex(page.period_filter.findData("quarter"))
    settle(qtbot)
    assert texts() == ["送货延迟", "服务好"]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("complaint"))
    settle(qtbot)
    assert texts() == ["送货延迟"]
    monkeypatch.setattr(ask, "text", lambda *a, **k: ("改为每周两次配送", True))
    page.table.selectRow(0)
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert LedgerEntry.get(LedgerEntry.text == "送货延迟").resolution == "改为每周两次配送"
    assert page.model.item(0).status == "resolved"
    assert [page.movement_model.item(r).code for r in range(page.movement_model.rowCount())] == ["KA003"]
    assert "Moderately loyal: 1" in page.distribution_label.text()
    page.kind_filter.setCurrentIndex(0)
    settle(qtbot)
    page.period_filter.setCurrentIndex(0)
    settle(qtbot)
    type_text(qtbot, page.account_filter, "广州")
    qtbot.wait(TYPING_PAUSE_MS + 50)  # the rep stops typing: the list reads again
    settle(qtbot)
    assert texts() == ["价格偏高", "服务好"]  # one account's entries


def test_search_all_notes_and_open_the_visit(qtbot, office, settings, clock_at):
    from kamdesk.services import visits
    from kamdesk.services.visits import VisitDraft
    from ui.visits.note_search_dialog import NoteSearchDialog
    from ui.visits.visit_form import VisitForm

    clock_at(TODAY)
    saved = visits.save_visit(
        VisitDraft(
            office["KA003"].id,
            dt.datetime(2026, 11, 20, 10),
            purpose="新品推介",
            latent_needs="计划新开 5 家门店",
        ),
        actor=office["boss"],
    ).draft
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    type_text(qtbot, window.notes_search_edit, "新开")
    qtbot.keyClick(window.notes_search_edit, Qt.Key.Key_Return)
    results = window.findChild(NoteSearchDialog)
    assert results.isVisible() and results.search_edit.text() == "新开"
    assert results.model.rowCount() == 1 and "新开 5 家门店" in results.model.index(0, 3).data()
    rect = results.table.visualRect(results.model.index(0, 1))
    qtbot.mouseClick(results.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    qtbot.mouseDClick(results.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.accounts_page.detail.form.account_id == office["KA003"].id
    form = next(f for f in window.findChildren(VisitForm) if f.isVisible())
    assert form._stored.id == saved.id and form.purpose_edit.text() == "新品推介"


def test_mark_an_account_churned_then_bring_it_back(qtbot, page, office, answer):
    qtbot.mouseClick(page.detail.churn_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = page.findChild(ChurnDialog)
    dialog.surface_combo.setCurrentIndex(dialog.surface_combo.findText("价格偏高"))
    dialog.step_combo.setCurrentIndex(dialog.step_combo.findData("logistics"))
    type_text(qtbot, dialog.deep_combo.lineEdit(), "竞品返利高出 3 个点")  # free text beside the pick list
    type_text(qtbot, dialog.competitor_edit, "康达食品")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    account = Account.get_by_id(office["KA002"].id)
    assert (account.status, account.churned_on, account.churn_surface) == (
        "churned",
        dt.date(2026, 11, 23),
        "价格偏高",
    )
    assert (account.churn_deep, account.churn_competitor) == ("竞品返利高出 3 个点", "康达食品")
    assert page.detail.reactivate_button.isVisible() and not page.detail.churn_button.isVisible()
    answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.detail.reactivate_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Account.get_by_id(office["KA002"].id).status == "active"


def test_churn_needs_a_surface_reason(qtbot, page):
    qtbot.mouseClick(page.detail.churn_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = page.findChild(ChurnDialog)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.errors.text("churn_surface") == "Required." and dialog.isVisible()


def test_choosing_churned_in_the_form_asks_when_and_why(qtbot, page, office, answer):
    """Seed 004: a lost customer is recorded with its date and reasons. Churned chosen in the status
    opens the churn form (the unsaved edit saved first); cancelling it changes nothing."""
    form = page.detail.form
    type_text(qtbot, form.address_edit, "朝阳路 8 号")
    asked = answer(QMessageBox.StandardButton.Save)
    form.status_combo.setFocus()
    qtbot.keyClick(form.status_combo, Qt.Key.Key_End)  # the last choice: churned
    settle(qtbot)
    assert asked and Account.get_by_id(office["KA002"].id).address == "朝阳路 8 号"
    dialog = page.findChild(ChurnDialog)
    assert dialog.isVisible() and form.status_combo.currentData() == "active"
    dialog.reject()
    settle(qtbot)
    assert Account.get_by_id(office["KA002"].id).status == "active" and not form.is_dirty()
    qtbot.keyClick(form.status_combo, Qt.Key.Key_End)
    settle(qtbot)
    dialog = next(d for d in page.findChildren(ChurnDialog) if d.isVisible())
    dialog.surface_combo.setCurrentIndex(dialog.surface_combo.findText("淡季不进货"))
    dialog.step_combo.setCurrentIndex(dialog.step_combo.findData("logistics"))
    dialog.deep_combo.setCurrentIndex(dialog.deep_combo.findText("投诉长期未解决"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    account = Account.get_by_id(office["KA002"].id)
    assert (account.status, account.churned_on) == ("churned", TODAY.date())
    assert account.churn_surface == "淡季不进货"
    assert form.status_combo.currentData() == "churned" and not form.status_combo.isEnabled()
    assert page.detail.reactivate_button.isVisible()


def test_the_value_tab_shows_what_the_account_brings_and_records_a_rebate_and_a_need(qtbot, page, office):
    """Seed 001 and 003: what the account leaves the office after its goods and its cost to serve;
    guarantee 4: a rebate promised, then seen overdue; the need behind its share of wallet."""
    from kamdesk.services import incentives
    from kamdesk.store.models import IncentiveAgreement, NeedEstimate
    from ui.accounts.value_dialogs import IncentiveDialog, NeedDialog

    account = office["KA002"].id
    add_order_line(account=account, ordered_on=dt.date(2026, 5, 1), sku="S", product_line="饮料",
                     quantity=1, amount_cents=2_000_000, cost_cents=1_500_000)  # fmt: skip
    detail = page.detail
    detail.detail_tabs.setCurrentWidget(detail.value_panel)
    settle(qtbot)
    panel = detail.value_panel
    assert panel.figures["revenue"].text() == "20,000"
    assert panel.figures["gross"].text() == "5,000 (25.0% margin)"
    assert panel.figures["net"].text() == "5,000"
    assert "No estimate of its annual need yet" in panel.wallet_label.text()

    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = next(d for d in panel.findChildren(IncentiveDialog) if d.isVisible())
    type_text(qtbot, dialog.title_edit, "上半年销量返利")
    dialog.starts_edit.setDate(dt.date(2026, 1, 1))
    dialog.ends_edit.setDate(dt.date(2026, 6, 30))
    dialog.rate_box.setValue(3)
    dialog.due_edit.setDate(dt.date(2026, 8, 31))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    stored = IncentiveAgreement.get()
    assert (stored.account_id, stored.title, stored.rate_percent, stored.promised_cents) == (
        account, "上半年销量返利", 3.0, None)  # fmt: skip
    assert panel.model.rowCount() == 1
    assert [panel.model.index(0, c).data() for c in (2, 1)] == [
        "600",
        "Overdue",
    ]  # 3% of 20,000, due in August
    assert panel.incentive_hint.text() == "1 overdue: 600 not paid."
    assert incentives.overdue_counts() == {account: 1}

    qtbot.mouseClick(panel.need_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    need = next(d for d in panel.findChildren(NeedDialog) if d.isVisible())
    need.need_box.setValue(80_000)
    type_text(qtbot, need.source_edit, "采购经理口述")
    qtbot.mouseClick(need.buttons.button(need.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert NeedEstimate.get().annual_cents == 8_000_000
    assert "25%" in panel.wallet_label.text() and "60,000" in panel.wallet_label.text()


def test_a_complaint_handed_on_reaches_the_fixers_follow_ups_and_starts_the_clock(
    qtbot, office, settings, clock_at
):
    """Seed 002: 跨部门的有效沟通. Handing a complaint on to a department is its first response; the
    person who must fix it sees it in Follow-ups until it is resolved."""
    from kamdesk.services import feedback
    from ui.feedback.hand_on_dialog import HandOnDialog

    clock_at(TODAY)
    noted = dt.date(2026, 11, 21)
    account = office["KA002"].id
    made = feedback.add_entry(account, "complaint", "quality", "批次 2611 包装破损", noted, actor=SCRIPT)
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(window.pages.index_of("feedback"))
    settle(qtbot)
    page = window.feedback_page
    page.table.selectRow(0)
    qtbot.mouseClick(page.hand_on_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = next(d for d in page.findChildren(HandOnDialog) if d.isVisible())
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("quality"))
    dialog.handler_combo.setCurrentIndex(dialog.handler_combo.findData(office["li"].id))
    dialog.due_edit.setDate(dt.date(2026, 11, 27))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    entry = LedgerEntry.get_by_id(made)
    assert (entry.department, entry.handler_id, entry.handle_by) == (
        "quality",
        office["li"].id,
        dt.date(2026, 11, 27),
    )
    assert entry.responded_at == TODAY  # handed on: the customer's complaint was acted on today
    window.navigation.setCurrentRow(window.pages.index_of("follow_ups"))
    settle(qtbot)
    follow = window.follow_ups_page
    assert not follow.handed_part.isVisible()  # the boss's own list: not his to fix
    follow.owner_combo.setCurrentIndex(follow.owner_combo.findData(office["li"].id))
    settle(qtbot)
    assert follow.handed_part.isVisible()
    assert [follow.handed_model.index(0, c).data() for c in range(4)] == [
        "2026-11-27", "KA002 北京永辉餐饮管理有限公司", "Quality", "批次 2611 包装破损"]  # fmt: skip


def test_a_satisfaction_survey_is_recorded_from_the_account(qtbot, page, office):
    from kamdesk.store.models import SatisfactionSurvey
    from ui.feedback.feedback_dialog import SurveyDialog

    qtbot.mouseClick(page.detail.survey_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = next(d for d in page.findChildren(SurveyDialog) if d.isVisible())
    dialog.contact_combo.setCurrentIndex(dialog.contact_combo.findText("张伟"))
    dialog.overall_combo.setCurrentIndex(dialog.overall_combo.findData("very_satisfied"))
    logistics = dialog.guarantee_combos["logistics"]
    logistics.setCurrentIndex(logistics.findData("dissatisfied"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    survey = SatisfactionSurvey.get()
    assert (survey.account_id, survey.overall, survey.logistics, survey.quality) == (
        office["KA002"].id, "very_satisfied", "dissatisfied", "")  # fmt: skip
    assert survey.contact.name == "张伟" and survey.surveyed_on == TODAY.date()
    page.detail.detail_tabs.setCurrentWidget(page.detail.value_panel)
    settle(qtbot)
    assert page.detail.value_panel.satisfaction_label.text() == "2026-11-23: Very satisfied (张伟)"


def test_a_suggestion_is_tagged_with_a_topic_and_the_topic_shows_its_share(qtbot, office, settings, clock_at,
                                                                            monkeypatch):  # fmt: skip
    """Seed 004: when a change helps most customers, make it. Each account counts once."""
    from kamdesk.services import feedback, topics

    clock_at(TODAY)
    night = topics.add_topic("夜间配送", actor=office["boss"])
    for code, text in (("KA001", "能否晚上送货"), ("KA002", "夜里送货更好")):
        topics.tag(feedback.add_entry(office[code].id, "suggestion", "logistics", text, actor=SCRIPT), night,
                   actor=SCRIPT)  # fmt: skip
    feedback.add_entry(office["KA003"].id, "suggestion", "logistics", "晚上十点后送", actor=SCRIPT)
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(window.pages.index_of("feedback"))
    settle(qtbot)
    page = window.feedback_page
    assert [page.topic_model.index(0, c).data() for c in range(3)] == ["夜间配送", 2, "50%"]  # 2 of 4 active
    row = [page.model.item(r).text for r in range(page.model.rowCount())].index("晚上十点后送")
    page.table.selectRow(row)
    monkeypatch.setattr(ask, "item", lambda *a, **k: ("夜间配送", True))
    qtbot.mouseClick(page.topic_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert [page.topic_model.index(0, c).data() for c in range(3)] == ["夜间配送", 3, "75%"]
    assert page.topic_model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None  # worth acting on
    monkeypatch.setattr(ask, "text", lambda *a, **k: ("十二月起试行夜间配送", True))
    page.topic_table.selectRow(0)
    qtbot.mouseClick(page.acted_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.topic_model.index(0, 3).data() == "2026-11-23"


def test_the_deliveries_tab_records_a_delivery_issue_and_the_customers_stock(qtbot, page, office):
    """Guarantee 3 (seed 000: 交货及时、足量; 随时了解大客户的销售与库存情况): what the order lines say of
    deliveries, an issue written down, and the stock and peak months noted."""
    from kamdesk.store.models import DeliveryIssue, StockLine
    from ui.accounts.delivery_dialogs import DeliveryIssueDialog, StockDialog

    account = office["KA002"].id
    for day, delivered in (
        (dt.date(2026, 11, 2), dt.date(2026, 11, 5)),
        (dt.date(2026, 11, 9), dt.date(2026, 11, 9)),
    ):
        add_order_line(account=account, ordered_on=day - dt.timedelta(days=3), sku="S", product_line="饮料",
                         quantity=10, amount_cents=1000, requested_on=day, delivered_on=delivered,
                         delivered_quantity=10, urgent=False)  # fmt: skip
    detail = page.detail
    detail.detail_tabs.setCurrentWidget(detail.delivery_panel)
    settle(qtbot)
    panel = detail.delivery_panel
    assert panel.recent_label.text().startswith(
        "Last 90 days: 50% of 2 lines on time and in full (target 95%)."
    )
    assert "3.0 days late on average" in panel.recent_label.text()

    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = next(d for d in panel.findChildren(DeliveryIssueDialog) if d.isVisible())
    dialog.problem_combo.setCurrentIndex(dialog.problem_combo.findData("short"))
    type_text(qtbot, dialog.order_edit, "XS-2611")
    qtbot.mouseClick(dialog.urgent_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    issue = DeliveryIssue.get()
    assert (issue.account_id, issue.problem, issue.order_ref, issue.urgent, issue.days_late) == (
        account, "short", "XS-2611", True, None)  # fmt: skip
    assert [panel.issue_model.index(0, c).data() for c in range(3)] == ["2026-11-23", "Short", "Urgent"]
    assert "Delivery issues recorded: 1." in panel.recent_label.text()

    qtbot.mouseClick(panel.stock_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = next(d for d in panel.findChildren(StockDialog) if d.isVisible())
    assert dialog.line_combo.findText("饮料") >= 0  # the lines it buys are offered
    dialog.line_combo.setCurrentText("饮料")
    type_text(qtbot, dialog.peak_edit, "夏天")
    dialog.weeks_box.setValue(2)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert (
        dialog.isVisible() and StockLine.select().count() == 0
    )  # not months: said at the field, nothing saved
    dialog.peak_edit.clear()
    type_text(qtbot, dialog.peak_edit, "6-8")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    stock = StockLine.get()
    assert (stock.product_line, stock.peak_months, stock.stock_weeks, stock.noted_on) == (
        "饮料", "6,7,8", 2.0, TODAY.date())  # fmt: skip
    assert [panel.stock_model.index(0, c).data() for c in range(3)] == ["饮料", "6-8", "2"]
