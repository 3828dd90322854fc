"""Pages the keep-together rules leave half empty (issue 12, layout): a table after its heading asks for
room for its header and first row only (a plan action: its two rows), and an appendix after the first
follows on the same page when at least half the page is free. Checked on the rule itself and on every
bundled sample in both paper sizes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop_app.report.document import MARGIN_BOTTOM, MARGIN_TOP, PAPERS


@pytest.fixture(scope="module")
def styles():
    from desktop_app.report.fonts import register_fonts
    from desktop_app.report.styles import make_styles

    register_fonts()
    return make_styles()


def _heading(styles):
    from desktop_app.report.sections.base import subheading

    return subheading("Recommended actions", styles)


def _tall_rows_table(styles, rows: int, *, pairs: bool = False):
    from desktop_app.report.sections.base import M, data_table

    body = [[M("A long action text. " * 12, styles.cell), M("1 · Pilot", styles.cell)] for _ in range(rows)]
    extra = [("NOSPLIT", (0, r), (-1, r + 1)) for r in range(1, rows, 2)] if pairs else []
    return data_table([[M("Action", styles.cell), M("Phase", styles.cell)], *body], [300, 100], extra=extra)


def _breaks(flowable, height: float) -> bool:
    """True when the conditional break, asked where ``height`` points are left, ends the page."""
    return flowable.wrap(400, height)[1] > 0


def _measure(styles, table, rows: int) -> float:
    heading = _heading(styles)
    need = heading.wrap(400, 1000)[1] + heading.getSpaceBefore() + heading.getSpaceAfter()
    table.wrap(400, 1000)
    return need + sum(table._rowHeights[:rows])


def test_a_table_starts_below_its_heading_where_its_header_and_first_row_fit(styles):
    """It asked for two body rows: a heading and a table of tall rows went to the next page, leaving
    room for a row and more empty (healthcare A4 p. 11, insurance A4 p. 6)."""
    from desktop_app.report.document import TableStart

    table = _tall_rows_table(styles, 5)
    first = _measure(styles, table, 2)  # the header and the first action
    two = _measure(styles, table, 3)
    assert two > first + 20
    start = TableStart([_heading(styles)], table)
    assert not _breaks(start, first + 1)
    assert _breaks(start, first - 1), "the heading is never left without the table's first row"


def test_rows_kept_together_count_as_the_first_row(styles):
    """A plan action is two rows (its facts, then what to do) that never split: both must fit."""
    from desktop_app.report.document import TableStart

    table = _tall_rows_table(styles, 6, pairs=True)
    pair = _measure(styles, table, 3)
    start = TableStart([_heading(styles)], table)
    assert _breaks(start, pair - 1)
    assert not _breaks(start, pair + 1)


def test_a_short_table_moves_whole_with_its_heading(styles):
    """A table of a few short rows split after its first row (Appendix B's level bands: one row at a
    page foot, three on the next page): a table this short needs room for all of it."""
    from desktop_app.report.document import SHORT_TABLE, TableStart
    from desktop_app.report.sections.base import M, data_table

    rows = [[M("Likelihood × impact", styles.cell), M("Level", styles.cell)]]
    rows += [[M(f"{n} to {n + 3}", styles.cell), M("Low", styles.cell)] for n in range(4)]
    table = data_table(rows, [120, 100])
    whole = _measure(styles, table, len(rows))
    assert whole - _measure(styles, table, 0) <= SHORT_TABLE
    start = TableStart([_heading(styles)], table)
    assert _breaks(start, whole - 1)
    assert not _breaks(start, whole + 1)


# -- the bundled samples ---------------------------------------------------------------------------


def _word_boxes(path: Path) -> list[tuple[float, list[tuple[float, float, float, str]]]]:
    """Per page: its height and the words in the frame (top, bottom, left, text; running header and
    footer left out), in reading order."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        words = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', page):
            x0, y0, y1 = float(m.group(1)), float(m.group(2)), float(m.group(3))
            if y0 >= MARGIN_TOP - 2 and y1 <= height - MARGIN_BOTTOM + 2:
                words.append((y0, y1, x0, m.group(4)))
        words.sort(key=lambda w: (round(w[1]), w[2]))  # by line (its baseline side), then left to right
        pages.append((height, words))
    return pages


def free_at_foot(path: Path) -> list[float]:
    """The empty height (points) between each page's last line and the foot of its frame."""
    return [
        (height - MARGIN_BOTTOM) - max((w[1] for w in words), default=MARGIN_TOP) for height, words in _word_boxes(path)
    ]


def first_words(path: Path, n: int = 3) -> list[str]:
    return [" ".join(w[3] for w in words[:n]) for _, words in _word_boxes(path)]


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    from datetime import UTC, datetime

    from desktop_app.core.bank import builtin_bank_path, load_bank
    from desktop_app.report import ReportOptions, write_report
    from tests.unit.test_report_client import SAMPLES, sample

    bank = load_bank(builtin_bank_path())
    folder = tmp_path_factory.mktemp("fill")
    out = {}
    for name in sorted(p.name for p in SAMPLES.glob("*.json")):
        for paper in ("a4", "letter"):
            path = folder / f"{name}-{paper}.pdf"
            options = ReportOptions(paper=paper, generated=datetime(2026, 11, 27, tzinfo=UTC))
            write_report(bank, sample(bank, name), path, options)
            out[(name, paper)] = path
    return out


def test_an_appendix_after_the_first_follows_on_a_page_at_least_half_free(samples):
    """Appendix B began a new page below the last two questions of Appendix A (financial Letter p. 41:
    558 of 667 points empty)."""
    for (name, paper), path in samples.items():
        frame = PAPERS[paper][1] - MARGIN_TOP - MARGIN_BOTTOM
        free, starts = free_at_foot(path), first_words(path)
        for n, words in enumerate(starts):
            if re.match(r"Appendix [B-Z] ", words) and n > 0:
                assert free[n - 1] < frame / 2, (name, paper, n + 1, words, free[n - 1])


def test_only_a_part_that_must_begin_a_page_leaves_the_page_before_it_half_empty(samples):
    """Every page but the cover, the contents and the last is at least half full, unless the next one
    begins the appendices (Appendix A follows the sign-off) or holds document control, which is kept
    whole (test_document_control_is_never_split_across_pages)."""
    for (name, paper), path in samples.items():
        frame = PAPERS[paper][1] - MARGIN_TOP - MARGIN_BOTTOM
        free, starts = free_at_foot(path), first_words(path)
        for n in range(2, len(free) - 1):
            if free[n] >= frame / 2:
                assert starts[n + 1].startswith(("Appendix A ", "Document control")), (
                    name,
                    paper,
                    n + 1,
                    round(free[n]),
                    starts[n + 1],
                )


def test_the_level_bands_and_the_figures_of_appendix_b_are_each_on_one_page(samples):
    for (name, paper), path in samples.items():
        pages = [" ".join(w[3] for w in words) for _, words in _word_boxes(path)]
        bands = [n for n, t in enumerate(pages) if "1 to 4" in t or "16 to 25" in t]
        assert len(bands) == 1, (name, paper, bands)
        figures = [n for n, t in enumerate(pages) if "The figures for this assessment" in t]
        rows = [n for n, t in enumerate(pages) if "Security and privacy" in t and n >= figures[0]]
        assert rows and rows[0] == figures[0], (name, paper)
