"""The hand-over dossier (客户交接档案): what a rep taking over an account needs on day one: its
people and their attitude, open commitments and complaints, the next follow-ups, the 1-2-4 board,
the latest visits and earlier hand-overs."""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Spacer

from kamdesk.reports.account_review import (
    section_board,
    section_dmu,
    section_follow_ups,
    section_ledger,
    section_profile,
    section_risks,
    section_visits,
)  # fmt: skip
from kamdesk.reports.document import ReportDocument
from kamdesk.rules.vocab import FeedbackStatus
from kamdesk.services.hand_over import HandOverInfo
from kamdesk.services.reviews import AccountReviewData

RECENT_VISITS = 5


class HandOverDossier(ReportDocument):
    title_key = "hand_over_dossier"

    def __init__(self, data: AccountReviewData, hand_overs: list[HandOverInfo], language: str,
                 office: str = "") -> None:  # fmt: skip
        super().__init__(language, data.account.code, office)
        open_only = [e for e in data.ledger if e.status == FeedbackStatus.OPEN]
        newest = sorted(data.visits, key=lambda v: v.started_at, reverse=True)[:RECENT_VISITS]
        self.data = replace(data, ledger=open_only, visits=newest)
        self.hand_overs = hand_overs

    def header_note(self) -> str:
        return self.data.account.code

    def story(self) -> list:
        d = self.data
        ledger = section_ledger(self, d)
        ledger[0] = self.p(self.w("open_feedback"), "h1")
        if not d.ledger:
            ledger[1:] = [self.p(self.w("no_open_complaints"), "muted")]
        follow_ups = section_follow_ups(self, d)
        follow_ups[0] = self.p(self.w("commitments"), "h1")
        visits = section_visits(self, d)
        visits[0] = self.p(self.w("recent_visits"), "h1")
        return [
            self.p(d.account.name, "title"),
            self.p(self.w("dossier_intro"), "muted"),
            Spacer(0, 8),
            *section_profile(self, d),
            *section_dmu(self, d),
            *follow_ups,
            *ledger,
            *section_board(self, d),
            *visits,
            *self.section_hand_overs(),
            *section_risks(self, d),
        ]

    def section_hand_overs(self) -> list:
        out = [self.p(self.w("hand_overs"), "h1")]
        if not self.hand_overs:
            return [*out, self.p(self.w("no_hand_overs"), "muted")]
        rows = [
            [f"{h.when:%Y-%m-%d}", f"{h.from_rep or '—'} → {h.to_rep}", h.by, h.note] for h in self.hand_overs
        ]
        widths = [self.width * x for x in (0.14, 0.3, 0.16, 0.4)]
        header = [self.w("date"), self.w("owner"), self.w("handed_by"), self.w("note")]
        return [*out, self.table(header, rows, widths)]
