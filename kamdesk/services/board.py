"""The 1-2-4 board of an account, and across the office: where each card stands, moves between
columns (each recorded), the rules users expect, and the portfolio grid."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

from peewee import JOIN

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules.board_cards import BY_KEY, CARD_KEYS, COLUMN_KEYS, BoardColumn
from kamdesk.rules.delivery import DeliveryFigures
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import Guarantee, Status, TimelineKind
from kamdesk.services import changes, feedback, follow_ups, incentives, live, office_settings
from kamdesk.services import delivery as delivery_service
from kamdesk.store import db
from kamdesk.store.models import (
    Account,
    BoardCard,
    BoardMove,
    CardEvidence,
    LedgerEntry,
    Rep,
    Visit,
    database,
)
from kamdesk.store.row_values import tuples


@dataclass(frozen=True)
class CardState:
    key: str
    column: str
    owner_id: int | None
    owner: str
    due_on: dt.date | None
    note: str
    done_practices: frozenset[str]
    version: int
    open_complaints: int = 0  # of this card's guarantee
    past_cadence: bool = False  # communication card: the account is past its contact cadence
    evidence: int = 0
    overdue_incentives: int = 0  # guarantee 4's card: rebates and promotions unpaid past their due date
    resolution_days: float | None = None  # a guarantee's complaints of the last 12 months: median days
    resolution_target: int = 0  # the office's target for it
    delivery: DeliveryFigures | None = None  # guarantee 3's card: the last 90 days' deliveries
    otif_target: int = 0  # percent
    stock: tuple[delivery_service.Stock, ...] = ()  # guarantee 3's card: the account's stock and peak months

    @property
    def slow_to_resolve(self) -> bool:
        return self.resolution_days is not None and self.resolution_days > self.resolution_target

    @property
    def delivery_failing(self) -> bool:
        """Under the office's on-time-in-full target, or a delivery issue recorded in the window."""
        figures = self.delivery
        return figures is not None and (figures.below(self.otif_target) or figures.issues > 0)

    @property
    def suggest_at_risk(self) -> bool:
        """Shown, never applied: the card has reasons to be at risk but is not."""
        signals = (
            self.open_complaints > 0
            or self.past_cadence
            or self.overdue_incentives > 0
            or self.slow_to_resolve
            or self.delivery_failing
        )
        return self.column != BoardColumn.AT_RISK and signals


@dataclass(frozen=True)
class MoveInfo:
    id: int
    card: str
    from_column: str
    to_column: str
    moved_by: str
    moved_at: dt.datetime
    note: str


@dataclass(frozen=True)
class Score:
    secured: int
    at_risk: int

    @property
    def share_secured(self) -> float:
        return self.secured / len(CARD_KEYS)


def ensure_board(account_id: int) -> None:
    """Give an account the cards it has not yet (in "not started"), inside the transaction of the
    first change made to its board. Reading a board writes nothing: a card never touched is shown as
    it would be made (see `board`)."""
    with database.atomic():
        have = {c for (c,) in tuples(BoardCard.select(BoardCard.card).where(BoardCard.account == account_id))}
        missing = [{"account": account_id, "card": key} for key in CARD_KEYS if key not in have]
        if missing:
            BoardCard.insert_many(missing).execute()


def board(account_id: int) -> list[CardState]:
    """The seven cards in the framework's order, with the signals the board shows."""
    if not Account.select().where(Account.id == account_id).exists():
        raise errors.NotFoundError(what="account", key=account_id)
    complaints = feedback.open_complaints_by_guarantee(account_id)
    past = follow_ups.past_cadence(account_id)
    overdue = sum(1 for s in incentives.standings([account_id]) if s.overdue)
    today = clock.today()
    target = office_settings.service_targets()["resolution"]
    deliveries, stock = delivery_service.recent(account_id, today), tuple(delivery_service.stock(account_id))
    resolution = {
        g: feedback.service_clock(
            today - dt.timedelta(days=364), today, [account_id], g
        ).median_resolution_days
        for g in (Guarantee.QUALITY, Guarantee.SERVICE, Guarantee.LOGISTICS, Guarantee.VALUE)
    }
    evidence = Counter(
        key
        for (key,) in tuples(
            CardEvidence.select(BoardCard.card).join(BoardCard).where(BoardCard.account == account_id)
        )
    )
    query = (
        BoardCard.select(BoardCard, Rep)
        .join(Rep, JOIN.LEFT_OUTER, on=(BoardCard.owner == Rep.id))
        .where(BoardCard.account == account_id)
    )
    cards = {c.card: c for c in query}
    states = []
    for key in CARD_KEYS:
        c = cards.get(key) or BoardCard(
            account=account_id, card=key
        )  # never touched: as ensure_board makes it
        owner = c.owner  # None when nobody owns the card
        guarantee = BY_KEY[key].guarantee
        states.append(
            CardState(
                key, c.column, owner.id if owner else None, owner.name if owner else "", c.due_on, c.note,
                frozenset(p for p in c.done_practices.split(",") if p), c.version,
                complaints.get(guarantee, 0) if guarantee else 0, key == "communication" and past,
                evidence[key], overdue if guarantee == Guarantee.VALUE else 0,
                resolution.get(guarantee) if guarantee else None, target,
                *((deliveries, office_settings.otif_target(), stock) if key == "logistics" else ()),
            )
        )  # fmt: skip
    return states


