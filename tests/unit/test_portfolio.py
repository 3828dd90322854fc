"""A portfolio folder: exact rows for good files, a plain reason for every unreadable one."""

from __future__ import annotations

import pytest

from desktop_app.analysis.portfolio import (
    filter_frame,
    heatmap_frame,
    load_portfolio,
    trend_frame,
    weakest_challenges,
)
from tests.analysis_docs import NEW_ANSWERS, OLD_ANSWERS, make_doc, write_broken_files


@pytest.fixture()
def folder(tmp_path, mini_bank):
    root = tmp_path / "portfolio"
    root.mkdir()
    make_doc(root / "acme-q1.readiness", mini_bank, OLD_ANSWERS, workshop_date="2026-01-15")
    make_doc(root / "acme-q2.readiness", mini_bank, NEW_ANSWERS, workshop_date="2026-04-15")
    (root / "clinic").mkdir()
    make_doc(
        root / "clinic" / "imaging.readiness",
        mini_bank,
        {**NEW_ANSWERS, "context.industry": "healthcare"},
        client="North Clinic",
        project="Synthetic imaging",
        workshop_date="2026-03-01",
    )
    return root


def test_rows_are_exact(folder):
    p = load_portfolio(folder)
    rows = {r.file: r for r in p.rows}
    assert list(rows) == ["acme-q1.readiness", "acme-q2.readiness", "clinic/imaging.readiness"]
    q1 = rows["acme-q1.readiness"]
    assert (q1.client, q1.project, q1.workshop_date, q1.industry) == (
        "Acme Bank",
        "Fraud detection",
        "2026-01-15",
        "financial_services",
    )
    assert q1.risks["data"] == 33.3 and q1.risks["compute"] == 100.0 and q1.risks["interpretability"] is None
    assert q1.levels["compute"] == "high" and q1.levels["data"] == "medium"
    # healthcare impact 4: interpretability risk 75 -> likelihood 4 -> 16 critical
    assert rows["clinic/imaging.readiness"].levels["interpretability"] == "critical"


def test_rows_match_the_scoring(folder):
    from desktop_app.analysis.compare import load_assessment
    from desktop_app.core.scoring import score

    for row in load_portfolio(folder).rows:
        profile = score(*load_assessment(folder / row.file))
        assert row.decision == profile.overall.decision
        assert row.completion == round(profile.completion.percent, 1)


def test_each_unreadable_file_is_listed_with_its_reason(folder):
    expected = write_broken_files(folder, folder / "acme-q1.readiness")
    p = load_portfolio(folder)
    reasons = {f.file: f.reason for f in p.failures}
    assert set(reasons) == set(expected)
    for name, words in expected.items():
        assert words in reasons[name], (name, reasons[name])
    assert len(p.rows) == 3


def test_other_files_and_hidden_files_are_ignored(folder):
    (folder / "notes.txt").write_text("hello")
    (folder / ".acme-q1.readiness.lock").write_text("x")
    (folder / ".new-123.readiness").write_bytes(b"")
    p = load_portfolio(folder)
    assert p.total_files == 3 and p.failures == []


def test_progress_reports_every_file(folder):
    seen = []
    load_portfolio(folder, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_early_and_keeps_what_was_read(folder):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1

    p = load_portfolio(folder, cancel=cancel)
    assert p.cancelled and len(p.rows) == 1


def test_to_dict_counts(folder):
    write_broken_files(folder, folder / "acme-q1.readiness")
    d = load_portfolio(folder).to_dict()
    assert (d["files"], d["assessments"], d["unreadable"]) == (8, 3, 5)


def test_heatmap_is_assessments_by_challenges(folder):
    heat = heatmap_frame(load_portfolio(folder).frame())
    assert list(heat.columns) == [
        "data",
        "compute",
        "interpretability",
        "ethics_legal",
        "integration",
        "security_privacy",
    ]
    assert heat.shape == (3, 6)
    assert heat.iloc[0]["data"] == 33.3
    assert heat.iloc[0].isna()["interpretability"]


def test_filter_by_industry_and_date(folder):
    frame = load_portfolio(folder).frame()
    assert list(filter_frame(frame, industry="healthcare")["client"]) == ["North Clinic"]
    assert list(filter_frame(frame, date_from="2026-02-01")["file"]) == [
        "acme-q2.readiness",
        "clinic/imaging.readiness",
    ]
    assert list(filter_frame(frame, industry="financial_services", date_to="2026-02-01")["file"]) == [
        "acme-q1.readiness"
    ]


def test_trend_for_one_client_is_in_date_order(folder):
    trend = trend_frame(load_portfolio(folder).frame(), "Acme Bank")
    assert list(trend["risk_compute"]) == [100.0, 25.0]
    assert [d.strftime("%Y-%m-%d") for d in trend["date"]] == ["2026-01-15", "2026-04-15"]


def test_weakest_challenge_first(folder):
    weakest = weakest_challenges(load_portfolio(folder).frame())
    assert weakest.index[0] == "interpretability"  # 75 in both assessments that answered it


def test_empty_folder_gives_an_empty_portfolio(tmp_path):
    p = load_portfolio(tmp_path)
    assert p.rows == [] and p.failures == [] and p.frame().empty


def test_summary_xlsx_reads_back(folder, tmp_path):
    from openpyxl import load_workbook

    write_broken_files(folder, folder / "acme-q1.readiness")
    out = load_portfolio(folder).write_xlsx(tmp_path / "summary.xlsx")
    wb = load_workbook(out)
    rows = list(wb["Assessments"].iter_rows(values_only=True))
    assert rows[0][:4] == ("file", "client", "project", "workshop_date")
    assert [r[0] for r in rows[1:]] == ["acme-q1.readiness", "acme-q2.readiness", "clinic/imaging.readiness"]
    assert len(list(wb["Unreadable"].iter_rows())) == 6


def test_an_undated_assessment_is_named_with_the_callers_words(folder, mini_bank):
    make_doc(folder / "undated.readiness", mini_bank, NEW_ANSWERS, client="Undated", project="Pilot", workshop_date="")
    portfolio = load_portfolio(folder)
    row = next(r for r in portfolio.rows if r.file == "undated.readiness")
    assert row.label == "Undated / Pilot (no date)"  # the CLI's and the exports' English
    assert row.label_with("sans date") == "Undated / Pilot (sans date)"
    heat = heatmap_frame(portfolio.frame(), no_date="sans date")
    assert "Undated / Pilot (sans date)" in list(heat.index)
    assert "Acme Bank / Fraud detection (2026-01-15)" in list(heat.index)
    assert "Undated / Pilot (no date)" in list(heatmap_frame(portfolio.frame()).index)
