"""The prospecting workspace driven as a rep drives it: set targets, add and score a prospect through
the form, note a trigger event, log calls from the call list, win one, and read the conversion."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.rules.scorecard import Targets
from kamdesk.services import conversion, people, prospects, timeline
from kamdesk.store.models import Account, ProspectCall, ProspectCard, ProspectTargets, TriggerEvent
from tests.conftest import SCRIPT
from tests.ui.conftest import settle, type_text, when_dialog_opens
from ui.prospects.prospect_form import ProspectForm
from ui.prospects.prospects_page import ProspectsPage
from ui.prospects.targets_dialog import TargetsDialog

WEIGHTS = {"industry": 2, "title": 2, "territory": 1, "trigger": 2}


@pytest.fixture
def team(opened, clock_at):
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", actor=SCRIPT)
    prospects.save_targets(Targets(("酒店",), ("总经理",), ("华东",), ("merger",), WEIGHTS), None, actor=boss)
    return boss, li


def hotel(name, owner, **flags):
    draft = prospects.ProspectDraft(
        name=name,
        industry="酒店",
        region="华东",
        contact_name="甲",
        title="总经理",
        owner_id=owner.id,
        **flags,
    )
    return prospects.save_prospect(draft, actor=SCRIPT)


def add_value(qtbot, editor, text):
    type_text(qtbot, editor.entry.lineEdit(), text)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def test_a_rep_sets_their_own_targets_and_the_limits_are_enforced(qtbot, team):
    _boss, li = team
    dialog = TargetsDialog(li, li.id, li.name)
    qtbot.addWidget(dialog)
    dialog.industries.set_values([])
    for industry in ("餐饮连锁", "团餐", "食品加工", "建材"):
        add_value(qtbot, dialog.industries, industry)
    assert dialog.industries.values() == ("餐饮连锁", "团餐", "食品加工")  # the fourth does not fit
    assert not dialog.industries.add_button.isEnabled()
    assert "3" in dialog.industries.count_label.text()
    dialog.titles.set_values([])
    add_value(qtbot, dialog.titles, "采购总监")
    dialog.kind_checks["new_plant"].setChecked(True)
    dialog.weight_combos["territory"].setCurrentIndex(dialog.weight_combos["territory"].findData(0))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    row = ProspectTargets.get(ProspectTargets.rep == li.id)
    assert row.industries.splitlines() == ["餐饮连锁", "团餐", "食品加工"]
    assert row.titles == "采购总监" and "new_plant" in row.trigger_kinds and row.weight_territory == 0
    assert ProspectTargets.get(ProspectTargets.rep.is_null()).industries == "酒店"  # office default kept


def test_targets_without_a_title_are_refused_with_the_reason_beside_the_list(qtbot, team):
    boss, _ = team
    dialog = TargetsDialog(boss, None)
    qtbot.addWidget(dialog)
    dialog.titles.set_values([])
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.errors.text("titles") == "Add at least one."
    assert ProspectTargets.get(ProspectTargets.rep.is_null()).titles == "总经理"


def test_the_form_scores_as_the_rep_types_and_saves_the_prospect(qtbot, team):
    boss, _ = team
    form = ProspectForm(boss)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name_edit, "杭州天润酒店")
    form.industry_combo.setCurrentText("酒店")
    form.region_combo.setCurrentText("华东/杭州")
    type_text(qtbot, form.contact_edit, "周强")
    form.title_combo.setCurrentText("总经理")
    qtbot.mouseClick(form.involved_check, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(form.sold_check, Qt.MouseButton.LeftButton)
    settle(qtbot)
    # industry 2 + title 2 + territory 1 + no trigger 0 + sold before 1 + reference 0 + involved 2 = 8
    assert form.scorecard.card.total == 8
    assert "8 of 11" in form.score_title.text()
    form.region_combo.setCurrentText("华北/北京")
    assert form.scorecard.card.set_aside_because == ("territory",)
    assert "set aside" in form.scorecard.item(2, 3).text()
    form.region_combo.setCurrentText("华东/杭州")
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    account = Account.get(Account.name == "杭州天润酒店")
    card = ProspectCard.get(ProspectCard.account == account.id)
    assert account.status == "prospect" and card.personally_involved and card.sold_before
    assert prospects.prospect_row(account.id).card.total == 8


def test_calls_from_the_list_then_a_win_make_an_active_account_that_keeps_its_history(
    qtbot, team, monkeypatch
):
    boss, _ = team
    low = hotel("普通酒店", boss)
    high = hotel("亲自跟进酒店", boss, personally_involved=True)
    page = ProspectsPage(boss)
    page.refresh()  # as the main window does when the page is shown
    settle(qtbot)
    qtbot.addWidget(page)
    assert [page.call_model.item(r).account_id for r in range(page.call_model.rowCount())] == [
        high.id,
        low.id,
    ]
    assert page.scorecard.card.total == 7 and page.scorecard.item(7, 1).text() == "7"

    def note_trigger(dialog):
        dialog.date_edit.setDate(dt.date(2026, 11, 2))
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("merger"))
        type_text(qtbot, dialog.what_edit, "被上市集团收购")
        dialog.accept()

    page.call_table.selectRow(1)
    when_dialog_opens(note_trigger)
    qtbot.mouseClick(page.trigger_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert TriggerEvent.get().account_id == low.id
    assert page.scorecard.card.total == 7 and page.trigger_model.rowCount() == 1

    def call(outcome, note):
        def handle(dialog):
            dialog.outcome_buttons[outcome].setChecked(True)
            type_text(qtbot, dialog.note_edit, note)
            dialog.accept()

        return handle

    when_dialog_opens(call("meeting_set", "约周二上门"))
    qtbot.mouseClick(page.log_call_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.call_history_model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    when_dialog_opens(call("won", "签首单"))
    qtbot.mouseClick(page.log_call_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Account.get_by_id(low.id).status == "active"
    assert [c.outcome for c in ProspectCall.select().order_by(ProspectCall.id)] == ["meeting_set", "won"]
    assert [page.call_model.item(r).account_id for r in range(page.call_model.rowCount())] == [high.id]
    assert [i.kind for i in timeline.timeline(low.id)] == ["call", "call", "trigger"]
    found = conversion.conversion(boss.id)
    assert (found.overall.worked, found.overall.won) == (1, 1)
    assert page.conversion_summary.text().startswith("1 of 1 prospects called became customers: 100%")


def test_conversion_tab_names_the_target_that_converts_worst(qtbot, team):
    boss, _ = team
    for i in range(10):
        p = hotel(f"酒店{i}", boss)
        prospects.log_call(p.id, "talked" if i else "lost", "", actor=boss)
    page = ProspectsPage(boss)
    page.refresh()  # as the main window does when the page is shown
    settle(qtbot)
    qtbot.addWidget(page)
    assert page.conversion_summary.text().startswith("0 of 10 prospects called became customers: 0%")
    advice = page.conversion_advice.text()
    assert (
        advice.startswith("Below target") and "industry 酒店: 0 of 10" in advice and "title 总经理" in advice
    )
    assert page.industry_model.rowCount() == 1 and page.industry_model.index(0, 1).data() == "10"