def confirmation_needed(account_id: int, card_key: str, to_column: str) -> str | None:
    """Why a move should be confirmed first, or None: "open_complaints" when a guarantee card with
    open complaints of its kind is about to be marked secured."""
    guarantee = BY_KEY[card_key].guarantee
    if (
        to_column == BoardColumn.SECURED
        and guarantee
        and feedback.open_complaints_by_guarantee(account_id).get(guarantee)
    ):
        return "open_complaints"
    return None


def move_card(
    account_id: int, card_key: str, to_column: str, note: str = "", from_column: str | None = None,
    *, actor: Actor,
) -> int:  # fmt: skip
    """Move a card and record the move; returns the move's id. `from_column`, when given, is the
    column the user saw: if the card has moved since, the move is refused (ConflictError)."""
    check = Checker()
    check.choice("card", card_key, CARD_KEYS)
    check.choice("to_column", to_column, COLUMN_KEYS)
    check.raise_if_any()
    with db.writing(actor):
        live.require(account_id)
        ensure_board(account_id)
        card = BoardCard.get(_card(account_id, card_key))
        if from_column is not None and card.column != from_column:
            raise changes.conflict("card", "board_card", card.id)
        if card.column == to_column:
            return 0
        moved = (
            BoardCard.update(column=to_column, updated_at=clock.now(), version=BoardCard.version + 1)
            .where((BoardCard.id == card.id) & (BoardCard.version == card.version))
            .execute()
        )
        if not moved:
            raise changes.conflict("card", "board_card", card.id)
        return BoardMove.insert(
            account=account_id, card=card_key, from_column=card.column, to_column=to_column,
            moved_by=actor.id, moved_at=clock.now(), note=clean(note),
        ).execute()  # fmt: skip


@dataclass(frozen=True)
class CardDetails:
    owner_id: int | None = None
    due_on: dt.date | None = None
    note: str = ""
    done_practices: frozenset[str] = field(default_factory=frozenset)


def update_card(account_id: int, card_key: str, details: CardDetails, version: int, *, actor: Actor) -> None:
    note = clean(details.note)
    check = Checker()
    check.max_length("note", note, 5000)
    unknown = set(details.done_practices) - {p.key for p in BY_KEY[card_key].practices}
    if unknown:
        check.fail("done_practices", "invalid_choice")
    if details.owner_id is not None and not Rep.select().where(Rep.id == details.owner_id).exists():
        check.fail("owner_id", "invalid_choice")
    check.raise_if_any()
    with db.writing(actor):
        live.require(account_id)
        ensure_board(account_id)
        changed = (
            BoardCard.update(
                owner=details.owner_id, due_on=details.due_on, note=note,
                done_practices=",".join(sorted(details.done_practices)), updated_at=clock.now(),
                version=BoardCard.version + 1,
            )
            .where(_card(account_id, card_key) & (BoardCard.version == version))
            .execute()
        )  # fmt: skip
        if not changed:
            raise changes.conflict("card", "board_card", BoardCard.get(_card(account_id, card_key)).id)


def _card(account_id: int, card_key: str):
    return (BoardCard.account == account_id) & (BoardCard.card == card_key)


def history(account_id: int, card_key: str | None = None) -> list[MoveInfo]:
    query = (
        BoardMove.select(BoardMove, Rep)
        .join(Rep, JOIN.LEFT_OUTER, on=(BoardMove.moved_by == Rep.id))
        .where(BoardMove.account == account_id)
        .order_by(BoardMove.moved_at.desc(), BoardMove.id.desc())
    )
    if card_key:
        query = query.where(BoardMove.card == card_key)
    return [
        MoveInfo(m.id, m.card, m.from_column, m.to_column, m.moved_by.name if m.moved_by is not None else "",
                 m.moved_at, m.note)
        for m in query
    ]  # fmt: skip


