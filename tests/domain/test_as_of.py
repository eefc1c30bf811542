"""The office as it stood at the end of a day (services/as_of), built from a history whose every
step the test makes on its own clock: what each figure should be is read off that script, not from
the code under test."""

import datetime as dt
from dataclasses import replace

import pytest

from kamdesk.rules.board_cards import CARD_KEYS, BoardColumn
from kamdesk.rules.vocab import FeedbackKind, Guarantee, Loyalty, Status, Tier
from kamdesk.services import accounts, as_of, board, churn, feedback, hand_over, loyalty, people, visits
from tests.conftest import SCRIPT
from tests.orders import add_order_line

Q3_END = dt.date(2026, 9, 30)


def order(account_id, day, yuan):
    add_order_line(id=hash((account_id, day, yuan)) & (2**62 - 1), account=account_id, ordered_on=day,
                     sku="S", product_line="饮料", quantity=1, amount_cents=yuan * 100)  # fmt: skip


def visit(account_id, moment, actor):
    visits.save_visit(visits.VisitDraft(account_id, started_at=moment, purpose="回访"), actor=actor)


@pytest.fixture
def history(opened, clock_at):
    """Accounts A-E, with what happened to them in 2026Q3 and what was recorded after it."""
    clock_at(dt.datetime(2026, 6, 1, 9, 0))
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", actor=SCRIPT)
    ids = {}
    for code, tier in (("A", Tier.VIP), ("B", Tier.GROWTH), ("D", Tier.GROWTH), ("E", Tier.VIP)):
        draft = accounts.AccountDraft(code=code, name=f"客户{code}", tier=tier, owner_id=li.id)
        ids[code] = accounts.save_account(draft, actor=boss).id
    loyalty.record(ids["A"], Loyalty.LOYAL, dt.date(2026, 5, 20), actor=li)
    for month in range(1, 7):  # E buys monthly, then stops
        order(ids["E"], dt.date.fromisoformat(f"2026-{month:02d}-01"), 1000)

    clock_at(dt.datetime(2026, 7, 10, 10, 0))
    late = feedback.add_entry(ids["A"], FeedbackKind.COMPLAINT, Guarantee.LOGISTICS, "送货延迟", actor=li)
    clock_at(dt.datetime(2026, 8, 1, 10, 0))
    quick = feedback.add_entry(ids["B"], FeedbackKind.COMPLAINT, Guarantee.QUALITY, "破损", actor=li)
    board.move_card(ids["A"], "communication", BoardColumn.SECURED, actor=li)
    clock_at(dt.datetime(2026, 8, 15, 9, 0))
    ids["C"] = accounts.save_account(
        accounts.AccountDraft(code="C", name="客户C", owner_id=li.id), actor=boss
    ).id
    clock_at(dt.datetime(2026, 8, 20, 9, 0))
    feedback.resolve(quick, "已换货", actor=li)
    clock_at(dt.datetime(2026, 9, 6, 9, 0))
    churn.mark_churned(
        ids["B"], dt.date(2026, 9, 5), "价格偏高", "竞品返利更高", "康达食品", step="logistics", actor=boss
    )
    clock_at(dt.datetime(2026, 9, 20, 15, 0))
    loyalty.record(ids["A"], Loyalty.DISLOYAL, dt.date(2026, 9, 10), actor=li)
    visit(ids["A"], dt.datetime(2026, 9, 20, 14, 0), li)

    # Recorded after the quarter: what is dated after it must not change it; what is dated inside it
    # (D's churn, learnt late) is a fact of the quarter.
    clock_at(dt.datetime(2026, 10, 3, 9, 0))
    churn.mark_churned(
        ids["D"], dt.date(2026, 9, 28), "淡季不进货", "投诉长期未解决", step="logistics", actor=boss
    )
    clock_at(dt.datetime(2026, 10, 5, 9, 0))
    feedback.resolve(late, "补发", actor=li)
    clock_at(dt.datetime(2026, 10, 10, 9, 0))
    churn.reactivate(ids["B"], actor=boss)
    clock_at(dt.datetime(2026, 10, 15, 9, 0))
    a = accounts.get_account(ids["A"])
    accounts.save_account(accounts.AccountDraft(**{**a.__dict__, "tier": Tier.GROWTH}), actor=boss)
    clock_at(dt.datetime(2026, 10, 16, 9, 0))
    hand_over.hand_over([ids["A"]], boss.id, "调岗", actor=boss)
    clock_at(dt.datetime(2026, 10, 20, 9, 0))
    board.move_card(ids["A"], "communication", BoardColumn.AT_RISK, actor=boss)
    loyalty.record(ids["A"], Loyalty.LOYAL, dt.date(2026, 10, 20), actor=boss)
    feedback.add_entry(ids["C"], FeedbackKind.COMPLAINT, Guarantee.SERVICE, "态度", actor=boss)
    visit(ids["A"], dt.datetime(2026, 10, 20, 8, 0), boss)
    order(ids["E"], dt.date(2026, 10, 20), 1000)
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    return {"boss": boss, "li": li, **ids}


