"""An account's 1-2-4 board: four columns, seven cards. Drag a card with the mouse, or move it with
Ctrl+Left / Ctrl+Right or its context menu; Ctrl+Z / Ctrl+Shift+Z undo and redo moves."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules import board_cards
from kamdesk.services import board
from kamdesk.services.board import CardState
from ui.common import ask, labels, messages, plain_text
from ui.common.i18n import current_language
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel


class CardWidget(QFrame):
    """One card: title, practices done, owner and due date, and the signals that weigh on it."""

    def __init__(self, state: CardState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("boardCard")
        self.setProperty("column", state.column)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        card = board_cards.BY_KEY[state.key]
        lang = current_language()
        title = PlainLabel(card.title(lang))
        title.setWordWrap(True)
        title.setProperty("role", "card-title")
        done = len(state.done_practices)
        meta = [self.tr("{done}/{total} practices").format(done=done, total=len(card.practices))]
        if state.owner:
            meta.append(state.owner)
        if state.due_on:
            meta.append(state.due_on.isoformat())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(title)
        info = PlainLabel(" · ".join(meta))
        info.setWordWrap(True)  # every line of a card wraps: a column is a quarter of a laptop's width
        info.setProperty("role", "hint")
        layout.addWidget(info)
        self.badges: list[str] = []
        if state.open_complaints:
            self.badges.append(self.tr("{n} open complaints").format(n=state.open_complaints))
        if state.slow_to_resolve:
            slow = self.tr("Complaints resolved in a median {days:g} days (target {target})")
            self.badges.append(slow.format(days=state.resolution_days, target=state.resolution_target))
        if state.overdue_incentives:
            overdue = self.tr("{n} rebates or promotions overdue")
            self.badges.append(overdue.format(n=state.overdue_incentives))
        if state.past_cadence:
            self.badges.append(self.tr("Past contact cadence"))
        self._add_logistics(state, layout)
        if state.suggest_at_risk:
            self.badges.append(self.tr("Suggested: at risk"))
        for text in self.badges:
            badge = PlainLabel(text)
            badge.setWordWrap(True)
            badge.setProperty("role", "badge")
            layout.addWidget(badge)
        if state.evidence:
            evidence = PlainLabel(self.tr("Evidence: {n}").format(n=state.evidence))
            evidence.setWordWrap(True)
            evidence.setProperty("role", "hint")
            layout.addWidget(evidence)
        self.setToolTip(
            "\n".join(
                ("✓ " if p.key in state.done_practices else "○ ") + p.text(lang) for p in card.practices
            )
        )

    def _add_logistics(self, state: CardState, layout: QVBoxLayout) -> None:
        """Guarantee 3's card: what it says of deliveries and stock, and badges for what calls for action."""
        facts, badges = [], []
        figures = state.delivery
        if figures is not None and figures.lines:
            otif = self.tr("On time in full {share:.0%} of {n} lines, 90 days (target {target}%)").format(
                share=figures.otif, n=figures.lines, target=state.otif_target
            )
            (badges if figures.below(state.otif_target) else facts).append(otif)
            if figures.urgent:
                urgent = self.tr("Urgent orders met: {met} of {n}").format(
                    met=figures.urgent_met, n=figures.urgent
                )
                (badges if figures.urgent_met < figures.urgent else facts).append(urgent)
            if figures.average_days_late is not None:
                facts.append(
                    self.tr("Late deliveries: {days:.1f} days late on average").format(
                        days=figures.average_days_late
                    )
                )
        if figures is not None and figures.issues:
            badges.append(self.tr("{n} delivery issues recorded, 90 days").format(n=figures.issues))
        today = clock.today()
        separator = labels.separator()
        noted = [s for s in state.stock if s.stock_weeks is not None]
        if noted:  # one line: the Deliveries tab has each product line in full
            held = separator.join(f"{s.product_line} {s.stock_weeks:g}" for s in noted[:3])
            held += "…" if len(noted) > 3 else ""
            facts.append(self.tr("Their stock, in weeks: {lines}").format(lines=held))
        ahead = [s.product_line for s in state.stock if s.peak_ahead(today)]
        if ahead:
            ahead_text = self.tr("Peak season ahead ({lines}): talk stock")
            badges.append(ahead_text.format(lines=separator.join(ahead[:3])))
        self.badges.extend(badges)
        for fact in facts:
            label = PlainLabel(fact)
            label.setWordWrap(True)
            label.setProperty("role", "hint")
            layout.addWidget(label)


