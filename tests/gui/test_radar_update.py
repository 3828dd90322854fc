"""After an answer the radar moves its polygons in place; a change of shape (an axis newly assessed or
not, another series) still redraws everything, so what is drawn is always what was given."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from desktop_app.gui.charts.radar import RadarChart

AXES = ["Data", "Compute", "Interpretability", "Ethics", "Integration", "Security"]


@pytest.fixture()
def radar(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 450)
    chart.set_axes(AXES)
    chart.set_series([("Today", [70, 30, None, 55, 20, 85], "#1f6fd1"), ("Plan", [40, 20, 10, 30, 10, 50], "#2a9d8f")])
    return chart


def test_new_values_of_the_same_shape_move_the_existing_items(radar):
    items = (radar.series_items["Today"], radar.fill_items["Today"], radar.point_items["Today"], radar.label_items[0])
    radar.set_series([("Today", [10, 90, None, 50, 0, 100], "#1f6fd1"), ("Plan", [5, 5, 5, 5, 5, 5], "#2a9d8f")])
    assert (
        radar.series_items["Today"],
        radar.fill_items["Today"],
        radar.point_items["Today"],
        radar.label_items[0],
    ) == items  # fmt: skip
    assert radar.drawn_values("Today") == [10, 90, None, 50, 0, 100]
    assert radar.drawn_values("Plan") == [5, 5, 5, 5, 5, 5]
    points = radar.point_items["Today"].points()
    assert [p.data()[1] for p in points][1] == "Today\nCompute: Risk 90 / 100"
    assert {p.brush().color().name() for p in points} == {QColor("#1f6fd1").name()}
    fx, _fy = radar.fill_items["Today"].getData()
    assert len(fx) == 6  # five assessed axes, closed


def test_an_axis_newly_not_assessed_redraws_its_spoke_and_label(radar):
    radar.set_series(
        [("Today", [70, None, None, 55, 20, 85], "#1f6fd1"), ("Plan", [40, 20, 10, 30, 10, 50], "#2a9d8f")]
    )
    assert radar.drawn_values("Today") == [70, None, None, 55, 20, 85]
    assert radar.missing_axes["Today"] == [1, 2]
    assert "not assessed" in radar.label_items[1].toPlainText()


def test_a_series_renamed_or_recoloured_is_drawn_anew(radar):
    radar.set_series([("Now", [70, 30, None, 55, 20, 85], "#aa0000")])
    assert set(radar.series_items) == {"Now"}
    assert {p.brush().color().name() for p in radar.point_items["Now"].points()} == {"#aa0000"}


def test_the_first_series_on_an_empty_radar_keeps_its_rings_and_labels(qtbot):
    chart = RadarChart(compact=True)
    qtbot.addWidget(chart)
    chart.set_axes(AXES)
    labels = list(chart.label_items)
    chart.set_series([("Risk today", [10, 20, 30, 40, 50, 60], "#1f6fd1")])  # opening a file
    assert chart.label_items == labels and chart.drawn_values("Risk today") == [10, 20, 30, 40, 50, 60]
    chart.set_series([("Risk today", [10, None, 30, 40, 50, 60], "#1f6fd1")])
    assert chart.label_items != labels and "not assessed" in chart.label_items[1].toPlainText()
    chart.set_series([("A", [1, 2, 3, 4, 5, 6], "#000000"), ("B", [6, 5, 4, 3, 2, 1], "#ffffff")])
    assert set(chart.series_items) == {"A", "B"} and chart.drawn_values("B") == [6, 5, 4, 3, 2, 1]
    plotted = chart.plot.getPlotItem().items
    assert sum(1 for item in plotted if item in chart.series_items.values()) == 2  # the old series are gone
