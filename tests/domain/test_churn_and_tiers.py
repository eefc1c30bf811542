import dataclasses
import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.exchange import importing
from kamdesk.rules import periods
from kamdesk.services import accounts, churn, people, sales
from kamdesk.store.models import Account
from tests.conftest import SCRIPT
from tests.orders import add_order_line

TODAY = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2025, 1, 5, 9, 0))  # the accounts exist from early 2025
    boss = people.create_rep("王经理", actor=SCRIPT)
    rep = people.create_rep("李娜", actor=SCRIPT)
    made = {}
    for code in ("A", "B", "C", "D", "E"):
        made[code] = accounts.save_account(
            accounts.AccountDraft(code=code, name=f"客户{code}", owner_id=boss.id), actor=SCRIPT
        ).id
    clock_at(TODAY)
    return {"boss": boss, "rep": rep, **made}


def order(account_id, day, yuan, line="饮料"):
    add_order_line(id=hash((account_id, day, yuan, line)) & (2**62 - 1), account=account_id, ordered_on=day,
                     sku="S", product_line=line, quantity=1, amount_cents=yuan * 100)  # fmt: skip


def test_churn_rate_per_quarter_and_top_reasons(office):
    churn.mark_churned(
        office["A"],
        dt.date(2026, 7, 15),
        "价格偏高",
        "连续两个季度交货延迟",
        "康达食品",
        step="logistics",
        actor=SCRIPT,
    )
    churn.mark_churned(
        office["B"], dt.date(2026, 8, 1), "价格偏高", "竞品返利更高", step="logistics", actor=SCRIPT
    )
    churn.mark_churned(
        office["C"], dt.date(2026, 3, 1), "淡季不进货", "投诉长期未解决", step="logistics", actor=SCRIPT
    )
    q3 = churn.churn_rate(periods.quarter(2026, 3))
    assert (q3.active_at_start, q3.churned) == (4, 2)  # C was lost before the quarter began
    assert q3.rate == 0.5
    reasons = churn.top_reasons()
    assert reasons["surface"][0] == ("价格偏高", 2)
    assert dict(reasons["deep"]) == {"连续两个季度交货延迟": 1, "竞品返利更高": 1, "投诉长期未解决": 1}
    assert Account.get_by_id(office["A"]).churn_competitor == "康达食品"


def test_marking_churn_needs_both_reasons_and_a_past_date_and_is_the_owners_or_a_managers(office):
    """Seed 004: the surface reason and the deep one (nearly 70% of churn is a failure at some step);
    the competitor may be none (the customer closed)."""
    with pytest.raises(errors.ValidationError) as caught:
        churn.mark_churned(office["A"], dt.date(2026, 12, 1), "  ", "", step="logistics", actor=SCRIPT)
    assert caught.value.errors == {
        "churn_surface": "required",
        "churn_deep": "required",
        "churned_on": "in_future",
    }
    with pytest.raises(errors.ValidationError) as caught:
        churn.mark_churned(
            office["A"], dt.date(1900, 1, 1), "价格偏高", "竞品返利更高", step="logistics", actor=SCRIPT
        )
    assert caught.value.errors == {"churned_on": "out_of_range"}
    with pytest.raises(errors.PermissionDeniedError):  # A is the manager's account, not 李娜's
        churn.mark_churned(
            office["A"],
            dt.date(2026, 11, 1),
            "价格偏高",
            "竞品返利更高",
            step="logistics",
            actor=office["rep"],
        )
    assert Account.get_by_id(office["A"]).status == "active"
    Account.update(owner=office["rep"].id).where(Account.id == office["A"]).execute()
    churn.mark_churned(
        office["A"], dt.date(2026, 11, 1), "价格偏高", "竞品返利更高", step="logistics", actor=office["rep"]
    )
    assert Account.get_by_id(office["A"]).status == "churned"


def test_a_churned_account_can_come_back(office):
    churn.mark_churned(
        office["A"], dt.date(2026, 10, 1), "价格偏高", "竞品返利更高", step="logistics", actor=SCRIPT
    )
    churn.reactivate(office["A"], actor=SCRIPT)
    account = Account.get_by_id(office["A"])
    assert (account.status, account.churned_on, account.churn_surface) == ("active", None, "")
    with pytest.raises(errors.ConflictError):
        churn.reactivate(office["A"], actor=SCRIPT)


def test_reason_lists_are_editable_by_a_manager(office):
    assert "价格偏高" in churn.reasons("surface")
    churn.set_reasons("surface", ["价格", " 账期 ", ""], actor=office["boss"])
    assert churn.reasons("surface") == ["价格", "账期"]
    with pytest.raises(errors.PermissionDeniedError):
        churn.set_reasons("surface", ["x"], actor=office["rep"])


def test_whitespace_shows_what_each_account_buys(office):
    order(office["A"], dt.date(2026, 1, 1), 500, "饮料")
    order(office["A"], dt.date(2026, 1, 2), 100, "乳品")
    order(office["B"], dt.date(2026, 1, 3), 200, "饮料")
    lines, buys = sales.whitespace()
    assert lines == ["饮料", "乳品"]  # most sold first
    assert buys == {office["A"]: {"饮料", "乳品"}, office["B"]: {"饮料"}}