def test_an_account_stands_at_the_quarters_end_as_the_history_says(history):
    at = as_of.accounts_at(Q3_END)
    a, b, c, d = (at[history[k]] for k in "ABCD")
    assert (a.tier, a.owner_id, a.loyalty, a.status) == (
        Tier.VIP,
        history["li"].id,
        Loyalty.DISLOYAL,
        Status.ACTIVE,
    )
    assert b.status == Status.CHURNED and b.churn == as_of.Churn(
        dt.date(2026, 9, 5), "价格偏高", "竞品返利更高", "康达食品", "logistics"
    )  # won back in October: still lost in September
    assert c.created_at.date() == dt.date(2026, 8, 15) and c.loyalty == Loyalty.UNKNOWN
    assert d.status == Status.CHURNED and d.churn.on == dt.date(2026, 9, 28)  # recorded in October

    today = as_of.accounts_at(dt.date(2026, 11, 23))
    assert (today[history["A"]].tier, today[history["A"]].owner_id) == (Tier.GROWTH, history["boss"].id)
    assert today[history["A"]].loyalty == Loyalty.LOYAL and today[history["B"]].status == Status.ACTIVE


def test_an_account_did_not_exist_before_it_was_made(history):
    assert history["C"] not in as_of.accounts_at(dt.date(2026, 8, 14))
    assert history["C"] in as_of.accounts_at(dt.date(2026, 8, 15))
    assert as_of.accounts_at(dt.date(2026, 5, 31)) == {}


def test_complaints_cards_contacts_and_slipping_at_the_quarters_end(history):
    open_at_end = as_of.open_complaints_at(Q3_END)
    assert open_at_end == [as_of.OpenComplaint(history["A"], Guarantee.LOGISTICS)]  # resolved 5 October
    assert as_of.open_complaints_at(dt.date(2026, 8, 19)) == [
        as_of.OpenComplaint(history["A"], Guarantee.LOGISTICS),
        as_of.OpenComplaint(history["B"], Guarantee.QUALITY),
    ]

    cards = as_of.cards_at(Q3_END)[history["A"]]
    assert cards[CARD_KEYS.index("communication")] == BoardColumn.SECURED  # at risk only from 20 October
    assert history["A"] not in as_of.cards_at(dt.date(2026, 7, 31))  # nothing started yet
    assert as_of.cards_at(dt.date(2026, 11, 23))[history["A"]][0] == BoardColumn.AT_RISK

    assert as_of.last_contacts_at(Q3_END) == {history["A"]: dt.datetime(2026, 9, 20, 14, 0)}
    slipping = as_of.slipping_at(Q3_END)
    assert set(slipping) == {history["E"]} and slipping[history["E"]].days_since == 121  # since 1 June
    assert history["E"] not in as_of.slipping_at(dt.date(2026, 10, 20))  # ordered again that day