class ColumnWidget(QFrame):
    def __init__(self, column: board_cards.Column, parent=None) -> None:
        super().__init__(parent)
        self.key = column.key
        self.setObjectName("boardColumn")
        self.setProperty("column", column.key)
        self.title = PlainLabel(column.title(current_language()))
        self.title.setWordWrap(True)
        self.title.setProperty("role", "column-title")
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.cards_layout)
        layout.addStretch()

    def set_highlight(self, on: bool) -> None:
        self.setProperty("target", on)
        self.style().polish(self)


class MoveCommand(QUndoCommand):
    """A card move as the undo stack knows it; undo moves the card back (recorded as a move too)."""

    def __init__(self, view: BoardView, card: str, from_column: str, to_column: str, note: str) -> None:
        super().__init__(f"{card}: {from_column} → {to_column}")
        self.view, self.card, self.from_column, self.to_column, self.note = (
            view,
            card,
            from_column,
            to_column,
            note,
        )
        self.ok = True

    def redo(self) -> None:
        self.ok = self.view.apply_move(self.card, self.from_column, self.to_column, self.note)
        if not self.ok:
            self.setObsolete(True)  # the stack drops a move that did not happen

    def undo(self) -> None:
        if not self.view.apply_move(self.card, self.to_column, self.from_column, ""):
            self.setObsolete(True)


