import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.services import drafts
from kamdesk.store.models import Contact, Draft, FollowUp, LedgerEntry, Visit, VisitEdit
from tests.ui.conftest import settle, type_text
from tests.ui.test_accounts_page import click_row, make_page
from ui.visits.visit_form import VisitForm

NOW = dt.datetime(2026, 11, 23, 16, 0)


@pytest.fixture
def page(qtbot, office, settings, clock_at):
    clock_at(NOW)
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA002")  # 北京永辉, with contact 张伟
    return page


def open_form(qtbot, page) -> VisitForm:
    qtbot.mouseClick(page.detail.log_visit_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    form = page.findChild(VisitForm)
    assert form is not None and form.isVisible()
    return form


def check(form_list, text):
    for i in range(form_list.count()):
        if form_list.item(i).text().startswith(text):
            form_list.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(text)


def save(qtbot, form):
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)


def test_fill_the_visit_form_and_save_everything(qtbot, page, office):
    form = open_form(qtbot, page)
    form.start_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 23, 10, 0)))
    form.end_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 23, 11, 30)))
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("onsite"))
    check(form.their_list, "张伟")
    type_text(qtbot, form.new_contact_edit, "刘敏")
    qtbot.mouseClick(form.add_contact_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    type_text(qtbot, form.purpose_edit, "季度深度沟通")
    type_text(qtbot, form.text_edits["problems"], "上月两次送货延迟")
    type_text(qtbot, form.text_edits["latent_needs"], "明年新开 5 家门店")
    qtbot.mouseClick(form.ledger_rows.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    row = form.ledger_rows.rows[0]
    row.guarantee_combo.setCurrentIndex(row.guarantee_combo.findData("logistics"))
    type_text(qtbot, row.text_edit, "两次送货延迟")
    row.contact_combo.setCurrentIndex(1)
    qtbot.mouseClick(form.ledger_rows.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    praise = form.ledger_rows.rows[1]
    praise.kind_combo.setCurrentIndex(praise.kind_combo.findData("praise"))
    type_text(qtbot, praise.text_edit, "售后响应快")
    qtbot.mouseClick(form.follow_up_rows.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    step = form.follow_up_rows.rows[0]
    type_text(qtbot, step.text_edit, "提交备货方案")
    step.due_edit.setDate(QDate(2026, 11, 30))
    save(qtbot, form)

    assert not form.isVisible()
    visit = Visit.get()
    assert (visit.purpose, visit.problems, visit.channel) == ("季度深度沟通", "上月两次送货延迟", "onsite")
    assert (visit.started_at, visit.ended_at) == (
        dt.datetime(2026, 11, 23, 10),
        dt.datetime(2026, 11, 23, 11, 30),
    )
    assert {c.contact.name for c in visit.their_attendees} == {"张伟", "刘敏"}
    assert [r.rep_id for r in visit.our_attendees] == [office["boss"].id]  # whoever logs it was there
    assert {(e.kind, e.guarantee, e.text) for e in LedgerEntry.select()} == {
        ("complaint", "logistics", "两次送货延迟"), ("praise", "quality", "售后响应快"),
    }  # fmt: skip
    assert LedgerEntry.get(LedgerEntry.kind == "complaint").contact.name == "张伟"
    step_row = FollowUp.get()
    assert (step_row.text, step_row.due_on, step_row.owner_id) == (
        "提交备货方案",
        dt.date(2026, 11, 30),
        office["boss"].id,
    )
    assert Draft.select().count() == 0  # saved: the draft is gone
    kinds = [page.detail.timeline.model.item(r).kind for r in range(page.detail.timeline.model.rowCount())]
    assert sorted(kinds) == ["complaint", "praise", "visit"]
    assert page.detail.contacts.model.rowCount() == 2  # 刘敏 joined the decision-making unit


@pytest.mark.parametrize(
    ("fill", "field", "message"),
    [
        ("end_before_start", "ended_at", "Ends before it starts."),
        ("no_purpose", "purpose", "Required."),
    ],
)
def test_bad_input_gets_a_message_at_the_field_and_saves_nothing(qtbot, page, fill, field, message):
    form = open_form(qtbot, page)
    form.start_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 23, 10, 0)))
    form.end_edit.setDateTime(
        QDateTime(
            dt.datetime(2026, 11, 23, 9, 0)
            if fill == "end_before_start"
            else dt.datetime(2026, 11, 23, 11, 0)
        )
    )
    if fill != "no_purpose":
        type_text(qtbot, form.purpose_edit, "回访")
    save(qtbot, form)
    assert form.isVisible()
    assert form.errors.text(field) == message
    assert Visit.select().count() == 0


def test_a_next_step_due_in_the_past_is_refused_at_its_row(qtbot, page):
    form = open_form(qtbot, page)
    form.start_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 23, 10, 0)))
    type_text(qtbot, form.purpose_edit, "回访")
    qtbot.mouseClick(form.follow_up_rows.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    step = form.follow_up_rows.rows[0]
    type_text(qtbot, step.text_edit, "寄样品")
    step.due_edit.setDate(QDate(2026, 11, 20))
    save(qtbot, form)
    assert step.error.text() == "Due date is in the past."
    qtbot.waitUntil(step.error.isVisible)  # a row added to a shown form is shown on the next event loop turn
    assert Visit.select().count() == FollowUp.select().count() == 0


def test_the_notes_survive_a_crash_and_are_offered_back(qtbot, page, office, answer):
    form = open_form(qtbot, page)
    type_text(qtbot, form.purpose_edit, "新品推介")
    type_text(qtbot, form.text_edits["competitor_moves"], "竞品给出 3% 返利")
    qtbot.waitUntil(lambda: drafts.load(form._draft_key, office["boss"].id) is not None, timeout=3000)
    form.hide()
    form.deleteLater()  # the app dies: no save, no cancel
    qtbot.wait(10)

    asked = answer(QMessageBox.StandardButton.Yes)
    again = open_form(qtbot, page)
    assert asked and "did not save" in asked[0]
    assert again.purpose_edit.text() == "新品推介"
    assert again.text_edits["competitor_moves"].toPlainText() == "竞品给出 3% 返利"
    save(qtbot, again)
    assert Visit.get().competitor_moves == "竞品给出 3% 返利"


def test_cancelling_asks_before_dropping_typed_notes(qtbot, page, office, answer):
    form = open_form(qtbot, page)
    type_text(qtbot, form.purpose_edit, "回访")
    answer(QMessageBox.StandardButton.Cancel)
    form.reject()
    assert form.isVisible()
    answer(QMessageBox.StandardButton.Discard)
    form.reject()
    assert not form.isVisible()
    assert drafts.load(form._draft_key, office["boss"].id) is None and Visit.select().count() == 0


def test_editing_a_visit_from_the_timeline_records_the_change(qtbot, page, office, clock_at):
    form = open_form(qtbot, page)
    form.start_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 23, 10, 0)))
    type_text(qtbot, form.purpose_edit, "季度回顾")
    save(qtbot, form)
    page.detail.detail_tabs.setCurrentIndex(1)
    settle(qtbot)
    table = page.detail.timeline.table
    rect = table.visualRect(page.detail.timeline.model.index(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = next(f for f in page.findChildren(VisitForm) if f.isVisible())
    assert editor.purpose_edit.text() == "季度回顾"
    type_text(qtbot, editor.purpose_edit, "(已确认)")
    save(qtbot, editor)
    change = VisitEdit.get()
    assert (change.field, change.old_value, change.new_value, change.editor_id) == (
        "purpose", "季度回顾", "季度回顾(已确认)", office["boss"].id,
    )  # fmt: skip
    assert Contact.select().count() == 1
    reopened = page.open_visit_form(change.visit_id)
    assert "Purpose: 季度回顾 → 季度回顾(已确认)" in reopened.history_label.text()
    assert "王经理" in reopened.history_label.text()


def test_the_customers_stock_and_a_satisfaction_survey_are_saved_with_the_visit(qtbot, page, office):
    """Guarantee 3 (seed 000: 随时了解大客户的销售与库存情况) and seed 002's survey, asked on the visit:
    saved with it in one transaction, or not at all."""
    from kamdesk.store.models import SatisfactionSurvey, StockLine

    form = open_form(qtbot, page)
    form.start_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 23, 10, 0)))
    type_text(qtbot, form.purpose_edit, "旺季备货沟通")
    qtbot.mouseClick(form.stock_rows.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    row = form.stock_rows.rows[0]
    row.line_combo.setCurrentText("饮料")
    row.weeks_box.setValue(1.5)
    type_text(qtbot, row.peak_edit, "13月")  # no such month
    form.survey_combos["overall"].setCurrentIndex(form.survey_combos["overall"].findData("satisfied"))
    logistics = form.survey_combos["logistics"]
    logistics.setCurrentIndex(logistics.findData("dissatisfied"))
    form.survey_contact_combo.setCurrentIndex(
        form.survey_contact_combo.findText("张伟", Qt.MatchFlag.MatchStartsWith)
    )
    save(qtbot, form)
    assert form.isVisible() and row.error.text() == "Months from 1 to 12, e.g. 11-1 or 6,7,8."
    assert Visit.select().count() == StockLine.select().count() == SatisfactionSurvey.select().count() == 0
    row.peak_edit.clear()
    type_text(qtbot, row.peak_edit, "12-2")
    save(qtbot, form)
    assert not form.isVisible()
    visit = Visit.get()
    stock = StockLine.get()
    assert (stock.product_line, stock.stock_weeks, stock.peak_months, stock.noted_on, stock.visit_id) == (
        "饮料", 1.5, "12,1,2", dt.date(2026, 11, 23), visit.id)  # fmt: skip
    survey = SatisfactionSurvey.get()
    assert (survey.overall, survey.logistics, survey.quality, survey.visit_id, survey.contact.name) == (
        "satisfied", "dissatisfied", "", visit.id, "张伟")  # fmt: skip
    reopened = VisitForm(office["KA002"].id, office["boss"], visit.id, page)
    qtbot.addWidget(reopened)
    assert reopened.draft().survey is None  # asked once: reopening does not record it again


def test_a_visits_latent_needs_are_tagged_with_the_offices_topic_and_reopen_with_it(qtbot, page, office):
    from kamdesk.services import topics
    from kamdesk.store.models import VisitTopic

    night = topics.add_topic("夜间配送", actor=office["boss"])
    form = open_form(qtbot, page)
    form.start_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 23, 10, 0)))
    type_text(qtbot, form.purpose_edit, "回访")
    type_text(qtbot, form.text_edits["latent_needs"], "门店晚上才能收货")
    check(form.topic_list, "夜间配送")
    save(qtbot, form)
    assert [(t.visit.latent_needs, t.topic_id) for t in VisitTopic.select()] == [("门店晚上才能收货", night)]
    reopened = VisitForm(office["KA002"].id, office["boss"], Visit.get().id, page)
    qtbot.addWidget(reopened)
    assert reopened.topic_list.item(0).checkState() == Qt.CheckState.Checked
    assert {t.name: t.accounts for t in topics.shares()} == {"夜间配送": 1}