def add_evidence(
    account_id: int,
    card_key: str,
    visit_id: int | None = None,
    ledger_id: int | None = None,
    *,
    actor: Actor,
) -> None:
    if (visit_id is None) == (ledger_id is None):
        raise errors.ValidationError({"evidence": "required"})
    with db.writing(actor):
        live.require(account_id)
        ensure_board(account_id)
        card = BoardCard.get(_card(account_id, card_key))
        if (
            visit_id
            and not Visit.select().where((Visit.id == visit_id) & (Visit.account == account_id)).exists()
        ):
            raise errors.ValidationError({"evidence": "invalid_choice"})
        if (
            ledger_id
            and not LedgerEntry.select()
            .where((LedgerEntry.id == ledger_id) & (LedgerEntry.account == account_id))
            .exists()
        ):
            raise errors.ValidationError({"evidence": "invalid_choice"})
        CardEvidence.insert(board_card=card.id, visit=visit_id, ledger_entry=ledger_id).execute()


@dataclass(frozen=True)
class Evidence:
    kind: str  # TimelineKind.VISIT, or the ledger entry's kind
    ref_id: int
    when: dt.date
    text: str


def evidence(account_id: int, card_key: str) -> list[Evidence]:
    """The visits and ledger entries linked to the card, in the order they were linked."""
    query = (
        CardEvidence.select(CardEvidence, Visit, LedgerEntry)
        .join(BoardCard)
        .switch(CardEvidence)
        .join(Visit, JOIN.LEFT_OUTER, on=(CardEvidence.visit == Visit.id))
        .switch(CardEvidence)
        .join(LedgerEntry, JOIN.LEFT_OUTER, on=(CardEvidence.ledger_entry == LedgerEntry.id))
        .where(_card(account_id, card_key))
        .order_by(CardEvidence.id)
    )
    items = []
    for link in query:
        if link.visit is not None:
            items.append(
                Evidence(TimelineKind.VISIT, link.visit.id, link.visit.started_at.date(), link.visit.purpose)
            )
        elif link.ledger_entry is not None:
            e = link.ledger_entry
            items.append(Evidence(e.kind, e.id, e.noted_on, e.text))
    return items


# --- across the office ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PortfolioRow:
    account_id: int
    code: str
    name: str
    owner_id: int | None
    owner: str
    tier: str
    relationship: str
    region: str
    columns: tuple[str, ...]  # one column key per card, in CARD_KEYS order
    secured: int
    at_risk: int

    @property
    def score(self) -> Score:
        return Score(self.secured, self.at_risk)


@dataclass(frozen=True)
class PortfolioFilter:
    owner_id: int | None = None
    tier: str | None = None
    relationship: str | None = None
    region: str | None = None


def portfolio(flt: PortfolioFilter = PortfolioFilter()) -> list[PortfolioRow]:
    """Every active account's seven cards, riskiest first (most cards at risk, then fewest secured).
    Accounts whose board was never opened count as "not started" everywhere."""
    accounts = (
        Account.select(Account.id, Account.code, Account.name, Account.owner, Rep.name, Account.tier,
                       Account.relationship, Account.region)
        .join(Rep, JOIN.LEFT_OUTER, on=(Account.owner == Rep.id))
        .where((Account.status == Status.ACTIVE) & Account.archived_at.is_null())
    )  # fmt: skip
    if flt.owner_id is not None:
        accounts = accounts.where(Account.owner == flt.owner_id)
    if flt.tier:
        accounts = accounts.where(Account.tier == flt.tier)
    if flt.relationship:
        accounts = accounts.where(Account.relationship == flt.relationship)
    if flt.region:
        accounts = accounts.where(Account.region.startswith(flt.region))
    position = {key: i for i, key in enumerate(CARD_KEYS)}
    unopened = (BoardColumn.NOT_STARTED,) * len(CARD_KEYS)
    columns: dict[int, list[str]] = {}
    for account_id, card, column in database.execute(
        BoardCard.select(BoardCard.account, BoardCard.card, BoardCard.column)
    ):
        cards = columns.get(account_id)
        if cards is None:
            cards = columns[account_id] = list(unopened)
        cards[position[card]] = column
    rows = []
    for account_id, code, name, owner_id, owner, tier, relationship, region in database.execute(accounts):
        states = tuple(columns.get(account_id, unopened))
        rows.append(
            PortfolioRow(account_id, code, name, owner_id, owner or "", tier, relationship, region, states,
                         states.count(BoardColumn.SECURED), states.count(BoardColumn.AT_RISK))
        )  # fmt: skip
    rows.sort(key=lambda r: (-r.at_risk, r.secured, r.code))
    return rows


def counts(rows: list[PortfolioRow]) -> dict[str, dict[str, int]]:
    """For each card, how many accounts have it in each column."""
    tally = Counter(chain.from_iterable(zip(CARD_KEYS, row.columns, strict=True) for row in rows))
    return {key: {column: tally[(key, column)] for column in COLUMN_KEYS} for key in CARD_KEYS}