def test_the_quarters_end_reads_the_same_before_and_after_later_records(history, clock_at):
    before = (as_of.accounts_at(Q3_END), as_of.open_complaints_at(Q3_END), as_of.cards_at(Q3_END),
              as_of.last_contacts_at(Q3_END), as_of.slipping_at(Q3_END))  # fmt: skip
    clock_at(dt.datetime(2026, 11, 24, 9, 0))
    churn.mark_churned(
        history["A"],
        dt.date(2026, 11, 24),
        "价格偏高",
        "竞品返利更高",
        step="logistics",
        actor=history["boss"],
    )
    feedback.add_entry(history["E"], FeedbackKind.COMPLAINT, Guarantee.VALUE, "返利晚", actor=history["boss"])
    loyalty.record(history["C"], Loyalty.NEUTRAL, actor=history["boss"])
    board.move_card(history["C"], "logistics", BoardColumn.IN_PROGRESS, actor=history["boss"])
    visit(history["C"], dt.datetime(2026, 11, 24, 8, 0), history["boss"])
    order(history["E"], dt.date(2026, 11, 24), 500)
    after = (as_of.accounts_at(Q3_END), as_of.open_complaints_at(Q3_END), as_of.cards_at(Q3_END),
             as_of.last_contacts_at(Q3_END), as_of.slipping_at(Q3_END))  # fmt: skip
    assert after == before


def test_the_quarters_figures_are_those_of_its_history(history):
    """Every figure of the 2026Q3 review, read off the script of the `history` fixture by hand."""
    from kamdesk.rules import periods
    from kamdesk.services import quarter_figures

    figures = quarter_figures.quarter_figures(periods.quarter(2026, 3))
    key = figures.key
    assert key.active_accounts_at_start == 4  # A, B, D, E; C was made on 15 August
    assert key.churned_in_quarter == 2 and key.churn_rate == 0.5  # B (won back later) and D (learnt late)
    assert (key.visits_in_quarter, key.complaints_in_quarter, key.praise_in_quarter) == (1, 2, 0)
    assert key.open_complaints_at_end == 1  # A's late delivery, resolved on 5 October
    assert key.revenue_cents == 0 and figures.previous.revenue_cents == 300_000  # E's April-June orders
    assert figures.year_before.revenue_cents == 0
    assert [c.code for c in figures.churned] == ["B", "D"]
    assert (figures.churned[0].competitor, figures.churned[0].deep) == ("康达食品", "竞品返利更高")
    assert figures.loyalty_at_start == {"loyal": 1, "neutral": 0, "disloyal": 0, "unknown": 3}
    assert figures.loyalty_at_end == {"loyal": 0, "neutral": 0, "disloyal": 1, "unknown": 2}  # A, C, E
    assert figures.feedback_by_guarantee == {"complaint": {"logistics": 1, "quality": 1}}
    assert figures.board_at_end["communication"] == {
        "not_started": 2,
        "in_progress": 0,
        "secured": 1,
        "at_risk": 0,
    }

    a, e, c = figures.accounts  # riskiest first: two signs each for A and E (VIP both), none for C
    assert (a.code, a.signals) == ("A", ("disloyal", "open_complaints"))
    assert (e.code, e.signals) == ("E", ("slipping", "past_cadence"))
    assert (c.code, c.signals) == ("C", ())
    assert (a.tier_at_end, a.owner_at_end, a.last_contact_before_end) == ("vip", "李娜", dt.date(2026, 9, 20))
    assert e.past_cadence_days == 121 - 14 and e.slipping_days == 121
    assert [x.code for x in figures.attention] == ["A", "E"] and [x.code for x in figures.moved_down] == ["A"]
    assert figures.weakest_guarantee == ("quality", 0, 1)  # a complaint each: the first guarantee


