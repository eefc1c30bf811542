import datetime as dt
import time

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from kamdesk.rules import periods
from kamdesk.services import quarter_figures, visits
from kamdesk.store import db
from tests.conftest import SCRIPT
from tests.ui.conftest import settle
from ui.main_window import MainWindow
from ui.reports.reports_page import ReportsPage

TODAY = dt.datetime(2026, 11, 23, 9, 0)


def pdf_text(path):
    pdf = pypdfium2.PdfDocument(str(path))
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pages = len(pdf)
    pdf.close()
    return text, pages


@pytest.fixture
def window(qtbot, office, settings, clock_at, tmp_path, monkeypatch):
    clock_at(TODAY)
    # The cache under a user folder named in Chinese, as on a Chinese Windows seat
    monkeypatch.setattr("kamdesk.paths.user_cache_dir", lambda: tmp_path / "王芳" / "cache")
    visits.save_visit(
        visits.VisitDraft(office["KA001"].id, dt.datetime(2026, 8, 3, 10), purpose="季度回顾"), actor=SCRIPT
    )
    win = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(win)
    win.show()
    yield win
    qtbot.waitUntil(lambda: not win.reports_page.is_busy(), timeout=20000)


def test_account_review_in_one_click_then_save_as(qtbot, window, office, tmp_path, monkeypatch):
    window.accounts_page.reveal_account(office["KA001"].id)
    qtbot.mouseClick(window.accounts_page.detail.review_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    page = window.reports_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: bool(page.preview.pages), timeout=20000)
    assert page.progress.value() == page.progress.maximum()
    assert page.pages_label.text() == f"{len(page.preview.pages)} pages"
    target = tmp_path / "out" / "review.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert page.suggested_name() == "Account-review_KA001_2026Q3.pdf"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    text, pages = pdf_text(target)
    assert "上海华联超市连锁有限公司" in text and "季度回顾" in text and "2026Q3" in text
    assert pages == len(page.preview.pages)
    assert [p.name for p in target.parent.iterdir()] == ["review.pdf"]  # no temporary file left


def test_print_sends_every_page(qtbot, window, office, tmp_path, monkeypatch):
    page = window.reports_page
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    settle(qtbot)
    page.quarter_radio.setChecked(True)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(page.preview.pages), timeout=20000)
    printed = tmp_path / "打印" / "季度回顾.pdf"  # a printer that writes files, into a Chinese-named folder
    printed.parent.mkdir()

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    _, pages = pdf_text(printed)
    assert pages == len(page.preview.pages) and pages >= 4
    assert page.status_label.text() == f"Sent {pages} pages to the printer."
    assert list((tmp_path / "王芳" / "cache" / "reports").glob("*.pdf"))  # previewed and printed from there


def test_cancel_stops_the_review_and_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    slow = quarter_figures.quarter_figures

    def slowly(*args, **kwargs):
        time.sleep(0.2)
        return slow(*args, **kwargs)

    monkeypatch.setattr(quarter_figures, "quarter_figures", slowly)
    page = window.reports_page
    page.quarter_radio.setChecked(True)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled() and not page.generate_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20000)
    qtbot.waitUntil(lambda: page.generate_button.isEnabled())
    assert page.status_label.text() == "Cancelled. Nothing was written."
    assert page.preview.pages == [] and not page.save_button.isEnabled()
    assert not any((tmp_path / "王芳" / "cache" / "reports").iterdir())


def test_an_account_must_be_chosen(qtbot, office, clock_at):
    clock_at(TODAY)
    page = ReportsPage()
    qtbot.addWidget(page)
    page.refresh()  # as the main window does when the page is shown
    settle(qtbot)
    page.account_combo.setCurrentIndex(-1)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.status_label.text() == "Choose an account first." and not page.is_busy()
    assert page.account_combo.lineEdit().placeholderText() == "Choose: type a code or name…"  # and how


def test_the_quarters_figures_saved_as_a_workbook(qtbot, window, tmp_path, monkeypatch):
    """The quarterly review by owner, then its figures as XLSX: the workbook holds what the review
    printed, the same as the figures gathered straight from the domain."""
    from openpyxl import load_workbook

    page = window.reports_page
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    settle(qtbot)
    assert not page.order_combo.isEnabled()  # an account review has no accounts to order
    qtbot.mouseClick(page.quarter_radio, Qt.MouseButton.LeftButton)
    assert page.order_combo.isEnabled()
    page.order_combo.setCurrentIndex(page.order_combo.findData("owner"))
    page.period_combo.setCurrentIndex(0)  # the running quarter: the office's accounts were made in it
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.preview.pages), timeout=20000)
    text, _ = pdf_text(page._pdf)
    assert "Owner: " in text or "负责人:" in text

    target = tmp_path / "figures.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.figures_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    book = load_workbook(target, read_only=True)
    single = {
        row[0]: row[1] if len(row) > 1 else None
        for row in book["figures"].iter_rows(min_row=2, values_only=True)
    }
    assert "median_response_days" in single  # a figure not reckoned is an empty cell, its key still there
    expected = quarter_figures.quarter_figures(periods.quarter(2026, 4)).to_json()
    assert single["quarter"] == "2026Q4" and single["active_accounts_at_start"] == 0
    assert single["open_complaints_at_end"] == expected["open_complaints_at_end"]
    assert single["revenue_cents"] == expected["revenue_cents"]
    accounts = list(book["accounts"].iter_rows(values_only=True))
    assert accounts[0][0] == "code"
    assert sorted(r[0] for r in accounts[1:]) == ["KA001", "KA002", "KA003", "KA004"]
    assert page.status_label.text() == f"Saved to {target}"


def test_a_long_review_is_jumped_through_and_zoomed(qtbot, window):
    """Issue 23: the 58-page preview had no zoom or page jump."""
    page = window.reports_page
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    settle(qtbot)
    qtbot.mouseClick(page.quarter_radio, Qt.MouseButton.LeftButton)
    page.period_combo.setCurrentIndex(0)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.preview.pages), timeout=20000)
    preview, count = page.preview, len(page.preview.pages)
    assert count >= 3 and page.page_spin.maximum() == count
    for _ in range(2):  # page 1 -> 3 with the arrow key
        qtbot.keyClick(page.page_spin, Qt.Key.Key_Up)
    assert page.page_spin.value() == 3, page.page_spin.text()
    assert preview.current_page() == 3
    assert preview.verticalScrollBar().value() == preview.pages[2].y()
    assert preview.rendered() == [2, 3, 4]  # the page in view and one either side hold an image, no more
    width = preview.pages[2].pixmap().width()
    page.zoom_combo.setCurrentIndex(page.zoom_combo.findData(150))
    assert abs(preview.pages[2].pixmap().width() / width - 1.5) < 0.01
    assert preview.current_page() == 3  # the page being read stays in view
    preview.verticalScrollBar().setValue(preview.verticalScrollBar().maximum())
    assert page.page_spin.value() == count  # the box follows the scrolling
