"""A manager's settings for value tiers: the share of net contribution that makes an account VIP,
and what one contact of each channel, or one complaint handled, costs the office (its cost to
serve). A new rate applies from a chosen day on: what earlier contacts cost stays as it was."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.services import office_settings, value
from ui.common import labels, messages, plain_text
from ui.common.form_helpers import cents_of, date_edit, yuan_box
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel


class ValueSettingsDialog(QDialog):
    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.setWindowTitle(self.tr("Value tiers, cost to serve and service targets"))
        self.setMinimumWidth(460)
        self.share_box = QDoubleSpinBox()
        self.share_box.setRange(50, 95)
        self.share_box.setDecimals(0)
        self.share_box.setSuffix(" %")
        self._share = value.vip_share()
        self.share_box.setValue(round(self._share * 100))
        tiers = QGroupBox(self.tr("Value tiers"))
        tiers_form = QFormLayout(tiers)
        tiers_form.addRow(self.tr("VIP: the accounts making together"), self.share_box)
        hint = PlainLabel(self.tr("of the net contribution (seed 001's 80:20)."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        tiers_form.addRow("", hint)

        self._rates = value.Rates.read().current()
        self.rate_boxes = {}
        rates = QGroupBox(self.tr("What the office spends on an account"))
        rates_form = QFormLayout(rates)
        for kind in value.RATE_KINDS:
            box = yuan_box()
            box.setValue(self._rates[kind] / 100)
            self.rate_boxes[kind] = box
            contact = self.tr("One contact: {channel}")
            caption = (self.tr("One complaint handled") if kind == value.COMPLAINT
                       else contact.format(channel=labels.label("channel", kind)))  # fmt: skip
            rates_form.addRow(caption, box)
        self.from_edit = date_edit()
        rates_form.addRow(self.tr("New rates apply from"), self.from_edit)
        rates_hint = PlainLabel(self.tr("Contacts and complaints before that day keep the rate they had."))
        rates_hint.setProperty("role", "hint")
        rates_hint.setWordWrap(True)
        rates_form.addRow("", rates_hint)

        targets = office_settings.service_targets()
        self.response_box, self.resolution_box = QSpinBox(), QSpinBox()
        for box, value_days in (
            (self.response_box, targets["response"]),
            (self.resolution_box, targets["resolution"]),
        ):
            box.setRange(0, 365)
            box.setSuffix(self.tr(" days"))
            box.setValue(value_days)
        service = QGroupBox(self.tr("Service targets (guarantees 1-3)"))
        service_form = QFormLayout(service)
        service_form.addRow(self.tr("Answer a complaint within"), self.response_box)
        service_form.addRow(self.tr("Resolve it within"), self.resolution_box)
        self.otif_box = QSpinBox()
        self.otif_box.setRange(1, 100)
        self.otif_box.setSuffix(" %")
        self.otif_box.setValue(office_settings.otif_target())
        service_form.addRow(self.tr("Deliveries on time and in full (guarantee 3), at least"), self.otif_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tiers)
        layout.addWidget(rates)
        layout.addWidget(service)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        share = self.share_box.value() / 100
        changed = {
            kind: cents_of(box) for kind, box in self.rate_boxes.items() if cents_of(box) != self._rates[kind]
        }
        since, user = self.from_edit.date().toPython(), self._user

        try:
            targets = (self.response_box.value(), self.resolution_box.value(), self.otif_box.value())
            patiently(lambda: value.set_value_settings(share, changed, since, targets, actor=user))
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not saved"), messages.describe(exc))
            return
        super().accept()