def test_an_account_review_of_a_past_quarter_stands_at_its_end(history, tmp_path, clock_at):
    """A's 2026Q3 review: what October changed (tier, owner, a card, a loyalty assessment, the
    complaint's resolution, a visit) is not in it; E's names its slipping with a next step."""
    import pypdfium2

    from kamdesk.reports.account_review import AccountReview
    from kamdesk.rules import periods
    from kamdesk.services import reviews

    q3 = periods.quarter(2026, 3)
    a = reviews.account_review(history["A"], q3)
    assert (a.account.tier, a.owner, a.account.loyalty) == (Tier.VIP, "李娜", Loyalty.DISLOYAL)
    assert [x.assessed_on for x in a.loyalty_history] == [dt.date(2026, 9, 10), dt.date(2026, 5, 20)]
    assert a.cards[CARD_KEYS.index("communication")].column == BoardColumn.SECURED
    assert [(e.text, e.status) for e in a.ledger] == [("送货延迟", "open")]  # resolved only on 5 October
    assert a.last_contact == dt.datetime(2026, 9, 20, 14, 0)
    risks = {r.key: r for r in a.risks}
    assert risks["risk_open_complaints"].next_step == "step_resolve_complaints"
    assert "risk_loyalty_down" in risks and "risk_slipping" not in risks
    e = reviews.account_review(history["E"], q3)
    slipping = next(r for r in e.risks if r.key == "risk_slipping")
    assert slipping.params == {"last": dt.date(2026, 6, 1), "days": 121, "typical": 31}
    assert slipping.next_step == "step_visit_slipping"

    figures = a.to_json()
    path = AccountReview(a, "en").write(tmp_path / "a.pdf")
    pdf = pypdfium2.PdfDocument(str(path))
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    squeezed = "".join(text.split())  # a table cell may wrap
    assert "Notloyal(2026-09-10)" in squeezed and "2026-10-20" not in squeezed  # dated, none after the end
    assert "Nextstep:resolveeachandtellthecustomer" in squeezed
    pdf = pypdfium2.PdfDocument(str(AccountReview(e, "en").write(tmp_path / "e.pdf")))
    text = "".join("".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))
    pdf.close()
    assert "Pastitsbuyingcycle:lastorder2026-06-01,121daysbeforetheperiod'send(usuallyevery31days)" in text
    assert "Nextstep:visitwithinaweekandfindthedeepreason" in text and "last12months:¥6,000" in text
    clock_at(dt.datetime(2026, 11, 26, 9, 0))
    feedback.add_entry(history["A"], FeedbackKind.PRAISE, Guarantee.SERVICE, "服务好", actor=history["boss"])
    assert reviews.account_review(history["A"], q3).to_json() == figures


def test_a_churn_reversed_in_its_own_quarter_still_counts_there(history, clock_at):
    """C is lost on 5 August and won back on 10 September: one churn of 2026Q3, active at its end."""
    from kamdesk.rules import periods
    from kamdesk.services import quarter_figures

    clock_at(dt.datetime(2026, 8, 6, 9, 0))
    churn.mark_churned(
        history["C"], dt.date(2026, 8, 5), "价格偏高", "竞品返利更高", step="logistics", actor=history["boss"]
    )
    clock_at(dt.datetime(2026, 9, 10, 9, 0))
    churn.reactivate(history["C"], actor=history["boss"])
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    c = as_of.accounts_at(Q3_END)[history["C"]]
    assert c.status == Status.ACTIVE and c.churn is None and [x.on for x in c.churns] == [dt.date(2026, 8, 5)]
    figures = quarter_figures.quarter_figures(periods.quarter(2026, 3))
    assert figures.key.churned_in_quarter == 3 and [x.code for x in figures.churned] == ["C", "B", "D"]
    assert "C" in [a.code for a in figures.accounts]  # and active at the end