class BoardView(QWidget):
    sig_moved = Signal(str, str)
    """A card was moved (or moved back); carries the card key and its new column."""
    sig_open_card = Signal(str)
    """The user asked for a card's details (double-click or Enter); carries the card key."""

    DRAG_DISTANCE = 8

    def __init__(self, user: Actor, parent=None) -> None:
        super().__init__(parent)
        self._user = user
        self._account_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.columns = {c.key: ColumnWidget(c) for c in board_cards.COLUMNS}
        self.cards: dict[str, CardWidget] = {}
        layout = QHBoxLayout(self)
        layout.setSpacing(10)
        for column in self.columns.values():
            layout.addWidget(column, 1)
        self._press: tuple[CardWidget, QPoint] | None = None
        self._dragging = False
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self.undo_stack.redo)
        QShortcut(QKeySequence("Ctrl+Left"), self, lambda: self._on_step_shortcut(-1))
        QShortcut(QKeySequence("Ctrl+Right"), self, lambda: self._on_step_shortcut(+1))

    # --- showing -----------------------------------------------------------------------------------
    def set_account(self, account_id: int | None) -> None:
        if account_id != self._account_id:
            self.undo_stack.clear()
        self._account_id = account_id
        self.refresh()

    def refresh(self, focus: str | None = None) -> None:
        for card in self.cards.values():
            card.removeEventFilter(self)
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        if self._account_id is None:
            return
        try:
            states = board.board(self._account_id)
        except errors.NotFoundError:  # the account was erased meanwhile: nothing to show
            self._account_id = None
            return
        for state in states:
            widget = CardWidget(state)
            widget.installEventFilter(self)
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(lambda pos, w=widget: self._on_card_menu(w, pos))
            self.columns[state.column].cards_layout.addWidget(widget)
            self.cards[state.key] = widget
        if focus in self.cards:
            self.cards[focus].setFocus()

    @property
    def account_id(self) -> int | None:
        return self._account_id

    def column_of(self, card: str) -> str:
        return self.cards[card].state.column

    # --- moving ------------------------------------------------------------------------------------
    def _move_with_note(self, card: str, to_column: str) -> None:
        note, ok = ask.text(self, self.tr("Move with a note"), self.tr("Why does the card move?"))
        if ok:
            self.request_move(card, to_column, note)

    def request_move(self, card: str, to_column: str, note: str = "") -> bool:
        """Move a card as the user asked: confirm when a rule says so, then record it (undoable)."""
        from_column = self.column_of(card)
        if to_column == from_column or self._account_id is None:
            return False
        if board.confirmation_needed(self._account_id, card, to_column) == "open_complaints":
            state = self.cards[card].state
            reason, ok = ask.text(
                self,
                self.tr("Open complaints"),
                self.tr(
                    "This guarantee still has {n} open complaints. Mark it secured anyway?\n"
                    "Say why (kept with the move):"
                ).format(n=state.open_complaints),
            )
            if not ok:
                return False
            note = "; ".join(t for t in (note, reason) if t)
        command = MoveCommand(self, card, from_column, to_column, note)
        self.undo_stack.push(command)
        return command.ok

    def apply_move(self, card: str, from_column: str, to_column: str, note: str) -> bool:
        try:
            patiently(
                lambda: board.move_card(
                    self._account_id, card, to_column, note, from_column=from_column, actor=self._user
                )
            )
        except errors.ConflictError as exc:
            plain_text.warning(self, self.tr("Not moved"), messages.describe(exc))
            self.refresh(focus=card)
            return False
        self.refresh(focus=card)
        self.sig_moved.emit(card, to_column)
        return True

    def _on_step_shortcut(self, step: int) -> None:
        focused = QApplication.focusWidget()
        widget = next((w for w in self.cards.values() if w is focused), None)
        if widget is not None:
            self._step(widget, step)

    def _step(self, widget: CardWidget, step: int) -> None:
        keys = board_cards.COLUMN_KEYS
        index = keys.index(widget.state.column) + step
        if 0 <= index < len(keys):
            self.request_move(widget.state.key, keys[index])

    def _on_card_menu(self, widget: CardWidget, pos: QPoint) -> None:
        menu = self.card_menu(widget)
        menu.exec(widget.mapToGlobal(pos))

    def card_menu(self, widget: CardWidget) -> QMenu:
        menu = QMenu(self)
        lang = current_language()
        move_to = menu.addMenu(self.tr("Move to"))
        for column in board_cards.COLUMNS:
            action = move_to.addAction(column.title(lang))
            action.setEnabled(column.key != widget.state.column)
            action.triggered.connect(
                lambda _=False, c=column.key, k=widget.state.key: self.request_move(k, c)
            )
        with_note = menu.addMenu(self.tr("Move with a note"))
        for column in board_cards.COLUMNS:
            action = with_note.addAction(column.title(lang) + "…")
            action.setEnabled(column.key != widget.state.column)
            action.triggered.connect(
                lambda _=False, c=column.key, k=widget.state.key: self._move_with_note(k, c)
            )
        details = menu.addAction(self.tr("Details, history and evidence…"))
        details.triggered.connect(lambda: self.sig_open_card.emit(widget.state.key))
        return menu

    # --- dragging with the mouse -------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if not isinstance(watched, CardWidget):
            return False
        kind = event.type()
        if kind == event.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._press = (watched, event.globalPosition().toPoint())
            watched.setFocus()
            return False
        if kind == event.Type.MouseMove and self._press and event.buttons() & Qt.MouseButton.LeftButton:
            distance = (event.globalPosition().toPoint() - self._press[1]).manhattanLength()
            if distance >= self.DRAG_DISTANCE:
                self._dragging = True
                watched.setCursor(Qt.CursorShape.ClosedHandCursor)
                target = self._column_at(event.globalPosition().toPoint())
                for column in self.columns.values():
                    column.set_highlight(column is target)
            return self._dragging
        if kind == event.Type.MouseButtonRelease and self._press:
            card, _start = self._press
            dragged, self._press, self._dragging = self._dragging, None, False
            card.setCursor(Qt.CursorShape.OpenHandCursor)
            for column in self.columns.values():
                column.set_highlight(False)
            if dragged:
                target = self._column_at(event.globalPosition().toPoint())
                if target is not None:
                    self.request_move(card.state.key, target.key)
                return True
            return False
        if kind == event.Type.MouseButtonDblClick:
            self.sig_open_card.emit(watched.state.key)
            return True
        if kind == event.Type.KeyPress:
            return self._on_card_key(watched, event)
        return False

    def _on_card_key(self, card: CardWidget, event) -> bool:
        """Keys on a focused card (QShortcut alone needs an active window; this does not)."""
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_open_card.emit(card.state.key)
        elif ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(card, -1 if key == Qt.Key.Key_Left else +1)
        elif ctrl and key == Qt.Key.Key_Z:
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.undo_stack.redo()
            else:
                self.undo_stack.undo()
        else:
            return False
        return True

    def _column_at(self, global_pos: QPoint) -> ColumnWidget | None:
        for column in self.columns.values():
            if column.rect().contains(column.mapFromGlobal(global_pos)):
                return column
        return None

    @Slot()
    def clear_history(self) -> None:
        self.undo_stack.clear()
