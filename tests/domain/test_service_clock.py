"""The service clock behind guarantees 1-2 (seed 002: 跨部门的有效沟通): how fast complaints are
answered and resolved, and a complaint handed on to the department that must fix it. Worked by hand."""

import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.services import accounts, feedback, office_settings, people
from kamdesk.store.models import LedgerEntry
from tests.conftest import SCRIPT


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2026, 9, 1, 9))
    boss = people.create_rep("王经理", actor=SCRIPT)
    qa = people.create_rep("质检 刘工", actor=SCRIPT)
    account = accounts.save_account(
        accounts.AccountDraft(code="A", name="客户A", owner_id=boss.id), actor=SCRIPT
    )
    return {"boss": boss, "qa": qa, "A": account.id}


def complaint(office, day, guarantee="quality"):
    return feedback.add_entry(office["A"], "complaint", guarantee, "包装破损", day, actor=SCRIPT)


def test_response_and_resolution_medians_by_hand_as_they_stood_at_the_end(office, clock_at):
    clock_at(dt.datetime(2026, 9, 3, 9))  # three complaints written down, noted on the 1st to the 3rd
    first = complaint(office, dt.date(2026, 9, 1))
    second = complaint(office, dt.date(2026, 9, 2))
    third = complaint(office, dt.date(2026, 9, 3), "logistics")
    clock_at(dt.datetime(2026, 9, 3, 10))
    feedback.mark_responded(first, actor=SCRIPT)  # answered after 2 days
    clock_at(dt.datetime(2026, 9, 5, 10))
    feedback.hand_on(second, "quality", office["qa"].id, dt.date(2026, 9, 12), actor=SCRIPT)  # 3 days
    feedback.resolve(first, "已补发", actor=SCRIPT)  # resolved after 4 days
    clock_at(dt.datetime(2026, 10, 8, 10))
    feedback.resolve(third, "已换货", actor=SCRIPT)  # answered and resolved after 35 days, in October
    september = feedback.service_clock(dt.date(2026, 9, 1), dt.date(2026, 9, 30), [office["A"]])
    assert (september.complaints, september.median_response_days, september.median_resolution_days) == (
        3,
        2.5,
        4,
    )
    assert (september.unanswered, september.unresolved) == (1, 2)  # the third waited past the month's end
    later = feedback.service_clock(dt.date(2026, 9, 1), dt.date(2026, 10, 31), [office["A"]])
    assert (later.median_response_days, later.median_resolution_days) == (3, 19.5)  # 2, 3, 35; 4 and 35
    assert (
        feedback.service_clock(dt.date(2026, 9, 1), dt.date(2026, 10, 31), guarantee="logistics").complaints
        == 1
    )


def test_a_complaint_handed_on_goes_to_its_handler_and_counts_as_the_first_response(office, clock_at):
    made = complaint(office, dt.date(2026, 9, 1))
    with pytest.raises(errors.ValidationError) as caught:
        feedback.hand_on(made, "purchasing", 999, dt.date(2026, 8, 1), actor=SCRIPT)
    assert caught.value.errors == {"department": "invalid_choice", "handler_id": "invalid_choice",
                                   "handle_by": "in_past"}  # fmt: skip
    feedback.hand_on(made, "quality", office["qa"].id, dt.date(2026, 9, 8), actor=SCRIPT)
    entry = LedgerEntry.get_by_id(made)
    assert (entry.department, entry.handler_id, entry.responded_at) == (
        "quality",
        office["qa"].id,
        dt.datetime(2026, 9, 1, 9),
    )
    assert [(h.id, h.department, h.handle_by) for h in feedback.handed_to(office["qa"].id)] == [
        (made, "quality", dt.date(2026, 9, 8))]  # fmt: skip
    assert feedback.handed_to(office["boss"].id) == []
    feedback.resolve(made, "已退换", actor=SCRIPT)
    assert feedback.handed_to(office["qa"].id) == []  # resolved: no longer anyone's to fix
    with pytest.raises(errors.ConflictError):
        feedback.mark_responded(made, actor=SCRIPT)  # answered already


def test_the_office_sets_its_targets(office):
    assert office_settings.service_targets() == {"response": 1, "resolution": 7}
    office_settings.set_service_targets(2, 10, actor=office["boss"])
    assert office_settings.service_targets() == {"response": 2, "resolution": 10}
    with pytest.raises(errors.ValidationError):
        office_settings.set_service_targets(5, 3, actor=office["boss"])
    with pytest.raises(errors.PermissionDeniedError):
        office_settings.set_service_targets(1, 5, actor=office["qa"])


def test_both_reviews_print_the_service_clock_as_the_period_ended(office, clock_at, tmp_path):
    from kamdesk.reports.account_review import AccountReview
    from kamdesk.reports.quarterly_review import QuarterlyReview
    from kamdesk.rules import periods
    from kamdesk.services import quarter_figures, reviews
    from tests.domain.test_reports import read

    clock_at(dt.datetime(2026, 9, 3, 9))
    first, second = complaint(office, dt.date(2026, 9, 1)), complaint(office, dt.date(2026, 9, 2))
    feedback.resolve(first, "已补发", actor=SCRIPT)  # answered and resolved after 2 days
    clock_at(dt.datetime(2026, 10, 20, 9))
    feedback.resolve(second, "已退货", actor=SCRIPT)  # after the quarter: still open at its end
    q3 = periods.quarter(2026, 3)
    figures = quarter_figures.quarter_figures(q3)
    json = figures.to_json()
    keys = ("median_response_days", "median_resolution_days", "complaints_unanswered_at_end")
    assert [json[k] for k in keys] == [2, 2, 1]
    line = ("2 complaints in the period: answered in a median 2 days, resolved in 2 "
            "(the office's targets: 1 and 7 days)")  # fmt: skip
    assert line in " ".join(" ".join(read(QuarterlyReview(figures, "en").write(tmp_path / "q.pdf"))).split())
    data = reviews.account_review(office["A"], q3)
    text = " ".join(" ".join(read(AccountReview(data, "en").write(tmp_path / "a.pdf"))).split())
    assert line in text and "1 still unanswered and 1 unresolved at its end" in text
