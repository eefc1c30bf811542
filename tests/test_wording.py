"""Every value and every error code is worded in Chinese and English, in one place each.

The vocabularies' wording lives in kamdesk/rules/vocab.py (the screen and the PDFs both read it);
the error codes' wording in ui/common/messages.py, translated in the .ts file."""

from __future__ import annotations

import ast
import inspect
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from kamdesk import errors, paths
from kamdesk.exchange import prospect_import
from kamdesk.reports import wording
from kamdesk.rules import board_cards, vocab
from ui.common import labels, messages

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = paths.resource_path("translations", "kamdesk_zh_CN.ts")
SAME_IN_BOTH = {"VIP"}  # words an office writes the same in Chinese and English
CJK = re.compile(r"[\u4e00-\u9fff]")
LANGUAGES = ("zh_CN", "en")

# The values as stored since each vocabulary was made: an office's data holds them, so a change here
# would need a migration of the data.
STORED = {
    "tier": ("vip", "growth", "negative", "unclassified"),
    "relationship": ("ordinary", "partnership", "strategic"),
    "loyalty": ("loyal", "neutral", "disloyal", "unknown"),
    "status": ("prospect", "active", "churned"),
    "decision_role": ("decision_maker", "influencer", "buyer", "user", "gatekeeper"),
    "attitude": ("champion", "supporter", "neutral", "opponent", "unknown"),  # unknown added in 2026-12
    "role": ("rep", "manager"),
    "channel": ("onsite", "phone", "video", "resident", "event"),
    "ledger_kind": ("complaint", "praise", "suggestion"),
    "guarantee": ("quality", "service", "logistics", "value", "communication", "other"),
    "ledger_status": ("open", "resolved", "noted"),
    "loyalty_basis": ("survey", "visit", "purchases", "complaint", "other"),
    "timeline": (
        "visit", "complaint", "praise", "suggestion", "follow_up", "loyalty", "call", "trigger", "handover",
    ),
    "trigger_kind": (
        "merger", "reorganisation", "new_plant", "new_tender", "leadership_change", "expansion", "funding",
        "other",
    ),
    "call_outcome": ("no_answer", "talked", "meeting_set", "proposal", "won", "lost"),
    "prospect_result": ("open", "won", "lost"),
    "incentive_kind": ("volume_rebate", "promotion", "price_support", "other"),
    "department": ("quality", "logistics", "finance", "sales", "other"),
    "satisfaction": ("very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied"),
    "delivery_problem": ("late", "short", "urgent_missed", "damaged", "wrong_goods"),
    "meeting_frequency": ("weekly", "monthly", "quarterly", "yearly", "rarely"),
    "strength": ("friend", "strong", "working", "weak"),
}  # fmt: skip


def all_members() -> list[vocab.Vocab]:
    return [member for vocabulary in vocab.KINDS.values() for member in vocabulary]


# --- the vocabularies ---------------------------------------------------------------------------------
def test_every_vocabulary_is_reachable_by_its_kind():
    defined = {
        cls
        for _, cls in inspect.getmembers(vocab, inspect.isclass)
        if issubclass(cls, vocab.Vocab) and cls is not vocab.Vocab
    }
    assert defined == set(vocab.KINDS.values())


def test_stored_values_and_their_order_are_unchanged():
    assert {kind: vocabulary.codes() for kind, vocabulary in vocab.KINDS.items()} == STORED
    assert vocab.ASSESSED_LOYALTIES == ("loyal", "neutral", "disloyal")
    assert tuple(board_cards.BoardColumn) == ("not_started", "in_progress", "secured", "at_risk")


def unworded(members) -> list[str]:
    """Members missing a wording, or whose Chinese is not Chinese."""
    found = []
    for m in members:
        zh, en = m.words("zh_CN").strip(), m.words("en").strip()
        same_word = en in SAME_IN_BOTH and en in zh
        if not zh or not en or (zh == en and not same_word) or not (CJK.search(zh) or same_word):
            found.append(f"{type(m).__name__}.{m.name}: {zh!r} / {en!r}")
    return found


@pytest.mark.parametrize("kind", sorted(vocab.KINDS))
def test_every_value_has_a_chinese_and_an_english_wording(kind):
    assert unworded(vocab.KINDS[kind]) == []


