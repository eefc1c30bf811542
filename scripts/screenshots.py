"""Take screenshots of the real windows, as a user would see them (run under xvfb-run).

xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py OUT_DIR [--lang zh_CN|en]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kamdesk import demo
from kamdesk.actor import Actor
from kamdesk.services import people
from kamdesk.services.visits import LedgerDraft
from kamdesk.store import db
from ui import app as app_module
from ui.accounts.contact_dialog import ContactDialog
from ui.common import i18n, style
from ui.common.settings import Settings
from ui.office.first_run_dialog import FirstRunDialog
from ui.prospects.targets_dialog import TargetsDialog


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    target = str(work / "office.sqlite3")
    QCoreApplication.setOrganizationName("KAMDesk-screenshots")
    app = QApplication([])
    i18n.install(app, args.lang)
    app_module._add_bundled_font()
    suffix = args.lang

    db.open_database(target)
    first_run = style.wear(FirstRunDialog([], office_is_empty=True))
    first_run.grab().save(str(args.out / f"first_run_{suffix}.png"))
    me = people.create_rep("王经理", actor=Actor.command_line())
    demo.fill_demo(accounts=300, seed=1)
    db.close_database()

    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_seat_rep(target, me.id)
    window = app_module.open_main_window(target, settings, str(work / "kamdesk.log"))
    window.resize(1360, 840)
    window.show()
    page = window.accounts_page

    def shoot() -> None:
        page.table.selectRow(3)
        app.processEvents()
        window.grab().save(str(args.out / f"accounts_{suffix}.png"))
        page.search_edit.setText("华")
        app.processEvents()
        window.grab().save(str(args.out / f"search_{suffix}.png"))
        page.detail.form.name_edit.setText("")
        page.detail.form.save()
        app.processEvents()
        window.grab().save(str(args.out / f"validation_{suffix}.png"))
        contact = page.detail.contacts.model.contact(0)
        dialog = ContactDialog(contact, me, window)
        dialog.email_edit.setText("wrong@")
        dialog._on_buttons_accepted()
        dialog.grab().save(str(args.out / f"contact_{suffix}.png"))
        page.detail.form.load(page.detail.form._draft)
        page.search_edit.clear()
        page.detail.detail_tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(args.out / f"timeline_{suffix}.png"))
        form = page.open_visit_form()
        form.purpose_edit.setText("季度深度沟通,征求意见")
        form.text_edits["problems"].setPlainText("上月两次送货延迟")
        form.text_edits["latent_needs"].setPlainText("明年计划新开 5 家门店,需要新品")
        form.their_list.item(0).setCheckState(Qt.CheckState.Checked)
        row = form.ledger_rows.add_row()
        row.set_value(LedgerDraft("complaint", "logistics", "两次送货延迟", None))
        row = form.ledger_rows.add_row()
        row.set_value(LedgerDraft("praise", "service", "售后响应快", None))
        step = form.follow_up_rows.add_row()
        step.text_edit.setText("提交门店开业备货方案")
        app.processEvents()
        form.grab().save(str(args.out / f"visit_form_{suffix}.png"))
        form._autosave.stop()
        form.hide()
        for widget, name in ((window.follow_ups_page, "follow_ups"), (window.feedback_page, "feedback")):
            window.navigation.setCurrentRow(window.pages.indexOf(widget))
            app.processEvents()
            window.grab().save(str(args.out / f"{name}_{suffix}.png"))
        window.navigation.setCurrentRow(window.pages.indexOf(window.board_page))
        window.board_page.show_account(page.model.account_id(0))
        app.processEvents()
        window.grab().save(str(args.out / f"board_{suffix}.png"))
        window.board_page.tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(args.out / f"portfolio_{suffix}.png"))
        window.navigation.setCurrentRow(window.pages.indexOf(window.reports_page))
        window.reports_page.account_review(page.model.account_id(3))
        for _ in range(200):
            app.processEvents()
            if window.reports_page.preview.pages:
                break
            time.sleep(0.05)
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)
        window.reports_page.preview.verticalScrollBar().setValue(0)
        app.processEvents()
        window.grab().save(str(args.out / f"reports_{suffix}.png"))
        window.navigation.setCurrentRow(window.pages.indexOf(window.dashboard_page))
        for _ in range(200):
            app.processEvents()
            if window.dashboard_page.charts["board"].rendered is not None:
                break
            time.sleep(0.05)
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)
        window.grab().save(str(args.out / f"dashboard_{suffix}.png"))
        window.navigation.setCurrentRow(window.pages.indexOf(window.sales_page))
        for index, name in enumerate(("slipping", "tiers", "churn", "whitespace")):
            window.sales_page.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(args.out / f"sales_{name}_{suffix}.png"))
        search = window.open_note_search("送货")
        app.processEvents()
        search.grab().save(str(args.out / f"note_search_{suffix}.png"))
        search.close()
        prospects_page = window.prospects_page
        window.navigation.setCurrentRow(window.pages.indexOf(prospects_page))
        prospects_page.owner_combo.setCurrentIndex(1)  # everyone's
        for index, name in enumerate(("call_list", "conversion")):
            prospects_page.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(args.out / f"prospects_{name}_{suffix}.png"))
        targets = TargetsDialog(me, None, parent=window)
        targets.show()
        app.processEvents()
        targets.grab().save(str(args.out / f"prospect_targets_{suffix}.png"))
        targets.close()
        app.quit()

    QTimer.singleShot(800, shoot)
    app.exec()


if __name__ == "__main__":
    main()
