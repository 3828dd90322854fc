"""Charts hold the values they are given, draw gaps for what was not assessed, and export themselves."""

from __future__ import annotations

import pytest

from desktop_app.gui.charts.radar import RadarChart

AXES = ["Data", "Compute", "Interpretability", "Ethics", "Integration", "Security"]


@pytest.fixture()
def radar(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 450)
    chart.set_axes(AXES)
    chart.set_series(
        [("Today", [70, 30, None, 55, 20, 85], "#1f6fd1"), ("Projected", [40, 20, 10, 30, 10, 50], "#2a9d8f")]
    )
    return chart


def test_radar_items_hold_the_risk_values(radar):
    assert radar.drawn_values("Today") == [70, 30, None, 55, 20, 85]
    assert radar.drawn_values("Projected") == [40, 20, 10, 30, 10, 50]


def test_radar_polygon_is_closed_with_a_gap_for_not_assessed(radar):
    import math

    x, y = radar.series_items["Today"].getData()
    assert len(x) == len(AXES) + 1
    assert (x[0], y[0]) == (x[-1], y[-1])
    assert math.isnan(x[2])
    assert radar.missing_axes["Today"] == [2]
    assert "Projected" not in radar.missing_axes


def test_a_challenge_not_assessed_is_drawn_neutrally_not_on_the_outer_ring(radar):
    """No marker at 100 (which reads as the worst risk): a grey dashed spoke and a label that says so."""
    import math

    import pyqtgraph as pg

    for item in radar.plot.getPlotItem().items:
        if isinstance(item, pg.ScatterPlotItem):
            for spot in item.points():
                assert math.hypot(spot.pos().x(), spot.pos().y()) < 0.99 or spot.data()[0] != 2
    assert "not assessed" in radar.label_items[2].toPlainText()
    assert "not assessed" not in radar.label_items[1].toPlainText()


def test_radar_first_axis_points_up(radar):
    x, y = radar.series_items["Today"].getData()
    assert abs(x[0]) < 1e-9
    assert y[0] == pytest.approx(0.70)


def test_readiness_mode_draws_the_complement(radar):
    radar.mode = "readiness"
    assert radar.drawn_values("Today") == [30, 70, None, 45, 80, 15]


def test_unknown_mode_is_refused(radar):
    with pytest.raises(ValueError):
        radar.mode = "happiness"


def test_radar_point_tooltips_name_axis_and_value(radar):
    tips = [p.data()[1] for p in radar.point_items["Today"].points()]
    assert tips[0] == "Today\nData: Risk 70 / 100"


def test_compact_radar_has_no_legend(qtbot):
    chart = RadarChart(compact=True)
    qtbot.addWidget(chart)
    chart.set_axes(AXES)
    chart.set_series([("Today", [1, 2, 3, 4, 5, 6], "#1f6fd1")])
    assert not chart.legend.isVisibleTo(chart)
    assert chart.drawn_values("Today") == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_chart_exports_png_and_svg(radar, tmp_path, suffix):
    path = radar.export_image(tmp_path / f"radar.{suffix}")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == "png" else b"<svg" in data


def test_radar_click_on_a_point_names_the_axis(radar, qtbot):
    spots = radar.point_items["Today"].points()
    with qtbot.waitSignal(radar.axis_clicked) as blocker:
        radar.point_items["Today"].sigClicked.emit(radar.point_items["Today"], [spots[1]], None)
    assert blocker.args == [1]


# -- sub-challenge bars -------------------------------------------------------------------------
from desktop_app.gui.charts.bars import Bar, LevelBarChart  # noqa: E402


@pytest.fixture()
def bars(qtbot):
    chart = LevelBarChart()
    qtbot.addWidget(chart)
    chart.set_bars(
        [
            Bar("data.collection", "Data · Collection", 62.5, "high", "data"),
            Bar("data.privacy", "Data · Privacy", None, None, "data"),
            Bar("compute.cost", "Compute · Cost", 10.0, "low", "compute"),
        ]
    )
    return chart


def test_bars_hold_the_values(bars):
    assert bars.values() == [62.5, None, 10.0]
    assert list(bars.bar_item.opts["width"]) == [62.5, 0.0, 10.0]


