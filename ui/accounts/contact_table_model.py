"""An account's contacts (its decision-making unit) as a table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from kamdesk.services.contacts import ContactDraft
from ui.common import labels, plain_text
from ui.common.table_model_base import ListTableModel

NAME, TITLE, ROLE, ATTITUDE, PHONE, WECHAT, EMAIL = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("ContactTableModel", "Name"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Title"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Decision role"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Attitude"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Phone"),
    QT_TRANSLATE_NOOP("ContactTableModel", "WeChat"),
    QT_TRANSLATE_NOOP("ContactTableModel", "E-mail"),
)
_FIELDS = ("name", "title", "decision_role", "attitude", "phone", "wechat", "email")
ID_ROLE = Qt.ItemDataRole.UserRole


class ContactTableModel(ListTableModel):
    HEADERS = HEADERS

    def set_contacts(self, contacts: list[ContactDraft]) -> None:
        self.beginResetModel()
        self._items = list(contacts)
        self.endResetModel()

    def contact(self, row: int) -> ContactDraft:
        return self._items[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        contact = self._items[index.row()]
        field = _FIELDS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(contact, field)
            if index.column() in (ROLE, ATTITUDE):
                return labels.label(field, value)
            return value
        if role == ID_ROLE:
            return contact.id
        if role == Qt.ItemDataRole.ToolTipRole and contact.notes:
            return plain_text.literal(contact.notes)
        return None