def test_an_account_is_churned_or_won_back_only_through_their_own_flows(office):
    """Seed 004: a lost customer is recorded with when, why (surface and deep) and where it went; the
    form cannot skip that, and cannot make a churned account active with its reasons left behind."""
    draft = accounts.get_account(office["A"])
    with pytest.raises(errors.ValidationError) as caught:
        accounts.save_account(dataclasses.replace(draft, status="churned", notes="不再进货"), actor=SCRIPT)
    assert caught.value.errors == {"status": "churn_needs_reasons"}
    stored = Account.get_by_id(office["A"])
    assert (stored.status, stored.notes, stored.version) == ("active", "", draft.version)
    with pytest.raises(errors.ValidationError):
        accounts.save_account(
            accounts.AccountDraft(code="NEW", name="新客户", status="churned"), actor=SCRIPT
        )
    assert not Account.select().where(Account.code == "NEW").exists()
    churn.mark_churned(
        office["A"], dt.date(2026, 11, 2), "价格偏高", "竞品返利更高", step="logistics", actor=SCRIPT
    )
    churned = accounts.get_account(office["A"])
    accounts.save_account(dataclasses.replace(churned, notes="转向康达"), actor=SCRIPT)  # status kept: fine
    with pytest.raises(errors.ValidationError) as caught:
        accounts.save_account(
            dataclasses.replace(accounts.get_account(office["A"]), status="active"), actor=SCRIPT
        )
    assert caught.value.errors == {"status": "win_back_instead"}
    stored = Account.get_by_id(office["A"])
    assert (stored.status, stored.churned_on, stored.churn_deep, stored.notes) == (
        "churned", dt.date(2026, 11, 2), "竞品返利更高", "转向康达",
    )  # fmt: skip


def test_churned_accounts_without_a_date_are_listed_until_a_manager_completes_them(office):
    Account.update(status="churned").where(Account.id.in_([office["B"], office["D"]])).execute()  # as before
    assert [code for _, code, _ in churn.undated()] == ["B", "D"]
    q4 = periods.quarter(2026, 4)
    assert churn.churn_rate(q4).churned == 0  # without a date the rate cannot count them
    churn.mark_churned(
        office["B"], dt.date(2026, 10, 20), "淡季不进货", "对接业务员频繁更换", step="logistics", actor=SCRIPT
    )
    assert [code for _, code, _ in churn.undated()] == ["D"]
    assert churn.churn_rate(q4).churned == 1


def test_the_account_list_import_neither_churns_nor_wins_back(office, tmp_path):
    churn.mark_churned(
        office["C"], dt.date(2026, 9, 1), "价格偏高", "竞品返利更高", step="logistics", actor=SCRIPT
    )
    path = tmp_path / "accounts.csv"
    path.write_text("code,name,status\nA,客户A,churned\nB,客户B,active\nC,客户C,active\nNEW,新客户,churned\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(errors.ImportRefusedError) as refused:
        importing.import_accounts(path, actor=SCRIPT)
    found = [(p.line, p.column, p.code) for p in refused.value.problems]
    assert found == [(2, "status", "churn_needs_reasons"), (4, "status", "win_back_instead"),
                     (5, "status", "churn_needs_reasons")]  # fmt: skip
    assert [s for (s,) in Account.select(Account.status).order_by(Account.code).tuples()] == [
        "active",
        "active",
        "churned",
        "active",
        "active",
    ]
    path.write_text("code,name,status\nA,客户A,active\nC,客户C 有限公司,churned\n", encoding="utf-8")
    assert importing.import_accounts(path, actor=SCRIPT).updated == 1  # C stays churned, renamed
    assert Account.get_by_id(office["C"]).name == "客户C 有限公司"


def test_a_deep_reason_names_the_step_that_failed_and_the_share_at_a_step_is_counted(office, tmp_path):
    """Seed 004: nearly 70% of churn comes from a failure at some step of selling and serving."""
    from kamdesk.reports.quarterly_review import QuarterlyReview
    from kamdesk.services import quarter_figures
    from tests.domain.test_reports import read

    with pytest.raises(errors.ValidationError) as caught:
        churn.mark_churned(
            office["A"], dt.date(2026, 10, 1), "价格偏高", "竞品返利更高", step="", actor=SCRIPT
        )
    assert caught.value.errors == {"churn_step": "required"}
    for code, step, deep in (("A", "logistics", "连续两个季度交货延迟"), ("B", "service", "投诉长期未解决"),
                             ("C", "other", "被集团收购,改由总部统一采购")):  # fmt: skip
        churn.mark_churned(office[code], dt.date(2026, 10, 15), "价格偏高", deep, step=step, actor=SCRIPT)
    Account.update(status="churned", churned_on=dt.date(2026, 10, 20)).where(
        Account.id == office["D"]
    ).execute()
    shares = churn.step_shares()
    assert (shares.by_step, shares.unnamed, round(shares.at_a_step, 4)) == (
        {"logistics": 1, "service": 1, "other": 1}, 1, round(2 / 3, 4))  # fmt: skip
    figures = quarter_figures.quarter_figures(periods.quarter(2026, 4))
    assert figures.churn_at_a_step == (2, 3)
    text = " ".join(" ".join(read(QuarterlyReview(figures, "en").write(tmp_path / "q4.pdf"))).split())
    assert "Of 3 lost accounts whose deep reason names a step, 2 (67%) were lost at a 1-2-4 step" in text
    churn.reactivate(office["A"], actor=SCRIPT)
    assert Account.get_by_id(office["A"]).churn_step == ""