def test_bars_are_coloured_by_level(bars):
    from desktop_app.gui.charts.base import LEVEL_COLOURS, NOT_ASSESSED_COLOUR

    colours = [b.color().name() for b in bars.bar_item.opts["brushes"]]
    assert colours == [LEVEL_COLOURS["high"], NOT_ASSESSED_COLOUR, LEVEL_COLOURS["low"]]


def test_not_assessed_bar_says_so(bars):
    assert bars.value_labels[1].toPlainText() == "not assessed"
    assert bars.value_labels[0].toPlainText() == "62 · High"


def test_bars_first_row_on_top(bars):
    ticks = bars.plot.getPlotItem().getAxis("left")._tickLevels[0]
    assert max(ticks)[1] == "Data · Collection"


# -- risk matrix -------------------------------------------------------------------------------
from desktop_app.gui.charts.matrix import MatrixPoint, RiskMatrixChart  # noqa: E402


def test_matrix_places_each_challenge_in_its_cell(qtbot):
    chart = RiskMatrixChart()
    qtbot.addWidget(chart)
    chart.set_points(
        [
            MatrixPoint("data", "Data", "Data quality", 2, 3, 33.3, "medium"),
            MatrixPoint("compute", "Compute", "Computational", 5, 3, 100.0, "high"),
            MatrixPoint("ethics_legal", "Ethics", "Ethical", 2, 3, 30.0, "medium"),
            MatrixPoint("integration", "Integration", "Integration", None, 3, None, None),
        ]
    )
    assert chart.point_positions() == {"data": (2, 3), "compute": (5, 3), "ethics_legal": (2, 3)}
    assert "Not assessed (not placed): Integration" in chart.caption.text()


def test_matrix_cells_follow_the_level_thresholds(qtbot):
    from desktop_app.gui.charts.base import LEVEL_COLOURS

    chart = RiskMatrixChart()
    qtbot.addWidget(chart)
    # cells are added likelihood-major: (1,1) first, (5,5) last
    assert chart.cell_items[0].brush().color().name() == LEVEL_COLOURS["low"]
    assert chart.cell_items[-1].brush().color().name() == LEVEL_COLOURS["critical"]


# -- heat map and trend ------------------------------------------------------------------------
from desktop_app.gui.charts.heatmap import HeatMapChart  # noqa: E402
from desktop_app.gui.charts.trend import TrendChart  # noqa: E402


def test_heatmap_image_holds_the_risks(qtbot):
    import numpy as np

    chart = HeatMapChart()
    qtbot.addWidget(chart)
    chart.set_data([[10, None], [80, 55]], ["A", "B"], ["data", "compute"], levels=[["low", None], ["high", "low"]])
    assert chart.values[1, 0] == 80 and np.isnan(chart.values[0, 1])
    image = chart.image_item.image
    assert image.shape == (2, 2, 4)  # columns x rows, RGBA
    # the level gives the colour: B/compute (risk 55, level low) is drawn in the low colour, like the table
    from PySide6.QtGui import QColor

    from desktop_app.gui.charts.base import level_colour

    low = QColor(level_colour("low"))
    assert tuple(image[1, 1]) == (low.red(), low.green(), low.blue(), 255)
    assert image[1, 0][3] == 0  # not assessed: transparent over the grey background


def test_trend_lines_hold_dates_and_risks(qtbot):
    import math
    from datetime import date

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_data(
        [date(2026, 1, 15), date(2026, 4, 15)], [("Overall", [60.0, 40.0], "#000000"), ("Data", [None, 8.3], "#ff0000")]
    )
    x, y = chart.series_items["Overall"].getData()
    assert list(y) == [60.0, 40.0] and x[1] > x[0]
    assert math.isnan(chart.series_items["Data"].getData()[1][0])


def test_trend_axis_shows_the_assessment_dates(qtbot):
    from datetime import date

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_data([date(2026, 1, 15), date(2026, 4, 15)], [("Overall", [60.0, 40.0], "#000000")])
    labels = [label for level in chart.date_axis._tickLevels or [] for _x, label in level]
    assert labels == ["2026-01-15", "2026-04-15"]


