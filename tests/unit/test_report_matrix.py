"""The report's likelihood x impact matrix, on the drawing's geometry: every cell number and every
marker stays readable (no marker box over a number's box, no two markers over each other, each marker's
number inside its disc, nothing under 8 pt), however the challenges crowd into cells."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

from desktop_app.core.scoring import ChallengeScore, level_for
from desktop_app.report.document import MARGIN_X, PAPERS
from desktop_app.report.styles import MIN_SIZE

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Disc:
    x: float
    y: float
    r: float  # the radius including half the outline

    @property
    def box(self) -> Box:
        return (self.x - self.r, self.y - self.r, self.x + self.r, self.y + self.r)


@dataclass(frozen=True)
class Label:
    text: str
    size: float
    box: Box  # from the descent to the ascent of the font
    ink: Box  # digits and "+": from the baseline to the ascent


def challenge(n: int, likelihood: int | None, impact: int, level: str | None = None) -> ChallengeScore:
    risk = None if likelihood is None else (likelihood - 1) * 20 + 10.0
    return ChallengeScore(
        id=f"c{n}",
        title=f"Challenge {n}",
        risk=risk,
        likelihood=likelihood,
        impact=impact,
        level=level or (None if likelihood is None else level_for(likelihood, impact)),
        answered=1,
        total=1,
        points=0.0,
        max_points=0.0,
        drivers=(),
        subchallenges=(),
        blockers=(),
    )


def matrix_width(paper: str) -> float:
    """The width section 2 gives the matrix: half the text width, less the column's padding."""
    return (PAPERS[paper][0] - 2 * MARGIN_X) / 2 - 8


def geometry(drawing) -> tuple[list[Disc], list[Label]]:
    """The discs and the upright labels of a drawing (the rotated axis title, in a group, is left out)."""
    from reportlab.graphics.shapes import Circle, String
    from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

    discs: list[Disc] = []
    labels: list[Label] = []
    for item in drawing.contents:
        if isinstance(item, Circle):
            discs.append(Disc(item.cx, item.cy, item.r + (item.strokeWidth or 0) / 2))
        elif isinstance(item, String):
            width = stringWidth(item.text, item.fontName, item.fontSize)
            x0 = {"start": item.x, "middle": item.x - width / 2, "end": item.x - width}[item.textAnchor]
            ascent, descent = getAscentDescent(item.fontName, item.fontSize)
            labels.append(
                Label(
                    item.text,
                    item.fontSize,
                    (x0, item.y + descent, x0 + width, item.y + ascent),
                    (x0, item.y, x0 + width, item.y + ascent),
                )
            )
    return discs, labels


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside_disc(box: Box, disc: Disc) -> bool:
    return all(math.hypot(x - disc.x, y - disc.y) <= disc.r for x in (box[0], box[2]) for y in (box[1], box[3]))


def check_readable(drawing, challenges: list[ChallengeScore]) -> None:
    discs, labels = geometry(drawing)
    assert all(label.size >= MIN_SIZE for label in labels), [(lab.text, lab.size) for lab in labels]
    assert all(not overlap(a.box, b.box) for a, b in _pairs(discs)), "two markers cover each other"
    in_disc = {id(label) for label in labels for disc in discs if inside_disc(label.ink, disc)}
    marker_labels = [label for label in labels if id(label) in in_disc]
    others = [label for label in labels if id(label) not in in_disc]
    # every marker carries its number inside its disc
    assert len(marker_labels) == len(discs)
    # no marker covers any other text: a cell's number, an axis number, the axis title
    for disc in discs:
        for label in others:
            assert not overlap(disc.box, label.box), f"a marker covers {label.text!r}"
    for a, b in _pairs(others):
        assert not overlap(a.box, b.box), f"{a.text!r} and {b.text!r} cover each other"
    # each of the 25 cells still shows its number
    numbers = sorted(int(label.text) for label in others if label.text.isdigit() and int(label.text) > 5)
    assert numbers == sorted(li * im for li in range(1, 6) for im in range(1, 6) if li * im > 5)
    # every assessed challenge is on the chart: its own marker, or counted in a "+N" of its cell
    shown = [label.text for label in marker_labels] + [label.text for label in others if label.text.startswith("+")]
    assessed = [n for n, ch in enumerate(challenges, start=1) if ch.likelihood is not None]
    counted = sum(int(text[1:]) if text.startswith("+") else 1 for text in shown)
    assert counted == len(assessed)
    assert {int(text) for text in shown if text.isdigit()} <= set(assessed)


def _pairs(items):
    return [(a, b) for i, a in enumerate(items) for b in items[i + 1 :]]


@pytest.fixture(scope="module", autouse=True)
def fonts():
    from desktop_app.report.fonts import register_fonts

    register_fonts()


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_marker_never_covers_a_cell_number_in_any_cell(paper):
    """One challenge in each of the 25 cells in turn (corners and edges included)."""
    from desktop_app.report import charts

    for li in range(1, 6):
        for im in range(1, 6):
            challenges = [challenge(1, li, im)]
            check_readable(charts.matrix(challenges, matrix_width(paper), charts.MATRIX_HEIGHT), challenges)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("crowd", [2, 3, 4, 5, 6])
def test_markers_sharing_a_cell_stay_apart_and_readable(paper, crowd):
    """The healthcare sample puts four challenges in one cell; a bank of six may put all six there."""
    from desktop_app.report import charts

    for li, im in [(2, 5), (5, 5), (1, 1), (3, 4)]:
        challenges = [challenge(n, li, im) for n in range(1, crowd + 1)]
        check_readable(charts.matrix(challenges, matrix_width(paper), charts.MATRIX_HEIGHT), challenges)


def test_the_healthcare_sample_layout_is_readable():
    """The bundled sample: 1, 3, 4 and 6 at likelihood 2 x impact 5, 2 at 3 x 4, 5 at 2 x 3."""
    from desktop_app.report import charts

    cells = [(2, 5), (3, 4), (2, 5), (2, 5), (2, 3), (2, 5)]
    challenges = [challenge(n, li, im) for n, (li, im) in enumerate(cells, start=1)]
    for paper in ("a4", "letter"):
        check_readable(charts.matrix(challenges, matrix_width(paper), charts.MATRIX_HEIGHT), challenges)


def test_a_bank_with_many_challenges_in_one_cell_counts_the_rest():
    """More markers than a cell holds: the ones that fit, and "+N" for the others (the legend under the
    chart names every challenge); nothing overlaps and nothing is dropped without a word."""
    from desktop_app.report import charts

    challenges = [challenge(n, 4, 4) for n in range(1, 13)] + [challenge(13, None, 3)]
    drawing = charts.matrix(challenges, matrix_width("a4"), charts.MATRIX_HEIGHT)
    check_readable(drawing, challenges)
    assert any(label.text.startswith("+") for label in geometry(drawing)[1])


def test_two_digit_markers_fit_their_discs():
    from desktop_app.report import charts

    challenges = [challenge(n, 1, 1) for n in range(1, 10)] + [challenge(10, 3, 3), challenge(11, 3, 3)]
    check_readable(charts.matrix(challenges, matrix_width("a4"), charts.MATRIX_HEIGHT), challenges)
