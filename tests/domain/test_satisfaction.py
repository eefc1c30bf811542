"""Satisfaction (seed 002): only the top box predicts buying again, so the office watches the share of
its active accounts whose latest answer is "very satisfied". Worked by hand."""

import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.services import accounts, satisfaction
from kamdesk.store.models import Account
from tests.conftest import SCRIPT


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2026, 1, 5, 9))
    made = {code: accounts.save_account(accounts.AccountDraft(code=code, name=f"客户{code}"), actor=SCRIPT).id
            for code in "ABCD"}  # fmt: skip
    clock_at(dt.datetime(2026, 11, 23, 9))
    return made


def test_the_share_very_satisfied_counts_each_active_accounts_latest_answer(office):
    satisfaction.record(office["A"], dt.date(2026, 3, 1), "satisfied", actor=SCRIPT)
    satisfaction.record(office["A"], dt.date(2026, 10, 1), "very_satisfied", {"logistics": "dissatisfied"},
                        actor=SCRIPT)  # fmt: skip
    satisfaction.record(office["B"], dt.date(2026, 9, 1), "very_satisfied", actor=SCRIPT)
    satisfaction.record(office["B"], dt.date(2026, 11, 1), "satisfied", actor=SCRIPT)  # the latest counts
    satisfaction.record(office["C"], dt.date(2025, 6, 1), "very_satisfied", actor=SCRIPT)  # over a year ago
    satisfaction.record(office["D"], dt.date(2026, 8, 1), "very_satisfied", actor=SCRIPT)
    Account.update(status="churned", churned_on=dt.date(2026, 9, 30)).where(
        Account.id == office["D"]
    ).execute()
    box = satisfaction.top_box()
    assert (box.surveyed, box.by_answer["very_satisfied"], box.by_answer["satisfied"]) == (2, 1, 1)
    assert box.very_satisfied_share == 0.5  # A; not B (its latest), C (too old) or D (lost)
    assert satisfaction.top_box(dt.date(2026, 9, 30)).very_satisfied_share == 0.5  # A satisfied, B very
    (latest, first) = satisfaction.history(office["A"])
    assert (latest.overall, latest.by_guarantee, first.overall) == (
        "very_satisfied",
        {"logistics": "dissatisfied"},
        "satisfied",
    )


def test_a_survey_is_checked(office):
    with pytest.raises(errors.ValidationError) as caught:
        answers = {"price": "satisfied", "value": "meh"}
        satisfaction.record(office["A"], dt.date(2026, 12, 1), "happy", answers, actor=SCRIPT)
    assert caught.value.errors == {
        "overall": "invalid_choice", "price": "invalid_choice", "value": "invalid_choice",
        "surveyed_on": "in_future",
    }  # fmt: skip


def test_the_quarterly_review_prints_the_share_very_satisfied_as_the_quarter_ended(
    office, clock_at, tmp_path
):
    from kamdesk.reports.quarterly_review import QuarterlyReview
    from kamdesk.rules import periods
    from kamdesk.services import quarter_figures
    from tests.domain.test_reports import read

    satisfaction.record(office["A"], dt.date(2026, 8, 1), "very_satisfied", actor=SCRIPT)
    satisfaction.record(office["B"], dt.date(2026, 8, 2), "satisfied", actor=SCRIPT)
    satisfaction.record(office["C"], dt.date(2026, 8, 3), "satisfied", actor=SCRIPT)
    satisfaction.record(office["A"], dt.date(2026, 10, 5), "neutral", actor=SCRIPT)  # after Q3: not then
    figures = quarter_figures.quarter_figures(periods.quarter(2026, 3))
    assert (figures.to_json()["accounts_surveyed"], round(figures.to_json()["very_satisfied_share"], 4)) == (
        3,
        0.3333,
    )
    text = " ".join(" ".join(read(QuarterlyReview(figures, "en").write(tmp_path / "q3.pdf"))).split())
    said = 'Of the 3 active accounts surveyed in the last 12 months, 1 answered "very satisfied"'
    assert f"{said} the last time (33%)" in text


def test_the_account_review_prints_the_surveys_made_by_its_end(office, tmp_path):
    from kamdesk.reports.account_review import AccountReview
    from kamdesk.rules import periods
    from kamdesk.services import reviews
    from tests.domain.test_reports import read

    satisfaction.record(office["A"], dt.date(2026, 8, 1), "very_satisfied", {"logistics": "dissatisfied"},
                        actor=SCRIPT)  # fmt: skip
    satisfaction.record(office["A"], dt.date(2026, 10, 5), "neutral", actor=SCRIPT)  # after Q3
    data = reviews.account_review(office["A"], periods.quarter(2026, 3))
    text = " ".join(" ".join(read(AccountReview(data, "en").write(tmp_path / "a.pdf"))).split())
    assert "2026-08-01: overall Very satisfied; Guarantee 3: smooth logistics Dissatisfied" in text
    assert "Neither" not in text  # the October answer came after the quarter
