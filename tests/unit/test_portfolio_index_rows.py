"""What the index gives back is what reading the file gives: summary, levels, risks and every reason."""

from __future__ import annotations

from desktop_app.analysis.portfolio import load_portfolio, summarise_file
from tests.analysis_docs import NEW_ANSWERS, OLD_ANSWERS, make_doc


def test_rows_from_the_index_equal_rows_read_from_the_files(tmp_path, mini_bank):
    folder = tmp_path / "p"
    folder.mkdir()
    make_doc(folder / "a.readiness", mini_bank, OLD_ANSWERS, workshop_date="2026-01-15")
    make_doc(folder / "b.readiness", mini_bank, {**NEW_ANSWERS, "context.industry": "healthcare"}, client="Clinic")
    loaded = load_portfolio(folder, index_path=tmp_path / "i.db")
    again = load_portfolio(folder, index_path=tmp_path / "i.db")
    assert again.files_read == 0
    direct = {p.name: summarise_file(p, folder) for p in sorted(folder.iterdir())}
    assert {r.file: r for r in loaded.rows} == direct == {r.file: r for r in again.rows}
    assert all(r.reasons for r in direct.values())  # the comparison covers the reasons too


def test_search_names_a_question_the_first_file_of_its_bank_did_not_answer(tmp_path, mini_bank):
    """Each bank's question texts reach the index once, all of them, not only those its first file answered."""
    folder = tmp_path / "p"
    folder.mkdir()
    make_doc(folder / "a-first.readiness", mini_bank, OLD_ANSWERS)  # does not answer the black-box question
    qid = "interpretability.black_box.main"
    make_doc(folder / "b-second.readiness", mini_bank, NEW_ANSWERS, notes={qid: "vendor refuses audit access"})
    from desktop_app.analysis.index import PortfolioIndex
    from desktop_app.analysis.portfolio import find_files

    with PortfolioIndex(folder, tmp_path / "i.db") as index:
        index.refresh(list(find_files(folder)), workers=1)
        (hit,) = index.search("audit access")
    assert (hit.file, hit.question_id, hit.question) == ("b-second.readiness", qid, mini_bank.question(qid).text)
