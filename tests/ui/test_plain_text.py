"""What a rep types is shown as typed (issue 17): no label, tooltip, message box or input dialog of
the window reads it as HTML, so "<b>" stays "<b>" and "<img src=...>" never makes Qt read a file."""

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QTableView, QWidget

from kamdesk.services import accounts, contacts, feedback, follow_ups, people, prospects, visits
from kamdesk.services.accounts import AccountDraft
from kamdesk.services.contacts import ContactDraft
from kamdesk.store import db
from tests.conftest import SCRIPT
from tests.ui.conftest import settle, when_dialog_opens
from ui.accounts.account_form import AccountForm
from ui.common import ask, plain_text
from ui.main_window import MainWindow

MARK = "<b>bold</b>"
PAYLOAD = MARK + '<img src="/etc/passwd">'
TODAY = dt.date(2026, 11, 23)
UI = Path(__file__).resolve().parents[2] / "ui"


def as_html(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether Qt reads `text` as HTML in a widget with this format (AutoText: as Qt guesses)."""
    if text_format == Qt.TextFormat.AutoText:
        return QtGui.Qt.mightBeRichText(text)
    return text_format != Qt.TextFormat.PlainText


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The characters a widget with this text format puts on the screen for `text`."""
    if not as_html(text, text_format):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def carries_mark(text: str) -> bool:
    """The text holds user text with the mark, as typed or escaped for HTML."""
    return MARK in text or html.escape(MARK) in text


@pytest.fixture
def marked(office):
    """The office, with PAYLOAD in what reps type: a rep's name, an account's fields, a contact, a
    visit (edited once), a complaint, a follow-up, a prospect and its trigger event."""
    rep = people.create_rep(PAYLOAD + " rep", "manager", actor=SCRIPT)
    account = accounts.save_account(
        AccountDraft(
            code=MARK + "9",
            name=PAYLOAD,
            industry=PAYLOAD + " trade",
            region=PAYLOAD,
            address=PAYLOAD + " road",
            notes=PAYLOAD + "\nsecond line",
            owner_id=rep.id,
        ),
        actor=SCRIPT,
    )
    contact = contacts.save_contact(
        ContactDraft(account_id=account.id, name=PAYLOAD + " contact", title=PAYLOAD, notes=PAYLOAD),
        actor=SCRIPT,
    )
    saved = visits.save_visit(
        visits.VisitDraft(account.id, dt.datetime(2026, 11, 20, 10), purpose=PAYLOAD, problems=PAYLOAD),
        actor=rep,
    ).draft
    visits.save_visit(visits.VisitDraft(account.id, saved.started_at, purpose=PAYLOAD + " again", id=saved.id,
                          version=saved.version), actor=rep)  # fmt: skip
    feedback.add_entry(account.id, "complaint", "logistics", PAYLOAD + " late", TODAY, contact.id, actor=rep)
    follow_ups.add_follow_up(account.id, PAYLOAD + " call back", rep.id, TODAY, actor=rep)
    prospect = prospects.save_prospect(
        prospects.ProspectDraft(
            name=PAYLOAD + " prospect",
            industry=PAYLOAD,
            region=PAYLOAD,
            contact_name=PAYLOAD,
            title=PAYLOAD,
            source=PAYLOAD,
            owner_id=rep.id,
        ),
        actor=SCRIPT,
    )
    prospects.add_trigger(prospect.id, prospects.TriggerDraft(TODAY, "merger", PAYLOAD, PAYLOAD), actor=rep)
    return {"rep": rep, "account": account, "contact": contact, "visit": saved, "prospect": prospect}


def open_window(qtbot, settings, user) -> MainWindow:
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), user, settings, "log")
    qtbot.addWidget(window)
    window.show()
    return window


def visit_everything(qtbot, window, marked) -> None:
    """Open the marked account on every tab of its pane, then every page, choosing what shows it."""
    page = window.accounts_page
    page.open_account(marked["account"].id)
    detail = page.detail
    for tab in range(detail.detail_tabs.count()):
        detail.detail_tabs.setCurrentIndex(tab)
        settle(qtbot)
    detail.timeline.table.selectRow(0)
    detail.contacts.table.selectRow(0)
    detail.open_visit_form(marked["visit"].id)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        settle(qtbot)
        built = window.pages.currentWidget()
        qtbot.waitUntil(lambda built=built: not getattr(built, "is_busy", lambda: False)())
    window.prospects_page.set_aside_check.setChecked(True)  # no targets yet: every prospect is set aside
    settle(qtbot)
    window.prospects_page.select_prospect(marked["prospect"].id)
    settle(qtbot)
    window.board_page.show_account(marked["account"].id)
    window.navigation.setCurrentRow(window.pages.index_of("accounts"))
    settle(qtbot)


def tooltips(window: QWidget) -> list[str]:
    """Every tooltip the window can show: its widgets' and every cell's and header's of its views."""
    tips = [w.toolTip() for w in window.findChildren(QWidget) if w.toolTip()]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        row = 0
        while model is not None and model.index(row, 0).isValid():
            column = 0
            while (cell := model.index(row, column)).isValid():
                tips.append(cell.data(Qt.ItemDataRole.ToolTipRole))
                column += 1
            row += 1
    for view in window.findChildren(QTableView):
        for column in range(view.horizontalHeader().count()):
            tips.append(
                view.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            )
    return [tip for tip in tips if isinstance(tip, str)]