def test_a_prospect_is_an_account_from_the_day_it_was_won(history, clock_at):
    """A win logged on 5 October for a call made on 20 September makes an active account of Q3."""
    from kamdesk.services import prospects

    clock_at(dt.datetime(2026, 9, 1, 9, 0))
    won = prospects.save_prospect(prospects.ProspectDraft(name="新星商贸", owner_id=history["li"].id),
                                  actor=history["boss"]).id  # fmt: skip
    clock_at(dt.datetime(2026, 10, 5, 9, 0))
    prospects.log_call(won, "won", "签约", dt.datetime(2026, 9, 20, 15, 0), actor=history["boss"])
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    assert as_of.accounts_at(dt.date(2026, 9, 19))[won].status == Status.PROSPECT
    assert as_of.accounts_at(Q3_END)[won].status == Status.ACTIVE


def test_the_people_met_are_those_known_at_the_periods_end(history, clock_at):
    """An opponent first met in November, and a contact whose attitude changed then, leave the Q3
    review's decision-making unit as it was."""
    from kamdesk.rules import periods
    from kamdesk.rules.vocab import Attitude
    from kamdesk.services import contacts, reviews

    clock_at(dt.datetime(2026, 9, 1, 9, 0))
    ally = contacts.save_contact(contacts.ContactDraft(history["A"], "张伟", attitude=Attitude.SUPPORTER),
                                 actor=history["boss"])  # fmt: skip
    clock_at(dt.datetime(2026, 11, 20, 9, 0))
    contacts.save_contact(contacts.ContactDraft(history["A"], "赵强", attitude=Attitude.OPPONENT),
                          actor=history["boss"])  # fmt: skip
    contacts.save_contact(
        replace(contacts.get_contact(ally.id), attitude=Attitude.OPPONENT), actor=history["boss"]
    )
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    q3 = reviews.account_review(history["A"], periods.quarter(2026, 3))
    assert [(c.name, c.attitude) for c in q3.contacts] == [("张伟", Attitude.SUPPORTER)]
    assert "risk_opponents" not in [r.key for r in q3.risks]
    q4 = reviews.account_review(history["A"], periods.quarter(2026, 4))
    assert [(c.name, c.attitude) for c in q4.contacts] == [
        ("张伟", Attitude.OPPONENT),
        ("赵强", Attitude.OPPONENT),
    ]


def test_a_running_quarter_stands_as_of_today(history):
    """2026Q4 is asked for on 23 November: E is 175 days past its last order today, not 213 days as
    it would be on 31 December."""
    from kamdesk.rules import periods
    from kamdesk.services import quarter_figures

    figures = quarter_figures.quarter_figures(periods.quarter(2026, 4))
    assert figures.as_of == dt.date(2026, 11, 23) and figures.to_json()["as_of"] == "2026-11-23"
    e = next(a for a in figures.accounts if a.code == "E")
    assert e.slipping_days is None  # it ordered on 20 October
    assert e.past_cadence_days == (dt.date(2026, 11, 23) - dt.date(2026, 6, 1)).days - 14


def test_the_trail_is_read_in_the_order_things_happened(history):
    """Two seats' changes may reach the trail out of order (each seat's clock, or a transaction that
    started earlier and ended later): the row as it stood is read by time, not by entry."""
    import json

    from kamdesk.store.models import AuditEntry

    a = history["A"]
    newest = AuditEntry.select().where(AuditEntry.table_name == "account", AuditEntry.row_key == str(a))
    last = newest.order_by(AuditEntry.id.desc()).first()
    row = json.loads(last.new_values)
    AuditEntry.insert(changed_at=dt.datetime(2026, 9, 15, 1, 0), account_id=a, table_name="account",
                      row_key=str(a), action="update", old_values=json.dumps(row),
                      new_values=json.dumps({**row, "tier": "negative"})).execute()  # fmt: skip
    assert (
        as_of.accounts_at(dt.date(2026, 9, 16))[a].tier == Tier.NEGATIVE
    )  # written last, happened 15 September
    assert as_of.accounts_at(dt.date(2026, 9, 10))[a].tier == Tier.VIP
