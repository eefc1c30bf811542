"""The relationship map of an account (seeds 001 and 002): for each of their people, our people facing
them, how often they meet and how strong the tie is (not only the rep facing the buyer: our finance and
logistics managers facing theirs); joint teams of both companies for strategic accounts; and the
personal side of key people, 客户不是上帝,而是朋友 (the customer is not God but a friend), seen by the
account's owner and the managers only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_owner_or_manager
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import MeetingFrequency, Status, Strength
from kamdesk.services import live
from kamdesk.store import db
from kamdesk.store.models import (
    Account,
    Contact,
    Counterpart,
    JointTeam,
    JointTeamMeeting,
    JointTeamMember,
    PersonalNote,
    Rep,
)
from kamdesk.store.row_values import as_date_not_null, tuples


# --- our people facing theirs --------------------------------------------------------------------
@dataclass(frozen=True)
class CounterpartDraft:
    contact_id: int
    our_name: str = ""  # filled from the rep when one is chosen
    rep_id: int | None = None
    our_title: str = ""
    meets: str = MeetingFrequency.QUARTERLY
    strength: str = Strength.WORKING
    note: str = ""
    id: int | None = None


def counterparts(account_id: int) -> list[CounterpartDraft]:
    query = Counterpart.select().where(Counterpart.account == account_id).order_by(Counterpart.id)
    return [
        CounterpartDraft(c.contact_id, c.our_name, c.rep_id, c.our_title, c.meets, c.strength, c.note, c.id)
        for c in query
    ]


def save_counterpart(draft: CounterpartDraft, *, actor: Actor) -> int:
    contact = Contact.get_or_none(Contact.id == draft.contact_id)
    name = draft.our_name.strip()
    if draft.rep_id is not None and not name:
        name = Rep.select(Rep.name).where(Rep.id == draft.rep_id).scalar() or ""
    check = Checker()
    if contact is None:
        check.fail("contact_id", "required")
    check.required("our_name", name)
    check.max_length("our_name", name, 60)
    check.max_length("our_title", draft.our_title.strip(), 60)
    check.choice("meets", draft.meets, MeetingFrequency.codes())
    check.choice("strength", draft.strength, Strength.codes())
    check.raise_if_any()
    assert contact is not None
    values = {
        "account": contact.account_id, "contact": contact.id, "rep": draft.rep_id, "our_name": name,
        "our_title": draft.our_title.strip(), "meets": draft.meets, "strength": draft.strength,
        "note": clean(draft.note), "updated_at": clock.now(),
    }  # fmt: skip
    with db.writing(actor):
        live.require(contact.account_id)
        if draft.id is None:
            return Counterpart.insert(**values).execute()
        if not Counterpart.update(**values).where(Counterpart.id == draft.id).execute():
            raise errors.NotFoundError(what="counterpart", key=draft.id)
        return draft.id


def remove_counterpart(counterpart_id: int, *, actor: Actor) -> None:
    with db.writing(actor):
        Counterpart.delete().where(Counterpart.id == counterpart_id).execute()


# --- joint teams ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class TeamDraft:
    account_id: int
    name: str = ""
    purpose: str = ""
    meets: str = MeetingFrequency.QUARTERLY
    their_contact_ids: tuple[int, ...] = ()
    our_rep_ids: tuple[int, ...] = ()
    our_others: tuple[str, ...] = ()  # our people who are not in KAMDesk, by name
    id: int | None = None


@dataclass(frozen=True)
class Team:
    draft: TeamDraft
    theirs: tuple[str, ...]  # names
    ours: tuple[str, ...]
    meetings: tuple[tuple[dt.date, str], ...] = field(default=())  # latest first


def teams(account_id: int) -> list[Team]:
    contacts = dict(tuples(Contact.select(Contact.id, Contact.name).where(Contact.account == account_id)))
    reps = dict(tuples(Rep.select(Rep.id, Rep.name)))
    out = []
    for team in JointTeam.select().where(JointTeam.account == account_id).order_by(JointTeam.id):
        members = list(
            JointTeamMember.select().where(JointTeamMember.team == team.id).order_by(JointTeamMember.id)
        )
        theirs = tuple(m.contact_id for m in members if m.contact_id is not None)
        our_reps = tuple(m.rep_id for m in members if m.rep_id is not None)
        others = tuple(m.our_name for m in members if m.contact_id is None and m.rep_id is None)
        meetings = tuple(
            (as_date_not_null(day), note)
            for day, note in tuples(
                JointTeamMeeting.select(JointTeamMeeting.met_on, JointTeamMeeting.note)
                .where(JointTeamMeeting.team == team.id)
                .order_by(JointTeamMeeting.met_on.desc())
            )
        )
        draft = TeamDraft(account_id, team.name, team.purpose, team.meets, theirs, our_reps, others, team.id)
        ours = tuple(reps.get(r, "?") for r in our_reps) + others
        out.append(Team(draft, tuple(contacts.get(c, "?") for c in theirs), ours, meetings))
    return out


def save_team(draft: TeamDraft, *, actor: Actor) -> int:
    others = tuple(n for n in (o.strip() for o in draft.our_others) if n)
    check = Checker()
    check.required("name", draft.name.strip())
    check.max_length("name", draft.name.strip(), 80)
    check.choice("meets", draft.meets, MeetingFrequency.codes())
    for i, name in enumerate(others):
        check.max_length(f"our_others.{i}", name, 60)
    if not draft.their_contact_ids or not (draft.our_rep_ids or others):
        check.fail("members", "both_sides")
    known = {c for (c,) in tuples(Contact.select(Contact.id).where(Contact.account == draft.account_id))}
    if not known.issuperset(draft.their_contact_ids):
        check.fail("their_contact_ids", "invalid_choice")
    check.raise_if_any()
    values = {"account": draft.account_id, "name": draft.name.strip(), "purpose": clean(draft.purpose),
              "meets": draft.meets}  # fmt: skip
    with db.writing(actor):
        live.require(draft.account_id)
        if draft.id is None:
            team_id = JointTeam.insert(**values, created_at=clock.now()).execute()
        else:
            team_id = draft.id
            JointTeam.update(**values).where(JointTeam.id == team_id).execute()
            JointTeamMember.delete().where(JointTeamMember.team == team_id).execute()
        JointTeamMember.insert_many(
            member_rows(team_id, draft.their_contact_ids, draft.our_rep_ids, others)
        ).execute()
        return team_id


def member_rows(team_id: int, contact_ids, rep_ids, others) -> list[dict]:
    """Every row with every column (insert_many takes its columns from the first row)."""
    blank = {"team": team_id, "contact": None, "rep": None, "our_name": "", "role": ""}
    rows = [blank | {"contact": c} for c in dict.fromkeys(contact_ids)]
    rows += [blank | {"rep": r} for r in dict.fromkeys(rep_ids)]
    return rows + [blank | {"our_name": n} for n in dict.fromkeys(others)]


def record_meeting(team_id: int, met_on: dt.date, note: str, *, actor: Actor) -> int:
    check = Checker()
    if met_on > clock.today():
        check.fail("met_on", "in_future")
    check.raise_if_any()
    with db.writing(actor):
        account_id = JointTeam.select(JointTeam.account).where(JointTeam.id == team_id).scalar()
        if account_id is None:
            raise errors.NotFoundError(what="team", key=team_id)
        live.require(account_id)
        return JointTeamMeeting.insert(
            team=team_id, met_on=met_on, note=clean(note), created_by=actor.id
        ).execute()


def team_figures(start: dt.date, end: dt.date, account_ids: list[int]) -> tuple[int, int, int]:
    """(of these accounts, those with a joint team made by the end; the teams made by then; those of
    them that met from `start` to `end`)."""
    made = list(tuples(
        JointTeam.select(JointTeam.id, JointTeam.account)
        .where(JointTeam.account.in_(account_ids), JointTeam.created_at < dt.datetime.combine(
            end + dt.timedelta(days=1), dt.time()))
    ))  # fmt: skip
    ids = [team_id for team_id, _ in made]
    met = (
        JointTeamMeeting.select(JointTeamMeeting.team)
        .distinct()
        .where(JointTeamMeeting.team.in_(ids), JointTeamMeeting.met_on.between(start, end))
    )
    return len({account for _, account in made}), len(made), len(list(met))


# --- the personal side -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Personal:
    contact_id: int
    birthday: tuple[int, int] | None  # (month, day)
    interests: str
    family: str


def may_see_personal(account_id: int, actor: Actor) -> bool:
    """The account's owner and the managers."""
    return actor.is_manager or _owner(account_id) == actor.id