def test_level_colours_stay_apart_for_colour_blind_viewers():
    """Simulated deuteranopia and protanopia (Machado et al. 2009 matrices, severity 1): every pair of level
    colours stays clearly apart (CIE76 distance in Lab over 15)."""
    from PySide6.QtGui import QColor

    from desktop_app.gui.charts.base import LEVEL_COLOURS

    sims = {
        "deuteranopia": ((0.367, 0.861, -0.228), (0.280, 0.673, 0.047), (-0.012, 0.043, 0.969)),
        "protanopia": ((0.152, 1.053, -0.205), (0.115, 0.786, 0.099), (-0.004, -0.048, 1.052)),
    }

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def lab(rgb):
        r, g, b = rgb
        x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505
        y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089

        def f(t):
            return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

        return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))

    for name, m in sims.items():
        seen = []
        for colour in LEVEL_COLOURS.values():
            q = QColor(colour)
            rgb = [lin(q.redF()), lin(q.greenF()), lin(q.blueF())]
            sim = [max(0.0, min(1.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3)]
            seen.append(lab(sim))
        for i in range(len(seen)):
            for j in range(i + 1, len(seen)):
                distance = sum((a - b) ** 2 for a, b in zip(seen[i], seen[j], strict=True)) ** 0.5
                assert distance > 15, (name, i, j, distance)


def test_radar_grid_is_five_rings_and_a_spoke_per_axis_the_missing_one_dashed(radar):
    """Drawn as one item per pen (eleven items were 20 ms of every start): the same lines."""
    import math

    from PySide6.QtCore import Qt

    solid, dashed = radar.grid_items
    assert dashed.opts["pen"].style() == Qt.PenStyle.DashLine
    assert solid.opts["pen"].style() == Qt.PenStyle.SolidLine

    def lines(item):
        x, y = item.getData()
        out, current = [], []
        for px, py in zip(x, y, strict=True):
            if math.isnan(px):
                out.append(current)
                current = []
            else:
                current.append((round(px, 6), round(py, 6)))
        return [line for line in [*out, current] if line]

    solid_lines, dashed_lines = lines(solid), lines(dashed)
    rings = [line for line in solid_lines if len(line) == len(AXES) + 1]
    assert [round(math.hypot(*line[0]), 6) for line in rings] == [0.2, 0.4, 0.6, 0.8, 1.0]
    spokes = [line for line in solid_lines if len(line) == 2]
    assert len(spokes) == len(AXES) - 1 and all(line[0] == (0.0, 0.0) for line in spokes)
    assert len(dashed_lines) == 1  # "Interpretability", not assessed today
    end = dashed_lines[0][1]
    assert end == (
        round(math.cos(math.pi / 2 - 2 * math.pi * 2 / 6), 6),
        round(math.sin(math.pi / 2 - 2 * math.pi * 2 / 6), 6),
    )

    radar.set_series([("Today", [70, 30, 40, 55, 20, 85], "#1f6fd1")])  # every axis assessed: no dashed spoke
    assert len(radar.grid_items) == 1 and len([ln for ln in lines(radar.grid_items[0]) if len(ln) == 2]) == len(AXES)


def test_a_chart_has_its_own_menu_and_never_builds_pyqtgraphs(qtbot, monkeypatch):
    """pyqtgraph's view-box menu is not made and then dropped (2 ms a chart, six at start)."""
    import importlib

    viewbox_module = importlib.import_module("pyqtgraph.graphicsItems.ViewBox.ViewBox")  # the module, not the class
    made: list[object] = []
    original = viewbox_module.ViewBoxMenu
    monkeypatch.setattr(viewbox_module, "ViewBoxMenu", lambda view: made.append(view) or original(view))
    chart = RadarChart()
    qtbot.addWidget(chart)
    item = chart.plot.getPlotItem()
    assert made == [] and item.vb.menu is None
    assert not item.menuEnabled() and not item.vb.menuEnabled()
    assert chart.export_png_action.text().startswith("Export chart as PNG")