def test_a_saved_visit_reopens_with_what_was_recorded_with_it(qtbot, page, office):
    """Issue 23: reopening a visit showed none of its complaints, praise or next steps."""
    from kamdesk.services import feedback

    form = open_form(qtbot, page)
    form.start_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 23, 10, 0)))
    type_text(qtbot, form.purpose_edit, "季度回访")
    qtbot.mouseClick(form.ledger_rows.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    type_text(qtbot, form.ledger_rows.rows[0].text_edit, "两次送货延迟")
    qtbot.mouseClick(form.follow_up_rows.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    step = form.follow_up_rows.rows[0]
    type_text(qtbot, step.text_edit, "提交备货方案")
    step.due_edit.setDate(QDate(2026, 11, 30))
    save(qtbot, form)
    feedback.resolve(LedgerEntry.get().id, "已补发", actor=office["boss"])
    reopened = VisitForm(office["KA002"].id, office["boss"], Visit.get().id, page)
    qtbot.addWidget(reopened)
    shown = reopened.recorded_label.text()
    assert "Complaint · Guarantee 1: product quality: 两次送货延迟" in shown and "(open)" not in shown
    assert "Next step: 提交备货方案 (王经理, due 2026-11-30)" in shown
    assert reopened.ledger_rows.rows == []  # new ones only: what was recorded stays where it lives


def test_notes_typed_without_a_pause_are_kept_while_typing(qtbot, page, office):
    """Issue 23: the draft timer restarted on every keystroke, so text typed without a pause was lost."""
    form = open_form(qtbot, page)
    for char in "客户希望下月增加两次配送频次并提供陈列支持":  # a key every 100 ms, never a pause
        type_text(qtbot, form.text_edits["problems"], char)
        qtbot.wait(100)
    kept = drafts.load(form._draft_key, office["boss"].id)
    assert kept is not None and kept["problems"].startswith("客户希望下月增加两次配送")  # kept meanwhile


def test_a_start_after_a_crash_names_the_waiting_notes_and_opens_them_in_one_click(qtbot, office, settings):
    from kamdesk.store import db
    from ui.main_window import MainWindow

    account = office["KA002"].id
    drafts.save(f"visit:new:{account}", office["boss"].id, {"purpose": "旺季备货", "problems": "缺货两次"})
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    window.drafts_banner.check(office["boss"].id)  # as the window does once it has painted
    banner = window.drafts_banner
    assert banner.isVisible() and "北京永辉餐饮管理有限公司" in banner.label.text()
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    form = next(f for f in window.findChildren(VisitForm) if f.isVisible())
    assert form.purpose_edit.text() == "旺季备货" and form.text_edits["problems"].toPlainText() == "缺货两次"
    assert not banner.isVisible()
    save(qtbot, form)
    assert Visit.get().problems == "缺货两次" and drafts.waiting_visits(office["boss"].id) == []
