import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from kamdesk.services import board, feedback
from kamdesk.store import db
from kamdesk.store.models import BoardCard, BoardMove
from tests.conftest import SCRIPT
from tests.ui.conftest import settle
from ui.board.board_page import BoardPage
from ui.board.card_dialog import CardDialog
from ui.common import ask
from ui.main_window import MainWindow

TODAY = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def page(qtbot, office, clock_at):
    clock_at(TODAY)
    page = BoardPage(office["boss"])
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    page.show_account(office["KA001"].id)
    return page


def column_in_db(account_id, card):
    """Where the database has the card; a card nobody has changed yet has no row: not started."""
    row = BoardCard.get_or_none((BoardCard.account == account_id) & (BoardCard.card == card))
    return "not_started" if row is None else row.column


def drag(qtbot, card_widget, column_widget):
    """Press on the card, move in steps over the target column, release there: a real mouse drag."""
    start = card_widget.rect().center()
    qtbot.mousePress(card_widget, Qt.MouseButton.LeftButton, pos=start)
    target = column_widget.mapTo(card_widget.window(), column_widget.rect().center())
    origin = card_widget.mapTo(card_widget.window(), start)
    for i in range(1, 6):
        point = origin + (target - origin) * i / 5
        qtbot.mouseMove(
            card_widget, card_widget.mapFrom(card_widget.window(), QPoint(int(point.x()), int(point.y())))
        )
    end = card_widget.mapFrom(card_widget.window(), target)
    qtbot.mouseRelease(card_widget, Qt.MouseButton.LeftButton, pos=end)


def test_drag_a_card_to_another_column_with_the_mouse(qtbot, page, office):
    view = page.board
    drag(qtbot, view.cards["strategy_alignment"], view.columns["in_progress"])
    assert column_in_db(office["KA001"].id, "strategy_alignment") == "in_progress"
    move = BoardMove.get()
    assert (move.card, move.from_column, move.to_column, move.moved_by_id) == (
        "strategy_alignment", "not_started", "in_progress", office["boss"].id,
    )  # fmt: skip
    assert view.cards["strategy_alignment"].parent() is view.columns["in_progress"]


