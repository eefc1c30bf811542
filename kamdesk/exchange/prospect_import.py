"""Importing a list of prospects (a trade-fair list, a purchased list, a colleague's spreadsheet)
from CSV or XLSX, with the account import's rules: every problem listed by line and column, and
nothing written unless there is none. Companies KAMDesk already knows (same name or code) are
skipped, so importing the same list twice adds nothing."""

from __future__ import annotations

from pathlib import Path

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.exchange.importing import (
    MAX_PROBLEMS_KEPT,
    ImportResult,
    Problem,
    mapped_rows,
    parse_date,
    read_mapped,
)
from kamdesk.rules.validation import EMAIL, PHONE
from kamdesk.rules.vocab import DecisionRole, Status, TriggerKind
from kamdesk.services.prospects import next_code
from kamdesk.store import db
from kamdesk.store.models import Account, Contact, ImportBatch, ProspectCard, Rep, TriggerEvent
from kamdesk.store.row_values import tuples

LIMITS = {
    "name": 200, "code": 32, "industry": 60, "region": 60, "contact": 60, "title": 60, "phone": 40,
    "email": 120, "source": 120, "trigger_what": 2000, "trigger_source": 200,
}  # fmt: skip
YES = {"1", "y", "yes", "true", "x", "✓", "是", "有", "对"}
NO = {"", "0", "n", "no", "false", "否", "无", "没有"}
TRIGGER_WORDS: dict[str, TriggerKind] = {  # how people write the kinds of trigger event in a spreadsheet
    "acquisition": TriggerKind.MERGER, "并购": TriggerKind.MERGER, "兼并": TriggerKind.MERGER, "合并": TriggerKind.MERGER,
    "reorganization": TriggerKind.REORGANISATION, "改组": TriggerKind.REORGANISATION,
    "new plant": TriggerKind.NEW_PLANT, "新工厂": TriggerKind.NEW_PLANT, "新建工厂": TriggerKind.NEW_PLANT, "新厂": TriggerKind.NEW_PLANT,
    "new tender": TriggerKind.NEW_TENDER, "tender": TriggerKind.NEW_TENDER, "招标": TriggerKind.NEW_TENDER,
    "leadership change": TriggerKind.LEADERSHIP_CHANGE, "换帅": TriggerKind.LEADERSHIP_CHANGE,
    "扩建": TriggerKind.EXPANSION, "融资": TriggerKind.FUNDING,
    # and each kind's own value and its wording on the screen, in both languages ("新招标", "New funding")
    **{word.casefold(): kind for kind in TriggerKind for word in (kind.value, kind.zh, kind.en)},
}  # fmt: skip
TRIGGER_COLUMNS = ("trigger_date", "trigger_kind", "trigger_what")
FLAGS = ("sold_before", "reference_customer", "personally_involved")


def import_prospects(path: Path, mapping: dict[str, str] | None = None, *, actor: Actor) -> ImportResult:
    path = Path(path)
    table, positions = read_mapped(path, "prospects", mapping)
    problems: list[Problem] = []
    reps = {name: rep_id for rep_id, name in tuples(Rep.select(Rep.id, Rep.name))}
    known_names = {name.casefold() for (name,) in tuples(Account.select(Account.name))}
    known_codes = {code.casefold() for (code,) in tuples(Account.select(Account.code))}
    rows, seen_names, seen_codes = [], set(), set()
    for line, values in mapped_rows(table, positions):
        problems += _check(line, values, reps)
        name, code = values.get("name", "").casefold(), values.get("code", "").casefold()
        if name and name in seen_names:
            problems.append(Problem(line, "name", "duplicate_name", values["name"]))
        if code and code in seen_codes:
            problems.append(Problem(line, "code", "duplicate_code", values["code"]))
        seen_names.add(name)
        seen_codes.add(code)
        if name in known_names:
            continue  # already in KAMDesk: importing the same list again adds nothing
        if code and code in known_codes:
            problems.append(Problem(line, "code", "code_taken", values["code"]))
        rows.append(values)
    if problems:
        raise errors.ImportRefusedError(file=path.name, problems=problems[:MAX_PROBLEMS_KEPT])
    with db.writing(actor):
        ImportBatch.create(kind="prospects", file_name=path.name, imported_by=actor.id, lines=len(table),
                           new_lines=len(rows), imported_at=clock.now())  # fmt: skip
        number = int(next_code()[1:])
        for values in rows:
            code = values.get("code") or f"P{number:05d}"
            number += 0 if values.get("code") else 1
            _write(values, code, reps.get(values.get("owner", ""), actor.id), actor.id)
    return ImportResult("prospects", path.name, len(table), len(rows))


def _check(line: int, values: dict[str, str], reps: dict[str, int]) -> list[Problem]:
    found = []
    if not values.get("name"):
        found.append(Problem(line, "name", "required"))
    for column, limit in LIMITS.items():
        if len(values.get(column, "")) > limit:
            found.append(Problem(line, column, "too_long", values[column][:20]))
    if values.get("email") and not EMAIL.match(values["email"]):
        found.append(Problem(line, "email", "invalid_email", values["email"]))
    if values.get("phone") and not PHONE.match(values["phone"]):
        found.append(Problem(line, "phone", "invalid_phone", values["phone"]))
    if values.get("owner") and values["owner"] not in reps:
        found.append(Problem(line, "owner", "unknown_rep", values["owner"]))
    for flag in FLAGS:
        if values.get(flag, "").casefold() not in YES | NO:
            found.append(Problem(line, flag, "not_yes_no", values[flag]))
    if any(values.get(column) for column in (*TRIGGER_COLUMNS, "trigger_source")):
        for column in TRIGGER_COLUMNS:
            if not values.get(column):
                found.append(Problem(line, column, "required"))
        day = parse_date(values["trigger_date"]) if values.get("trigger_date") else None
        if values.get("trigger_date") and day is None:
            found.append(Problem(line, "trigger_date", "bad_date", values["trigger_date"]))
        elif day is not None and day > clock.today():
            found.append(Problem(line, "trigger_date", "in_future", values["trigger_date"]))
        if values.get("trigger_kind") and _trigger_kind(values["trigger_kind"]) is None:
            found.append(Problem(line, "trigger_kind", "invalid_choice", values["trigger_kind"]))
    return found


def _trigger_kind(text: str) -> TriggerKind | None:
    return TRIGGER_WORDS.get(" ".join(text.split()).casefold())


def _write(values: dict[str, str], code: str, owner_id: int | None, actor_id: int | None) -> None:
    account_id = Account.insert(
        code=code, name=values["name"], industry=values.get("industry", ""), region=values.get("region", ""),
        status=Status.PROSPECT, owner=owner_id,
    ).execute()  # fmt: skip
    contact_id = None
    if values.get("contact"):
        contact_id = Contact.insert(
            account=account_id, name=values["contact"], title=values.get("title", ""),
            phone=values.get("phone", ""), email=values.get("email", ""), decision_role=DecisionRole.DECISION_MAKER,
        ).execute()  # fmt: skip
    ProspectCard.insert(
        account=account_id, contact=contact_id, source=values.get("source", ""),
        **{flag: values.get(flag, "").casefold() in YES for flag in FLAGS},
    ).execute()  # fmt: skip
    if values.get("trigger_date"):
        TriggerEvent.insert(
            account=account_id, happened_on=parse_date(values["trigger_date"]),
            kind=_trigger_kind(values["trigger_kind"]), what=values["trigger_what"],
            source=values.get("trigger_source", ""), created_by=actor_id,
        ).execute()  # fmt: skip