def test_a_missing_wording_is_found():
    class Half(vocab.Vocab):
        DONE = "done", "完成", "Done"
        NO_CHINESE = "no_chinese", "", "Missing"
        UNTRANSLATED = "untranslated", "Untranslated", "Untranslated"
        NO_ENGLISH = "no_english", "没有英文", ""

    assert [line.split(":")[0] for line in unworded(Half)] == [
        "Half.NO_CHINESE", "Half.UNTRANSLATED", "Half.NO_ENGLISH",
    ]  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_values_of_a_vocabulary_read_the_same(language):
    for vocabulary in vocab.KINDS.values():
        words = [m.words(language) for m in vocabulary]
        assert len(set(words)) == len(words), f"{vocabulary.__name__}: {words}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_screen_and_the_pdfs_read_the_same_wording(language):
    previous = QLocale()
    QLocale.setDefault(QLocale(language))  # what i18n.install does; labels follow the app's language
    try:
        for kind, vocabulary in vocab.KINDS.items():
            assert labels.options(kind) == [(m.value, m.words(language)) for m in vocabulary]
            for member in vocabulary:
                stored = str(member.value)  # as read back from the database: a plain str
                assert type(stored) is str
                assert (
                    labels.label(kind, stored)
                    == wording.code(language, kind, stored)
                    == member.words(language)
                )
                assert labels.rank(kind, stored) == list(vocabulary).index(member)
            assert labels.label(kind, "no_such_value") == wording.code(language, kind, "no_such_value")
            assert labels.rank(kind, "no_such_value") == len(vocabulary)
    finally:
        QLocale.setDefault(previous)


def test_the_board_columns_and_cards_are_worded_in_both_languages():
    assert [c.key for c in board_cards.COLUMNS] == list(board_cards.BoardColumn)
    texts = [c.title for c in board_cards.COLUMNS]
    for card in board_cards.CARDS:
        texts += [card.title, card.short, *(p.text for p in card.practices)]
    assert all(CJK.search(t.zh_CN) and t.en and t.zh_CN != t.en for t in texts)
    for language in LANGUAGES:
        assert [wording.column(language, key) for key in board_cards.BoardColumn] == [
            c.title(language) for c in board_cards.COLUMNS
        ]


def test_a_prospect_list_may_name_a_trigger_kind_as_the_screen_words_it():
    for kind in vocab.TriggerKind:
        for written in (kind.value, kind.zh, kind.en, f"  {kind.en.upper()} "):
            assert prospect_import._trigger_kind(written) == kind


# --- the error codes --------------------------------------------------------------------------------
def error_codes() -> set[str]:
    found, todo = set(), [errors.KamdeskError]
    while todo:
        cls = todo.pop()
        found.add(cls.code)
        todo += cls.__subclasses__()
    return found


def chinese_translations() -> dict[str, str | None]:
    """Source -> finished Chinese translation (None when unfinished) in the .ts file's "Messages"."""
    found = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        if context.findtext("name") != "Messages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None and translation.text
            found[message.findtext("source")] = translation.text if finished else None
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def missing_error_wording(table: dict[str, str], translations: dict[str, str | None]) -> list[str]:
    found = []
    for code in sorted(error_codes()):
        if code not in table:
            found.append(f"{code}: no message in ui/common/messages.py")
        elif not translations.get(table[code]):
            found.append(f"{code}: no finished Chinese translation in {TS_FILE.name}")
    return found


def test_every_error_code_has_a_message_and_a_chinese_translation():
    assert missing_error_wording(messages._ERRORS, chinese_translations()) == []


def test_a_missing_error_message_or_translation_is_found():
    table = {code: text for code, text in messages._ERRORS.items() if code != "cancelled"}
    translations = chinese_translations()
    translations[messages._ERRORS["bad_period"]] = None
    assert missing_error_wording(table, translations) == [
        "bad_period: no finished Chinese translation in kamdesk_zh_CN.ts",
        "cancelled: no message in ui/common/messages.py",
    ]


