"""The row of controls that wraps (ui/common/flow_layout): nothing overlaps, nothing is lost."""

from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

from ui.common.flow_layout import FlowLayout
from ui.common.plain_text import PlainLabel


def build(qtbot, width, height):
    window = QWidget()
    qtbot.addWidget(window)
    row = QWidget()
    flow = FlowLayout(row)
    buttons = [QPushButton(f"Button number {n}") for n in range(6)]
    for n, button in enumerate(buttons):
        flow.addWidget(button, trailing=n == 4)
    below = PlainLabel("what follows the row")
    column = QVBoxLayout(window)
    column.addWidget(row)
    column.addWidget(below)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window, flow, buttons, below


def overlapping(widgets):
    return [(a.text(), b.text()) for i, a in enumerate(widgets) for b in widgets[i + 1 :]
            if a.geometry().intersects(b.geometry())]  # fmt: skip


def test_a_narrow_window_wraps_the_row_and_keeps_the_trailing_ones_at_the_right(qtbot):
    window, _flow, buttons, below = build(qtbot, 320, 400)
    assert overlapping(buttons) == []
    assert len({b.y() for b in buttons}) >= 3  # three lines or more in 320 px
    assert all(b.geometry().right() <= window.width() for b in buttons)
    row = buttons[0].parentWidget()
    assert abs(buttons[5].geometry().right() - row.contentsRect().right()) <= 1  # ends at the right edge
    assert below.y() > row.y() + max(b.geometry().bottom() for b in buttons)  # the label is not drawn over


def test_a_short_window_grows_rather_than_drawing_the_lines_over_what_follows(qtbot):
    window, _flow, buttons, below = build(qtbot, 320, 60)
    row = buttons[0].parentWidget()
    # the window grows to hold the wrapped lines: every line inside the row
    qtbot.waitUntil(lambda: row.height() >= max(b.geometry().bottom() for b in buttons))
    assert window.height() > 60
    assert below.y() >= row.geometry().bottom()


def test_taking_an_item_out_keeps_the_trailing_ones(qtbot):
    window, flow, buttons, _below = build(qtbot, 1200, 200)
    item = flow.takeAt(0)
    item.widget().hide()
    window.resize(1201, 200)
    qtbot.wait(10)
    assert buttons[3].geometry().right() < buttons[4].x() - 20  # a gap before the trailing ones
    assert buttons[4].geometry().right() < buttons[5].x()


def test_a_tall_window_gives_its_spare_height_to_what_follows_not_to_the_row(qtbot):
    """A blank band opened between the accounts' filters and their list."""
    window = QWidget()
    qtbot.addWidget(window)
    flow = FlowLayout()
    for n in range(6):
        flow.addWidget(QPushButton(f"Button number {n}"))
    column = QVBoxLayout(window)
    column.addLayout(flow)
    column.addWidget(QTableView())
    window.resize(500, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: flow.geometry().height() == flow.heightForWidth(flow.geometry().width()))
    assert flow.geometry().height() < 120  # two or three lines, not the spare 500 px