def _owner(account_id: int) -> int | None:
    return Account.select(Account.owner).where(Account.id == account_id).scalar()


def _require_personal(contact_id: int, actor: Actor) -> int:
    account_id = Contact.select(Contact.account).where(Contact.id == contact_id).scalar()
    if account_id is None:
        raise errors.NotFoundError(what="contact", key=contact_id)
    require_owner_or_manager(
        actor, _owner(account_id), "see or change the personal notes of another rep's contacts"
    )
    return account_id


def personal(contact_id: int, *, actor: Actor) -> Personal | None:
    """The contact's personal notes, for the account's owner or a manager; PermissionDenied otherwise."""
    _require_personal(contact_id, actor)
    note = PersonalNote.get_or_none(PersonalNote.contact == contact_id)
    if note is None:
        return None
    birthday = (note.birthday_month, note.birthday_day or 1) if note.birthday_month else None
    return Personal(contact_id, birthday, note.interests, note.family)


def save_personal(contact_id: int, birthday: tuple[int, int] | None, interests: str, family: str, *,
                  actor: Actor) -> None:  # fmt: skip
    _require_personal(contact_id, actor)
    check = Checker()
    if birthday is not None:
        try:
            dt.date(2000, *birthday)  # a leap year: 29 February is a birthday
        except ValueError:
            check.fail("birthday", "out_of_range")
    check.max_length("interests", interests, 2000)
    check.max_length("family", family, 2000)
    check.raise_if_any()
    month, day = birthday if birthday is not None else (None, None)
    values = {"birthday_month": month, "birthday_day": day, "interests": clean(interests),
              "family": clean(family), "updated_by": actor.id, "updated_at": clock.now()}  # fmt: skip
    with db.write_transaction():  # not audited: the trail is open to every rep
        live.require_for_contact(contact_id)
        if PersonalNote.update(**values).where(PersonalNote.contact == contact_id).execute() == 0:
            PersonalNote.insert(contact=contact_id, **values).execute()


