"""Issue 23: the visit brief, one click from the account pane, on screen and saved as its PDF."""

import datetime as dt

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kamdesk.services import follow_ups
from tests.conftest import SCRIPT
from tests.ui.conftest import settle
from tests.ui.test_accounts_page import click_row, make_page
from ui.reports.brief_dialog import VisitBriefDialog


def test_one_click_gives_the_brief_on_screen_and_saves_the_same_page(qtbot, office, settings, clock_at,
                                                                      tmp_path, monkeypatch):  # fmt: skip
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    follow_ups.add_follow_up(
        office["KA002"].id, "寄新品样品", office["li"].id, dt.date(2026, 11, 30), actor=SCRIPT
    )
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA002")
    qtbot.mouseClick(page.detail.brief_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = page.findChild(VisitBriefDialog)
    assert dialog is not None and dialog.isVisible()
    shown = dialog.view.toPlainText()
    assert "北京永辉餐饮管理有限公司" in dialog.windowTitle()
    assert "张伟 (采购经理), Buyer; attitude: Not yet known." in shown  # who they will meet
    assert "寄新品样品 (李娜, due 2026-11-30)" in shown  # what we promised
    assert "No orders recorded yet." in shown
    questions = [q.text("en") for q in dialog.brief.questions]
    assert len(questions) == 3 and all(q in shown for q in questions)

    target = tmp_path / "简报.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    pdf = pypdfium2.PdfDocument(str(target))
    printed = pdf[0].get_textpage().get_text_range().replace("\r\n", "\n")
    assert len(pdf) == 1 and "寄新品样品 (李娜, due 2026-11-30)" in printed
    pdf.close()
    assert target.stat().st_mode & 0o777 == 0o600  # office data: readable by its owner only
    made = dialog._pdf
    assert made is not None and made.exists()
    dialog.reject()
    assert not made.exists()  # closed: the copy in the cache goes with it