def test_a_click_without_moving_is_not_a_drag(qtbot, page, office):
    qtbot.mouseClick(page.board.cards["value"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert BoardMove.select().count() == 0


def test_keyboard_moves_with_undo_and_redo(qtbot, page, office):
    view, account = page.board, office["KA001"].id
    view.cards["service"].setFocus()
    qtbot.keyClick(view.cards["service"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.cards["service"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert column_in_db(account, "service") == "secured"
    qtbot.keyClick(view.cards["service"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert column_in_db(account, "service") == "in_progress"
    qtbot.keyClick(
        view.cards["service"],
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert column_in_db(account, "service") == "secured"
    moves = [(m.from_column, m.to_column) for m in BoardMove.select().order_by(BoardMove.id)]
    assert moves == [
        ("not_started", "in_progress"), ("in_progress", "secured"),
        ("secured", "in_progress"), ("in_progress", "secured"),
    ]  # fmt: skip  # undo and redo are moves too: the history keeps them


def test_the_context_menu_moves_a_card(qtbot, page, office):
    view = page.board
    menu = view.card_menu(view.cards["logistics"])
    move_to = menu.actions()[0].menu()
    at_risk = next(a for a in move_to.actions() if a.text() == "At risk")
    at_risk.trigger()
    assert column_in_db(office["KA001"].id, "logistics") == "at_risk"


def test_a_move_can_carry_a_note(qtbot, page, office, monkeypatch):
    monkeypatch.setattr(ask, "text", lambda *a, **k: ("客户成立了联合研发小组", True))
    view = page.board
    menu = view.card_menu(view.cards["product_alignment"])
    with_note = next(a.menu() for a in menu.actions() if a.text() == "Move with a note")
    next(a for a in with_note.actions() if a.text() == "Secured…").trigger()
    move = BoardMove.get()
    assert (move.to_column, move.note) == ("secured", "客户成立了联合研发小组")


def test_securing_a_guarantee_with_open_complaints_asks_first(qtbot, page, office, monkeypatch):
    feedback.add_entry(office["KA001"].id, "complaint", "logistics", "送货延迟", actor=SCRIPT)
    page.board.refresh()
    card = page.board.cards["logistics"]
    assert "1 open complaints" in card.badges and "Suggested: at risk" in card.badges
    assert column_in_db(office["KA001"].id, "logistics") == "not_started"  # a suggestion moves nothing
    monkeypatch.setattr(ask, "text", lambda *a, **k: ("", False))
    page.board.request_move("logistics", "secured")
    assert column_in_db(office["KA001"].id, "logistics") == "not_started"
    monkeypatch.setattr(ask, "text", lambda *a, **k: ("客户同意先结案", True))
    page.board.request_move("logistics", "secured")
    assert column_in_db(office["KA001"].id, "logistics") == "secured"
    assert BoardMove.get().note == "客户同意先结案"


def test_the_communication_card_shows_the_cadence_flag(qtbot, office, clock_at):
    clock_at(TODAY + dt.timedelta(days=30))  # KA001 is VIP: 14 days
    page = BoardPage(office["boss"])
    qtbot.addWidget(page)
    page.show_account(office["KA001"].id)
    assert "Past contact cadence" in page.board.cards["communication"].badges


def test_card_details_practices_owner_and_evidence(qtbot, page, office, monkeypatch):
    from kamdesk.services import visits

    visits.save_visit(
        visits.VisitDraft(office["KA001"].id, TODAY, purpose="旺季备货沟通"), actor=office["boss"]
    )
    qtbot.mouseDClick(page.board.cards["logistics"], Qt.MouseButton.LeftButton)
    dialog = page.findChild(CardDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.practice_checks["peak_planned"].setChecked(True)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(office["li"].id))
    monkeypatch.setattr(ask, "item", lambda *a, **k: (a[3][0], True))
    qtbot.mouseClick(dialog.add_evidence_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "旺季备货沟通" in dialog.evidence_list.item(0).text()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    card = BoardCard.get((BoardCard.account == office["KA001"].id) & (BoardCard.card == "logistics"))
    assert (card.done_practices, card.owner_id) == ("peak_planned", office["li"].id)
    assert page.board.cards["logistics"].state.evidence == 1


def test_the_portfolio_grid_counts_match_the_database(qtbot, office, settings, clock_at):
    clock_at(TODAY)
    board.move_card(office["KA001"].id, "quality", "at_risk", actor=SCRIPT)
    board.move_card(office["KA002"].id, "quality", "secured", actor=SCRIPT)
    board.move_card(office["KA002"].id, "value", "at_risk", actor=SCRIPT)
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(window.pages.indexOf(window.board_page))
    settle(qtbot)
    page = window.board_page
    page.tabs.setCurrentIndex(1)
    settle(qtbot)
    grid = page.portfolio
    expected = {}
    for card in BoardCard.select():
        expected.setdefault(card.card, {}).setdefault(card.column, 0)
        expected[card.card][card.column] += 1
    for row in range(grid.counts_model.rowCount()):
        key, counts = grid.counts_model.item(row)
        stored = expected.get(key, {})
        never_opened = grid.model.rowCount() - sum(stored.values())
        assert counts == {
            "not_started": stored.get("not_started", 0) + never_opened,
            "in_progress": stored.get("in_progress", 0),
            "secured": stored.get("secured", 0),
            "at_risk": stored.get("at_risk", 0),
        }
    assert grid.model.item(0).code in ("KA001", "KA002")  # riskiest first
    # value: 1 at risk, none secured; quality: 1 at risk but 1 secured
    assert "Weakest guarantee: Guarantee 4: customer value" in grid.weakest_label.text()
    rect = grid.table.visualRect(grid.model.index(0, 1))
    qtbot.mouseClick(grid.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    assert page.tabs.currentIndex() == 0 and page.board.account_id == grid.model.item(0).account_id


def test_an_overdue_rebate_shows_on_guarantee_4_and_suggests_at_risk(qtbot, page, office):
    """Seed 000: the key-account department sees that the incentives promised are carried out."""
    from kamdesk.services import incentives

    promised = incentives.IncentiveDraft(office["KA001"].id, kind="promotion", title="中秋促销让利",
                                         starts_on=dt.date(2026, 9, 1), ends_on=dt.date(2026, 9, 30),
                                         promised_cents=800_000, due_on=dt.date(2026, 10, 31))  # fmt: skip
    made = incentives.save(promised, actor=SCRIPT)
    page.board.refresh()
    card = page.board.cards["value"]
    assert "1 rebates or promotions overdue" in card.badges and "Suggested: at risk" in card.badges
    assert not any("overdue" in b for b in page.board.cards["logistics"].badges)
    incentives.record_payment(made, dt.date(2026, 11, 20), 800_000, actor=SCRIPT)
    page.board.refresh()
    assert page.board.cards["value"].badges == []


def test_complaints_slow_to_resolve_suggest_the_guarantee_is_at_risk(qtbot, page, office, clock_at):
    """Guarantees 1-2 measured: a guarantee whose complaints took longer than the office's target to
    resolve is suggested at risk, and says by how much."""
    noted = dt.date(2026, 11, 1)
    made = feedback.add_entry(office["KA001"].id, "complaint", "service", "上门维修迟到", noted, actor=SCRIPT)
    feedback.resolve(made, "已道歉并补偿", actor=SCRIPT)  # 22 days after it was noted; the target is 7
    page.board.refresh()
    card = page.board.cards["service"]
    assert (
        "Complaints resolved in a median 22 days (target 7)" in card.badges
        and "Suggested: at risk" in card.badges
    )
    assert not page.board.cards["quality"].badges
