"""The dashboard: sales trend, 80:20, tier mix, loyalty mix, churn reasons and the 1-2-4 state.
The numbers are gathered off the UI thread; a click on a tier or loyalty bar filters the accounts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QVBoxLayout, QWidget

from kamdesk.rules import analytics, value_tiers
from kamdesk.services import accounts, board, churn, loyalty, sales, satisfaction, value
from ui.common import i18n
from ui.common.background import BackgroundTask
from ui.common.chart_view import ChartView, Rendered, render
from ui.common.operations import Changed
from ui.common.plain_text import PlainLabel


@dataclass(frozen=True)
class DashboardData:
    monthly: list
    pareto_shares: list
    pareto_top: int
    profit_shares: list  # the 80:20 of net contribution; empty while the lines carry too little cost
    tiers: dict
    loyalty: dict
    reasons: list
    board_counts: dict
    figures: dict = field(
        default_factory=dict
    )  # chart key -> matplotlib Figure, built off the window's thread
    top_box: satisfaction.TopBox | None = None  # seed 002: the share very satisfied


def gather(progress, cancelled) -> DashboardData:
    """Everything the charts show, read in one go on a worker thread."""
    pareto = sales.trailing_pareto()
    values = value.trailing_values()
    profit = (
        analytics.pareto({a: v.net_contribution or 0 for a, v in values.items()})
        if value_tiers.profit_basis(values)
        else None
    )
    tiers = accounts.active_by_tier()
    return DashboardData(
        monthly=sales.monthly_revenue(),
        pareto_shares=[r.cumulative_share for r in pareto.rows],
        pareto_top=len(pareto.top),
        profit_shares=[r.cumulative_share for r in profit.rows] if profit else [],
        top_box=satisfaction.top_box(),
        tiers=tiers,
        loyalty=loyalty.distribution(),
        reasons=churn.top_reasons()["surface"],
        board_counts=board.counts(board.portfolio()),
    )


def with_figures(data: DashboardData, language: str) -> DashboardData:
    """The charts' figures for `data` (on the worker thread, like everything matplotlib does here:
    its import and the drawing are the slow part; a Figure without pyplot belongs to no thread)."""
    from kamdesk.reports import charts

    return replace(data, figures={
        "trend": charts.sales_trend(data.monthly, language),
        "pareto": charts.pareto_curve(data.pareto_shares, data.pareto_top, language, data.profit_shares),
        "tiers": charts.pickable_bars(data.tiers, "tier", language),
        "loyalty": charts.pickable_bars(data.loyalty, "loyalty", language),
        "reasons": charts.reasons_chart(data.reasons, language),
        "board": charts.board_state(data.board_counts, language),
    })  # fmt: skip


def render_all(figures: dict, sizes: dict[str, tuple[QSize, float]]) -> dict[str, Rendered]:
    return {key: render(figures[key], *sizes[key]) for key in figures}


class DashboardPage(QWidget):
    SHOWS = Changed.ORDERS | Changed.ACCOUNTS | Changed.LOYALTY | Changed.BOARD  # the charts
    sig_filter_accounts = Signal(str, str)
    """A bar was clicked: show the accounts with this value; carries the field ("tier" or
    "loyalty") and the code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None
        self._render_again = False
        self._refresh_again = False
        self.data: DashboardData | None = None
        self.charts: dict[str, ChartView] = {}
        self.status_label = PlainLabel(self.tr("Loading…"))
        self.status_label.setProperty("role", "hint")
        self.status_label.setWordWrap(True)  # the year's revenue and the top box: a long line in English
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.grid = QGridLayout()
        titles = {
            "trend": self.tr("Sales trend (24 months)"), "pareto": self.tr("80:20 (trailing 12 months)"),
            "tiers": self.tr("Active accounts by tier (click a bar)"),
            "loyalty": self.tr("Loyalty of active accounts (click a bar)"),
            "reasons": self.tr("Why customers left (surface reasons)"), "board": self.tr("1-2-4 state"),
        }  # fmt: skip
        for i, (key, title) in enumerate(titles.items()):
            box = QGroupBox(title)
            chart = ChartView()
            chart.placeholder = self.tr("Drawing…")
            chart.sig_resized.connect(self._render_again_later)
            if key in ("tiers", "loyalty"):
                field = "tier" if key == "tiers" else "loyalty"
                chart.sig_picked.connect(lambda code, field=field: self.sig_filter_accounts.emit(field, code))
            QVBoxLayout(box).addWidget(chart)
            self.charts[key] = chart
            self.grid.addWidget(box, i // 3, i % 3)
        top = QVBoxLayout(self)
        top.addWidget(self.status_label)
        top.addLayout(self.grid, 1)
        top.addWidget(self.refresh_button)
        self.refresh_button.clicked.connect(self.refresh)

    def _sizes(self) -> dict[str, tuple[QSize, float]]:
        return {key: chart.request() for key, chart in self.charts.items()}

    def refresh(self) -> None:
        """Gather the numbers, build the charts and draw them, all in the background: the window
        shows the pictures when they are ready and never waits on them."""
        if self.is_busy():
            self._refresh_again = True  # once this reading ends: what changed meanwhile must show
            return
        self.status_label.setText(self.tr("Loading…"))
        language, sizes = i18n.current_language(), self._sizes()

        def work(progress, cancelled):
            data = with_figures(gather(progress, cancelled), language)
            return data, render_all(data.figures, sizes)

        self._start(work)

    def _start(self, work) -> None:
        self._task = BackgroundTask(work, self)
        self._task.sig_done.connect(self._on_task_done)
        self._task.sig_failed.connect(self._on_task_failed)
        self._task.sig_finished.connect(self._on_task_finished)
        self._task.start()

    @Slot()
    def _on_task_finished(self) -> None:
        """Work asked for while the last one ran: a fresh reading first, else a drawing at the new size."""
        if self._refresh_again:
            self._refresh_again = self._render_again = False
            self.refresh()
        elif self._render_again:
            self._render_again = False
            self._render_again_later()

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    @Slot()
    def _render_again_later(self) -> None:
        """The charts' boxes changed size: draw the same figures at the new size."""
        if self.data is None:
            return
        if self.is_busy():
            self._render_again = True
            return
        data, sizes = self.data, self._sizes()
        self._start(lambda progress, cancelled: (data, render_all(data.figures, sizes)))

    @Slot(object)
    def _on_task_failed(self, problem) -> None:
        self.status_label.setText(self.tr("The dashboard could not be loaded; the details are in the log."))

    @Slot(object)
    def _on_task_done(self, result: tuple[DashboardData, dict[str, Rendered]]) -> None:
        data, pictures = result
        self.data = data
        for key, picture in pictures.items():
            self.charts[key].show_rendered(picture)
        total = sum(c for _, c in data.monthly) / 100
        text = self.tr(
            "Revenue in the last 24 months: {total:,.0f}; {top} accounts make 80% of the last 12 months."
        )
        line = text.format(total=total, top=data.pareto_top)
        box = data.top_box
        if box is not None and box.surveyed:
            very = self.tr("Very satisfied: {share:.0%} of the {n} active accounts surveyed in 12 months "
                           "(only they buy again six times as readily, seed 002).")  # fmt: skip
            line += " " + very.format(share=box.very_satisfied_share, n=box.surveyed)
        self.status_label.setText(line)