def test_no_label_or_tooltip_in_the_window_reads_user_text_as_html(qtbot, settings, marked):
    window = open_window(qtbot, settings, marked["rep"])
    visit_everything(qtbot, window, marked)

    labels = [label for label in window.findChildren(QLabel) if carries_mark(label.text())]
    mangled = [label.text() for label in labels if MARK not in shown(label.text(), label.textFormat())]
    assert mangled == []
    showing = {label for label in labels if PAYLOAD in label.text()}
    detail = window.accounts_page.detail
    assert detail.form.heading in showing  # the account's name
    assert window.user_label in showing  # the rep at this seat
    assert detail.timeline.detail_label in showing  # the newest entry of the account's timeline
    assert window.prospects_page.detail_title in showing  # the prospect's name and contact
    assert len(labels) >= 5  # and the visit form's edit history

    tips = [tip for tip in tooltips(window) if carries_mark(tip)]
    assert [tip for tip in tips if MARK not in shown(tip)] == []
    assert any(shown(tip) == PAYLOAD for tip in tips)  # the contact's notes


def test_questions_about_user_text_show_it_as_typed(qtbot, settings, marked, monkeypatch):
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    def get_text(parent, title, label, *args, **kwargs):
        asked.append(label)
        return "", False

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(ask, "text", get_text)
    monkeypatch.setattr(ask, "lines", get_text)
    window = open_window(qtbot, settings, marked["rep"])
    window.accounts_page.open_account(marked["account"].id)
    contacts_panel = window.accounts_page.detail.contacts
    contacts_panel.table.selectRow(0)
    contacts_panel.remove_button.click()  # "Remove <name> from this account's contacts?"
    follow_ups_page = window.follow_ups_page
    follow_ups_page.refresh()
    settle(qtbot)
    follow_ups_page.follow_up_table.selectRow(0)
    follow_ups_page.done_button.click()  # "Done: <text>"
    feedback_page = window.feedback_page
    feedback_page.refresh()
    settle(qtbot)
    feedback_page.table.selectRow(0)
    feedback_page.resolve_button.click()  # "<complaint>\nHow was it resolved?"
    settle(qtbot)

    assert len(asked) == 3 and all(carries_mark(text) for text in asked)
    assert [MARK in shown(text) for text in asked] == [True, True, True]
    assert PAYLOAD + " contact" in shown(asked[0]) and PAYLOAD + " call back" in shown(asked[1])


def test_the_account_heading_shows_a_tag_as_typed(qtbot, opened):
    form = AccountForm(SCRIPT)
    qtbot.addWidget(form)
    form.show()
    form.load(accounts.save_account(AccountDraft(code="KA1", name="<b>x</b>"), actor=SCRIPT))

    heading = form.heading
    assert heading.text() == "<b>x</b>" and shown(heading.text(), heading.textFormat()) == "<b>x</b>"
    assert heading.sizeHint().width() >= heading.fontMetrics().horizontalAdvance("<b>x</b>")


def test_an_image_tag_in_a_name_does_not_make_qt_load_the_file(qtbot, opened, tmp_path):
    picture = tmp_path / "big.png"
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    name = f'<img src="{picture}">'
    form = AccountForm(SCRIPT)
    qtbot.addWidget(form)
    form.show()
    form.load(accounts.save_account(AccountDraft(code="KA1", name=name), actor=SCRIPT))

    # Read as HTML, the label would load the picture and be 400 pixels tall.
    assert form.heading.sizeHint().height() < 100
    assert shown(form.heading.text(), form.heading.textFormat()) == name


TEXTS = [PAYLOAD, "a\n<b>x</b>  two  spaces\n\nend &amp; &lt;", "x &lt; y", "<i>tab\there</i>", "plain"]


@pytest.mark.parametrize("text", TEXTS)
def test_literal_shows_every_character_wherever_qt_guesses(qtbot, text):
    assert shown(plain_text.literal(text)) == text
    if not QtGui.Qt.mightBeRichText(text):
        assert plain_text.literal(text) == text  # nothing changes for the texts Qt shows as they are


def test_rich_escapes_every_value_and_keeps_the_template(qtbot):
    made = plain_text.rich("<b>{name}</b> owes {amount}", name=PAYLOAD, amount=5)
    assert made.startswith("<b>&lt;b&gt;") and shown(made) == PAYLOAD + " owes 5"


def test_message_boxes_show_their_text_as_typed(qtbot):
    seen = []

    def look(box):
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append(shown(label.text(), label.textFormat()))
        box.reject()

    when_dialog_opens(look)
    plain_text.warning(None, "KAMDesk", PAYLOAD + "\nsecond line")
    box = plain_text.message_box(QMessageBox.Icon.Warning, "KAMDesk", PAYLOAD)
    qtbot.addWidget(box)
    when_dialog_opens(look)
    box.exec()
    assert seen == [PAYLOAD + "\nsecond line", PAYLOAD]


def test_labels_and_message_boxes_in_ui_go_through_plain_text():
    """A bare QLabel or QMessageBox static call guesses the format; ui/plain_text.py has the ones that
    do not. (QMessageBox.about stays: it shows our own HTML, built by plain_text.rich.)"""
    pattern = re.compile(
        r"\bQLabel\(|\bQMessageBox\(|\bQMessageBox\.(question|information|warning|critical)\("
    )
    sources = sorted(UI.rglob("*.py"))
    assert UI / "accounts" / "account_form.py" in sources  # every workspace's folder is read
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in sources
        if path.name != "plain_text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == [], "show text through ui/plain_text.py: PlainLabel, plain_text.warning() and the like"