@dataclass(frozen=True)
class Birthday:
    day: dt.date  # this year's (or next year's, over the new year)
    contact_id: int
    contact: str
    title: str
    account_id: int
    account: str
    interests: str


def birthdays(
    actor: Actor, owner_id: int | None, today: dt.date | None = None, days: int = 14
) -> list[Birthday]:
    """Birthdays of the active accounts' people in the next `days` days (today included), soonest
    first: of `owner_id`'s accounts (None: every account, for a manager). A rep sees only their own."""
    today = today or clock.today()
    if not actor.is_manager:
        owner_id = actor.id
    query = (
        PersonalNote.select(PersonalNote, Contact, Account)
        .join(Contact, on=(PersonalNote.contact == Contact.id))
        .join(Account, on=(Contact.account == Account.id))
        .where(
            PersonalNote.birthday_month.is_null(False),
            Account.status == Status.ACTIVE,
            Account.archived_at.is_null(),
        )
    )
    if owner_id is not None:
        query = query.where(Account.owner == owner_id)
    out = []
    for note in query:
        coming = _next_birthday(note.birthday_month or 1, note.birthday_day or 1, today)
        if coming is not None and (coming - today).days < days:
            contact, account = note.contact, note.contact.account
            out.append(Birthday(coming, contact.id, contact.name, contact.title, account.id,
                                f"{account.code} {account.name}", note.interests))  # fmt: skip
    return sorted(out, key=lambda b: (b.day, b.contact))


def _next_birthday(month: int, day: int, today: dt.date) -> dt.date | None:
    for year in (today.year, today.year + 1):
        found: dt.date | None
        try:
            found = dt.date(year, month, day)
        except ValueError:  # 29 February in a common year: kept on the 28th
            found = dt.date(year, month, 28) if month == 2 and day == 29 else None
        if found is not None and found >= today:
            return found
    return None


# --- the map ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Map:
    theirs: list[tuple[int, str, str]]  # (contact id, "name · title", attitude), in the DMU's order
    ours: list[str]  # our people facing any of them
    links: list[tuple[int, str, str, str]]  # (contact id, our name, strength, how often they meet)
    unfaced: list[str]  # their people nobody of ours faces

    @property
    def empty(self) -> bool:
        return not self.links


def relationship_map(account_id: int) -> Map:
    people = list(Contact.select().where(Contact.account == account_id).order_by(Contact.id))
    ties = counterparts(account_id)
    theirs = [(c.id, f"{c.name} · {c.title}" if c.title else c.name, c.attitude) for c in people]
    ours = list(dict.fromkeys(t.our_name for t in ties))
    links = [(t.contact_id, t.our_name, t.strength, t.meets) for t in ties]
    faced = {t.contact_id for t in ties}
    return Map(theirs, ours, links, [c.name for c in people if c.id not in faced])
