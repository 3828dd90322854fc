"""The report's risk radar, on the drawing's geometry: no scale number under a challenge's marker, and
no ring or spoke line through a challenge's label (healthcare A4: "40" sat on the Data marker, the outer
ring crossed "37 · High")."""

from __future__ import annotations

import pytest

from tests.unit.test_report_matrix import challenge, geometry, matrix_width, overlap

HALF = 4  # the radar's share of section 2's grid: half the text width less 4 points


@pytest.fixture(scope="module", autouse=True)
def fonts():
    from desktop_app.report.fonts import register_fonts

    register_fonts()


def _challenges(risks):
    titles = ("data", "compute", "interpretability", "ethics_legal", "integration", "security_privacy")
    out = []
    for n, (cid, risk) in enumerate(zip(titles, risks, strict=True), start=1):
        ch = challenge(n, 1 + min(4, int(risk // 20)), 5)
        out.append(type(ch)(**{**ch.__dict__, "id": cid, "risk": float(risk)}))
    return out


def _covered_by_halo(drawing, box) -> bool:
    """True when a white rectangle drawn after every line holds ``box`` (lines under it do not show)."""
    from reportlab.graphics.shapes import Line, Polygon, Rect
    from reportlab.lib import colors

    items = drawing.contents
    last_line = max(
        n for n, s in enumerate(items) if isinstance(s, Line) or (isinstance(s, Polygon) and s.fillColor is None)
    )
    for s in items[last_line + 1 :]:
        white = isinstance(s, Rect) and s.fillColor == colors.white
        if white and s.x <= box[0] and s.y <= box[1] and s.x + s.width >= box[2] and s.y + s.height >= box[3]:
            return True
    return False


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(
    "risks", [(34, 44, 26, 34, 30, 37), (20, 40, 60, 80, 100, 0), (41, 61, 81, 21, 39, 59), (5, 33, 0, 0, 0, 33)]
)
def test_no_scale_number_under_a_marker_and_no_line_through_a_label(paper, risks):
    from desktop_app.report import charts

    width = matrix_width(paper) + 8 - HALF
    drawing = charts.radar(_challenges(risks), width, charts.RADAR_HEIGHT)
    discs, labels = geometry(drawing)
    for label in labels:
        for disc in discs:
            assert not overlap(label.box, disc.box), f"a marker covers {label.text!r}"
        assert label.box[0] >= 0 and label.box[2] <= width, f"{label.text!r} leaves the drawing"
        assert _covered_by_halo(drawing, label.box), f"a line may cross {label.text!r}"
    scale = [label.text for label in labels if label.text in ("20", "40", "60", "80")]
    assert len(scale) >= 2, scale  # the rings keep numbers where no marker is in the way