def test_every_message_and_its_translation_use_only_the_parameters_the_error_gives():
    translations = chinese_translations()
    given, todo = {}, [errors.KamdeskError]
    while todo:
        cls = todo.pop()
        given[cls.code] = placeholders(cls.template)
        todo += cls.__subclasses__()
    for code, text in messages._ERRORS.items():
        if code in given:
            assert placeholders(text) <= given[code], code
        assert placeholders(translations[text] or "") == placeholders(text), code
    for text in messages._FIELDS.values():
        assert translations[text] and placeholders(translations[text]) == placeholders(text), text


# --- the field errors the domain raises ------------------------------------------------------------
class FieldCodes(ast.NodeVisitor):
    """The error codes the domain puts on fields: check.fail(field, "code"), ValidationError({field:
    "code"}), and dicts of problems built elsewhere and raised as ValidationError(problems). An
    f-string code becomes a sample with "3" for each value ("at_most_3")."""

    def __init__(self, functions: dict[str, list[ast.FunctionDef]]) -> None:
        self.functions = functions
        self.codes: set[str] = set()
        self.unresolved: list[str] = []
        self.where = ""

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if name == "fail" and len(call.args) == 2:
                self.add(call.args[1], call)
            elif name == "ValidationError" and call.args:
                self.raised(call.args[0], node, call)

    def raised(self, arg: ast.expr, function: ast.FunctionDef, call: ast.Call) -> None:
        if isinstance(arg, ast.Dict):
            for value in arg.values:
                self.add(value, call)
        elif isinstance(arg, ast.Attribute) and arg.attr == "errors":
            pass  # a Checker's errors: its fail() calls are read above
        elif isinstance(arg, ast.Name):
            self.built(arg.id, function, call, follow=True)
        else:
            self.unresolved.append(f"{self.where}:{call.lineno}")

    def built(self, name: str, function: ast.FunctionDef, call: ast.Call, follow: bool) -> None:
        """The codes put into the dict `name` in `function`, following `name = something.method()`."""
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Subscript) and getattr(target.value, "id", None) == name:
                    self.add(node.value, node)
                elif getattr(target, "id", None) == name and isinstance(node.value, ast.Call) and follow:
                    callee = node.value.func
                    called = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
                    self.follow(called, call)
            elif (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setdefault" and getattr(node.func.value, "id", None) == name
            ):  # fmt: skip
                self.add(node.args[1], node)

    def follow(self, called: str, call: ast.Call) -> None:
        definitions = self.functions.get(called, [])
        if not definitions:
            self.unresolved.append(f"{self.where}:{call.lineno} ({called}() not found)")
        for definition in definitions:
            returned = [n.value for n in ast.walk(definition) if isinstance(n, ast.Return) and n.value]
            for value in returned:
                if isinstance(value, ast.Name):
                    self.built(value.id, definition, call, follow=False)
                else:
                    self.unresolved.append(f"{self.where}:{call.lineno} ({called}() returns no named dict)")

    def add(self, value: ast.expr, node: ast.AST) -> None:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            self.codes.add(value.value)
        elif isinstance(value, ast.JoinedStr):
            parts = [p.value if isinstance(p, ast.Constant) else "3" for p in value.values]
            self.codes.add("".join(str(p) for p in parts))
        else:
            self.unresolved.append(f"{self.where}:{getattr(node, 'lineno', '?')}")


def field_codes() -> tuple[set[str], list[str]]:
    modules = {path: ast.parse(path.read_text(encoding="utf-8")) for path in (ROOT / "kamdesk").rglob("*.py")}
    functions: dict[str, list[ast.FunctionDef]] = {}
    for tree in modules.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                functions.setdefault(node.name, []).append(node)
    visitor = FieldCodes(functions)
    for path, tree in modules.items():
        visitor.where = str(path.relative_to(ROOT))
        visitor.visit(tree)
    return visitor.codes, visitor.unresolved


def test_every_field_error_the_domain_raises_has_a_message():
    codes, unresolved = field_codes()
    assert unresolved == []
    # the reading above finds each way the domain words a field error (or it found nothing)
    assert {"required", "too_long", "invalid_choice", "in_future", "already_customer", "at_most_3"} <= codes
    assert sorted(code for code in codes if messages.field_error(code) == code) == []


def test_a_field_error_without_a_message_is_found(monkeypatch):
    monkeypatch.delitem(messages._FIELDS, "already_customer")
    codes, _ = field_codes()
    assert sorted(code for code in codes if messages.field_error(code) == code) == ["already_customer"]
