"""Small field checks shared by the services. Each returns an error code or None."""

from __future__ import annotations

import re
from collections.abc import Iterable

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# C0 control characters but tab, line feed and carriage return, and DEL: invisible, they break
# searches, exports and PostgreSQL (which refuses NUL outright), and no person types them.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{4,}(?:(?:ext\.?|x|转)\s*[0-9]{1,6})?$")


class Checker:
    """Collects the first problem per field, so a form can show every problem at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, field: str, code: str) -> None:
        self.errors.setdefault(field, code)

    def required(self, field: str, value: str) -> None:
        if not value:
            self.fail(field, "required")
        self.plain_text(field, value)

    def max_length(self, field: str, value: str, limit: int) -> None:
        if len(value) > limit:
            self.fail(field, "too_long")
        self.plain_text(field, value)

    def plain_text(self, field: str, value: str) -> None:
        if isinstance(value, str) and has_control_characters(value):
            self.fail(field, "control_character")

    def choice(self, field: str, value: str, allowed: Iterable[str]) -> None:
        """`allowed`: a vocabulary (vocab.Tier, ...) or the values themselves."""
        if value not in tuple(allowed):
            self.fail(field, "invalid_choice")

    def email(self, field: str, value: str) -> None:
        if value and not EMAIL.match(value):
            self.fail(field, "invalid_email")

    def phone(self, field: str, value: str) -> None:
        if value and not PHONE.match(value):
            self.fail(field, "invalid_phone")

    def raise_if_any(self) -> None:
        from kamdesk.errors import ValidationError

        if self.errors:
            raise ValidationError(self.errors)


def clean(value: object) -> str:
    """Form text as stored: surrounding white space dropped, None as empty."""
    return "" if value is None else str(value).strip()


def has_control_characters(text: str) -> bool:
    return CONTROL_CHARACTERS.search(text) is not None


_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def has_control_bytes(data: bytes) -> bool:
    """has_control_characters for a file's bytes before decoding, five times faster than the
    regular expression on the text (14 ms for a 14 MB ERP file). Exact for UTF-8 and GB18030: neither
    uses these bytes inside a multi-byte character."""
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)
