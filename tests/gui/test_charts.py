"""Charts hold the values they are given, draw gaps for what was not assessed, and export themselves."""

from __future__ import annotations

import pytest

pytest.importorskip("pyqtgraph")

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
    assert "Today" in radar.missing_items
    assert "Projected" not in radar.missing_items


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
    tips = [p.data() for p in radar.point_items["Today"].points()]
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
