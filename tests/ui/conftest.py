import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.services import accounts, contacts, people
from kamdesk.services.accounts import AccountDraft
from kamdesk.services.contacts import ContactDraft
from tests.conftest import SCRIPT
from ui.common.settings import Settings


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """A test that leaves a background task running fails (it would touch a closed database)."""
    from ui.common.background import BackgroundTask

    yield
    running = [task for task in list(BackgroundTask.live) if task.is_running()]
    for task in running:
        task.cancel()
        task.wait()
    assert not running, (
        f"a background task still ran when the test ended: {[t._runner._function for t in running]}"
    )


@pytest.fixture(autouse=True)
def no_window_outlives_its_test():
    """Every window a test opened is deleted when it ends: one left alive kept its timers, and a visit
    form's draft timer wrote into the next test's database (the same ids on a new PostgreSQL schema)."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle(qtbot, timeout_ms: int = 20000) -> None:
    """Wait, as a rep would, until every read or write started off the window's thread has ended
    and what it read is shown."""
    from ui.common.background import BackgroundTask

    def running() -> bool:
        return any(task.is_running() for task in list(BackgroundTask.live))

    while True:  # a result shown may start another read (a change heard, a page refreshed): wait for it too
        qtbot.waitUntil(lambda: not running(), timeout=timeout_ms)
        QApplication.processEvents()  # the results, queued to the window's thread
        if not running():
            return


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def office(opened):
    """A small office: a manager, a rep, and four accounts; the manager sits at this seat."""
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", actor=SCRIPT)
    made = {}
    for code, name, tier, owner in (
        ("KA001", "上海华联超市连锁有限公司", "vip", boss),
        ("KA002", "北京永辉餐饮管理有限公司", "growth", li),
        ("KA003", "广州华润医药有限公司", "negative", li),
        ("KA004", "Golden Harbor Foods", "unclassified", boss),
    ):
        made[code] = accounts.save_account(
            AccountDraft(code=code, name=name, tier=tier, owner_id=owner.id), actor=SCRIPT
        )
    contacts.save_contact(
        ContactDraft(account_id=made["KA002"].id, name="张伟", title="采购经理", decision_role="buyer"),
        actor=SCRIPT,
    )
    return {"boss": boss, "li": li, **made}


@pytest.fixture
def answer(monkeypatch):
    """Answer the next QMessageBox.question with the given button; records what was asked."""
    asked = []

    def set_answer(button):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return button

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        return asked

    return set_answer


def when_dialog_opens(handler):
    """Run handler(dialog) once the next modal dialog is showing (exec() blocks the test)."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            handler(dialog)

    QTimer.singleShot(0, poll)


def type_text(qtbot, widget, text):
    """Type as a user does: Latin keys one by one, Chinese committed by the input method (IME)."""
    from PySide6.QtGui import QInputMethodEvent

    for chunk, is_ascii in _runs(text):
        if is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _runs(text):
    runs = []
    for ch in text:
        ascii_ = ch.isascii()
        if runs and runs[-1][1] == ascii_:
            runs[-1][0] += ch
        else:
            runs.append([ch, ascii_])
    return [(chunk, flag) for chunk, flag in runs]
