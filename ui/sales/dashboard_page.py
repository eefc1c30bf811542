"""The dashboard: sales trend, 80:20, tier mix, loyalty mix, churn reasons and the 1-2-4 state.
The numbers are gathered off the UI thread; a click on a tier or loyalty bar filters the accounts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QVBoxLayout, QWidget

from kamdesk.services import board, churn, loyalty, sales
from kamdesk.services.accounts import AccountFilter, search_accounts
from ui.common import i18n
from ui.common.background import BackgroundTask
from ui.common.operations import Changed
from ui.common.plain_text import PlainLabel


@dataclass(frozen=True)
class DashboardData:
    monthly: list
    pareto_shares: list
    pareto_top: int
    tiers: dict
    loyalty: dict
    reasons: list
    board_counts: dict


def gather(progress, cancelled) -> DashboardData:
    """Everything the charts show, read in one go on a worker thread."""
    pareto = sales.trailing_pareto()
    rows = search_accounts(AccountFilter())
    tiers = {
        t: sum(1 for r in rows if r.tier == t and r.status == "active")
        for t in ("vip", "growth", "negative", "unclassified")
    }
    return DashboardData(
        monthly=sales.monthly_revenue(),
        pareto_shares=[r.cumulative_share for r in pareto.rows],
        pareto_top=len(pareto.top),
        tiers=tiers,
        loyalty=loyalty.distribution(),
        reasons=churn.top_reasons()["surface"],
        board_counts=board.counts(board.portfolio()),
    )


class DashboardPage(QWidget):
    SHOWS = Changed.ORDERS | Changed.ACCOUNTS | Changed.LOYALTY | Changed.BOARD  # the charts
    sig_filter_accounts = Signal(str, str)
    """A bar was clicked: show the accounts with this value; carries the field ("tier" or
    "loyalty") and the code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None
        self.data: DashboardData | None = None
        self.canvases: dict[str, object] = {}
        self.status_label = PlainLabel(self.tr("Loading…"))
        self.status_label.setProperty("role", "hint")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.grid = QGridLayout()
        self.boxes: dict[str, QVBoxLayout] = {}
        titles = {
            "trend": self.tr("Sales trend (24 months)"), "pareto": self.tr("80:20 (trailing 12 months)"),
            "tiers": self.tr("Active accounts by tier (click a bar)"),
            "loyalty": self.tr("Loyalty of active accounts (click a bar)"),
            "reasons": self.tr("Why customers left (surface reasons)"), "board": self.tr("1-2-4 state"),
        }  # fmt: skip
        for i, (key, title) in enumerate(titles.items()):
            box = QGroupBox(title)
            layout = QVBoxLayout(box)
            self.boxes[key] = layout
            self.grid.addWidget(box, i // 3, i % 3)
        top = QVBoxLayout(self)
        top.addWidget(self.status_label)
        top.addLayout(self.grid, 1)
        top.addWidget(self.refresh_button)
        self.refresh_button.clicked.connect(self.refresh)

    def refresh(self) -> None:
        """Gather the numbers in the background; the charts follow when they are in."""
        if self._task is not None and self._task.is_running():
            return
        self.status_label.setText(self.tr("Loading…"))
        self._task = BackgroundTask(gather, self)
        self._task.sig_done.connect(self._on_task_done)
        self._task.sig_failed.connect(self._on_task_failed)
        self._task.start()

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    @Slot(object)
    def _on_task_failed(self, problem) -> None:
        self.status_label.setText(self.tr("The dashboard could not be loaded; the details are in the log."))

    @Slot(object)
    def _on_task_done(self, data: DashboardData) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from kamdesk.reports import charts

        self.data = data
        language = i18n.current_language()
        figures = {
            "trend": charts.sales_trend(data.monthly, language),
            "pareto": charts.pareto_curve(data.pareto_shares, data.pareto_top, language),
            "tiers": charts.pickable_bars(data.tiers, "tier", language),
            "loyalty": charts.pickable_bars(data.loyalty, "loyalty", language),
            "reasons": charts.reasons_chart(data.reasons, language),
            "board": charts.board_state(data.board_counts, language),
        }
        for key, figure in figures.items():
            old = self.canvases.get(key)
            if old is not None:
                old.setParent(None)
                old.deleteLater()
            canvas = FigureCanvasQTAgg(figure)
            canvas.setMinimumHeight(220)
            if key in ("tiers", "loyalty"):
                canvas.mpl_connect("pick_event", lambda event, field=key: self._on_bar_picked(field, event))
            self.boxes[key].addWidget(canvas)
            self.canvases[key] = canvas
        total = sum(c for _, c in data.monthly) / 100
        text = self.tr(
            "Revenue in the last 24 months: {total:,.0f}; {top} accounts make 80% of the last 12 months."
        )
        self.status_label.setText(text.format(total=total, top=data.pareto_top))

    def _on_bar_picked(self, field: str, event) -> None:
        code = event.artist.get_gid()
        if code:
            self.sig_filter_accounts.emit("tier" if field == "tiers" else "loyalty", code)

    def shutdown(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.wait()
