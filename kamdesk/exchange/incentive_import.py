"""Importing the rebate and promotion agreements an office keeps in a spreadsheet (guarantee 4), with
the other imports' rules: every problem listed by line and column, and nothing written unless there
is none. An agreement is known by its account, title and period: importing the sheet again adds
nothing and brings the payments up to date."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.exchange.importing import (
    MAX_PROBLEMS_KEPT,
    ImportResult,
    Problem,
    mapped_rows,
    parse_date,
    parse_number,
    read_mapped,
)
from kamdesk.rules.vocab import IncentiveKind
from kamdesk.services import incentives
from kamdesk.services.incentives import IncentiveDraft
from kamdesk.store import db
from kamdesk.store.models import Account, ImportBatch, IncentiveAgreement
from kamdesk.store.row_values import tuples

KIND_WORDS = {  # how people write the kind in a spreadsheet: its value or wording, in either language
    **{word.casefold(): kind for kind in IncentiveKind for word in (kind.value, kind.zh, kind.en)},
    "返利": IncentiveKind.VOLUME_REBATE, "rebate": IncentiveKind.VOLUME_REBATE, "促销": IncentiveKind.PROMOTION,
    "陈列费": IncentiveKind.PROMOTION, "价格补贴": IncentiveKind.PRICE_SUPPORT, "价保": IncentiveKind.PRICE_SUPPORT,
}  # fmt: skip
FIELDS = {  # the service's field -> the file's column, to name a problem where the user will look
    "kind": "kind", "title": "title", "starts_on": "starts_on", "ends_on": "ends_on", "due_on": "due_on",
    "paid_on": "paid_on", "paid_cents": "paid", "promised_cents": "promised", "rate_percent": "rate_percent",
    "product_line": "product_line", "note": "note",
}  # fmt: skip


def import_incentives(path: Path, mapping: dict[str, str] | None = None, *, actor: Actor) -> ImportResult:
    path = Path(path)
    table, positions = read_mapped(path, "incentives", mapping)
    codes = {
        code.casefold(): account_id for account_id, code in tuples(Account.select(Account.id, Account.code))
    }
    existing = {
        (account_id, title, starts, ends): agreement_id
        for agreement_id, account_id, title, starts, ends in tuples(IncentiveAgreement.select(
            IncentiveAgreement.id, IncentiveAgreement.account, IncentiveAgreement.title,
            IncentiveAgreement.starts_on, IncentiveAgreement.ends_on))
    }  # fmt: skip
    problems: list[Problem] = []
    drafts: list[tuple[int, IncentiveDraft]] = []
    seen: dict[tuple, int] = {}
    for line, values in mapped_rows(table, positions):
        draft, found = _read(line, values, codes)
        if draft is not None:
            try:
                draft = incentives.validate(draft)
            except errors.ValidationError as exc:
                found += [Problem(line, FIELDS.get(f, f), code, values.get(FIELDS.get(f, f), "")[:20])
                          for f, code in exc.errors.items()]  # fmt: skip
            key = (draft.account_id, draft.title, draft.starts_on, draft.ends_on)
            if key in seen:
                found.append(Problem(line, "title", "duplicate_name", draft.title[:20]))
            seen[key] = line
            if key in existing:
                draft = replace(draft, id=existing[key])
        problems += found
        if draft is not None and not found:
            drafts.append((line, draft))
    if problems:
        raise errors.ImportRefusedError(file=path.name, problems=problems[:MAX_PROBLEMS_KEPT])
    created = updated = 0
    with db.writing(actor):
        ImportBatch.create(kind="incentives", file_name=path.name, imported_by=actor.id, lines=len(table),
                           new_lines=sum(1 for _, d in drafts if d.id is None), imported_at=clock.now())  # fmt: skip
        for _, draft in drafts:
            if draft.id is None:
                incentives.save(draft, actor=actor)
                created += 1
                continue
            stored = incentives.get(draft.id)
            if replace(draft, version=stored.version) != stored:
                incentives.save(replace(draft, version=stored.version), actor=actor)
                updated += 1
    return ImportResult("incentives", path.name, len(table), created, updated)


def _read(
    line: int, values: dict[str, str], codes: dict[str, int]
) -> tuple[IncentiveDraft | None, list[Problem]]:
    found = []
    account_id = codes.get(values.get("account_code", "").casefold())
    if not values.get("account_code"):
        found.append(Problem(line, "account_code", "required"))
    elif account_id is None:
        found.append(Problem(line, "account_code", "unknown_account", values["account_code"]))
    kind = (
        KIND_WORDS.get(values.get("kind", "").casefold())
        if values.get("kind")
        else IncentiveKind.VOLUME_REBATE
    )
    if kind is None:
        found.append(Problem(line, "kind", "invalid_choice", values["kind"]))
    days = {}
    for column in ("starts_on", "ends_on", "due_on", "paid_on"):
        text = values.get(column, "")
        days[column] = parse_date(text) if text else None
        if text and days[column] is None:
            found.append(Problem(line, column, "bad_date", text))
    amounts = {}
    for column in ("rate_percent", "promised", "paid"):
        text = values.get(column, "").replace("%", "").replace("％", "")
        number = parse_number(text) if text else None
        if text and number is None:
            found.append(Problem(line, column, "not_a_number", values[column]))
        amounts[column] = number
    if found or account_id is None or kind is None:
        return None, found
    rate, promised, paid = amounts["rate_percent"], amounts["promised"], amounts["paid"]
    return IncentiveDraft(
        account_id, kind, values.get("title", ""), days["starts_on"], days["ends_on"],
        float(rate) if rate is not None else None, values.get("product_line", ""),
        round(promised * 100) if promised is not None else None, days["due_on"], days["paid_on"],
        round(paid * 100) if paid is not None else None, values.get("note", ""),
    ), found  # fmt: skip
