"""Making a review PDF from a request: the one path the command line and the app both take."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk import errors
from kamdesk.rules.periods import Period
from kamdesk.services import office_settings, reviews
from kamdesk.store.safe_write import write_whole

if TYPE_CHECKING:
    from kamdesk.reports.document import ReportDocument

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
STEPS = 1000  # progress is reported out of this many steps: 40% gathering, 60% layout


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # "account", "quarter", "dossier" (the hand-over dossier; its period: the last 12 months) or
    # "brief" (the visit brief; its period: today)
    period: Period
    language: str
    account_id: int | None = None
    order: str = "risk"  # the quarterly review's account pages: "risk" (riskiest first) or "owner"


def make_report(request: ReportRequest, path: Path, progress: Progress | None = None,
                cancelled: Cancelled | None = None, figures: Path | None = None) -> Path:  # fmt: skip
    """Write the review to `path` (whole, or not at all); returns the path. With `figures`, also
    the figures it prints, as JSON (report_figures), written after the PDF."""

    def report(share: float) -> None:
        if progress:
            progress(int(STEPS * share), STEPS)

    office = office_settings.office_name()
    document: ReportDocument
    values: Callable[[], dict]
    if request.kind == "brief":
        from kamdesk.reports.visit_brief import VisitBriefDocument, sections
        from kamdesk.services import visit_brief

        brief = visit_brief.brief(_account_id(request), request.period.end)
        document = VisitBriefDocument(brief, request.language, office)
        values = lambda: {  # noqa: E731
            "account": brief.code,
            "day": brief.day.isoformat(),
            "sections": [{"title": s.title, "lines": s.lines} for s in sections(brief, request.language)],
        }
        report(0.4)
    elif request.kind == "dossier":
        from kamdesk.reports.dossier import HandOverDossier
        from kamdesk.services import hand_over

        report(0.1)
        account_id = _account_id(request)
        review = reviews.account_review(account_id, request.period)
        document = HandOverDossier(review, hand_over.hand_overs(account_id), request.language, office)
        values = review.to_json
        report(0.4)
    elif request.kind == "account":
        from kamdesk.reports.account_review import AccountReview

        report(0.1)
        review = reviews.account_review(_account_id(request), request.period)
        document = AccountReview(review, request.language, office)
        values = review.to_json
        report(0.4)
    else:
        from kamdesk.reports.quarterly_review import QuarterlyReview
        from kamdesk.services import quarter_figures

        report(0.05)
        quarter = quarter_figures.quarter_figures(request.period)
        if cancelled and cancelled():
            raise errors.CancelledError()
        report(0.4)
        document = QuarterlyReview(
            quarter,
            request.language,
            office,
            lambda d, t: report(0.4 + 0.6 * d / t),
            cancelled,
            request.order,
        )
        values = quarter.to_json
    written = document.write(path)
    if figures is not None:
        write_figures(values(), figures)
    report(1.0)
    return written


def scratch_pdf(prefix: str) -> Path:
    """A new name for a PDF in the cache's reports folder, not yet made: make_report (or a document's
    write) creates it whole, readable by its owner only."""
    import os
    import tempfile

    from kamdesk import paths

    folder = paths.user_cache_dir() / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=".pdf", dir=folder)
    os.close(handle)
    os.unlink(name)
    return Path(name)


def write_figures(values: dict, path: Path) -> Path:
    """The figures as JSON (UTF-8, Chinese as written), whole or not at all."""

    def fill(temp: str) -> None:
        Path(temp).write_text(json.dumps(values, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    return write_whole(path, fill)


def _account_id(request: ReportRequest) -> int:
    if request.account_id is None:
        raise ValueError(f"a {request.kind} report needs an account_id")
    return request.account_id


def dossier_request(account_id: int, language: str) -> ReportRequest:
    """The hand-over dossier of an account: visits and board moves of the last 12 months."""
    import datetime as dt

    from kamdesk import clock

    today = clock.today()
    period = Period(today - dt.timedelta(days=365), today, today.isoformat())
    return ReportRequest("dossier", period, language, account_id)


def brief_request(account_id: int, language: str) -> ReportRequest:
    """The visit brief of an account, as it stands today."""
    from kamdesk import clock

    today = clock.today()
    return ReportRequest("brief", Period(today, today, today.isoformat()), language, account_id)


def file_name(request: ReportRequest, title: str, code: str = "") -> str:
    """A name a manager recognises in a folder: 客户回顾_KA00012_2026Q3.pdf."""
    parts = [title, code, request.period.label] if code else [title, request.period.label]
    return "_".join(p.replace(" ", "-") for p in parts) + ".pdf"
