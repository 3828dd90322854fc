"""The PDF deployment plan: content, fidelity to the scores, safety of user text, fonts, paper, password."""

from __future__ import annotations

import subprocess

import pypdf
import pytest

from desktop_app.core.assessment import Answer
from desktop_app.core.plan import build_plan
from desktop_app.core.scoring import DECISION_LABELS, LEVEL_LABELS, score
from desktop_app.report import ReportOptions, write_report
from desktop_app.report.words import long_date
from tests.unit import test_report_data as data


@pytest.fixture(scope="module")
def bank():
    from desktop_app.core.bank import load_bank
    from tests.conftest import MINI_BANK

    return load_bank(MINI_BANK)


@pytest.fixture(scope="module")
def pdfs(bank, tmp_path_factory):
    """One PDF per fixture assessment, built once for the module."""
    folder = tmp_path_factory.mktemp("reports")
    out = {}
    for name in ("mixed", "all_unknown", "long_notes", "hostile", "scripts"):
        assessment = getattr(data, name)(bank)
        path = folder / f"{name}.pdf"
        pages = write_report(bank, assessment, path)
        out[name] = (path, assessment, pages)
    return out


def visible(bank, assessment):
    values = assessment.values()
    return [q for q in bank.all_questions() if bank.is_visible(q, values)]


# -- content --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["mixed", "all_unknown", "long_notes", "scripts"])
def test_every_visible_question_and_note_appears(pdfs, bank, name):
    path, assessment, _ = pdfs[name]
    text = data.squash(data.body_text(path))
    for q in visible(bank, assessment):
        assert data.squash(q.text) in text, q.id
        ans = assessment.answers.get(q.id)
        if ans and ans.note:
            assert data.squash(ans.note.replace("🚀", "[U+1F680]")) in text, q.id


def test_sections_appear_in_order(pdfs):
    text = data.pdf_text(pdfs["mixed"][0])
    order = [
        "Contents",
        "1 Decision dashboard",
        "2 Risk profile",
        "3 Findings by challenge",
        "4 Deployment plan",
        "5 Risk register",
        "6 Follow-up list",
        "7 Participants",
        "8 Sign-off",
        "Appendix A Questions and answers",
        "Appendix B How the scores were computed",  # no plan text was shortened: no plan appendix
        "Appendix C Framework references",
    ]
    flat = " ".join(text.split())
    # headings come after the table of contents: look for each one after the previous
    pos = flat.index("Appendix C Framework references") + 1  # the TOC's last entry
    for heading in order[1:]:
        found = flat.find(heading, pos)
        assert found > 0, heading
        pos = found


def test_decision_and_levels_match_the_scores(pdfs, bank):
    path, assessment, _ = pdfs["mixed"]
    profile = score(bank, assessment)
    text = " ".join(data.pdf_text(path).split())
    assert DECISION_LABELS[profile.overall.decision].upper() in text
    body = text[text.index("3 Findings by challenge", text.index("Appendix C Framework")) :]
    for n, ch in enumerate(profile.challenges, start=1):
        start = body.index(f"3.{n} {ch.title}")
        section = body[start : body.index("Sub-challenge", start)]  # the heading and the score strip
        label = LEVEL_LABELS[ch.level] if ch.level else "Not assessed"
        assert label in section.split(), ch.id
        if ch.risk is not None:
            assert f"{ch.risk:.0f} / 100" in section


def test_all_unknown_lists_every_question_for_follow_up(pdfs, bank):
    path, assessment, _ = pdfs["all_unknown"]
    profile = score(bank, assessment)
    text = " ".join(data.pdf_text(path).split())
    assert f"{len(profile.follow_up)} answers need confirming" in text
    assert DECISION_LABELS[profile.overall.decision].upper() in text


def test_plan_actions_appear_with_their_due_dates(pdfs, bank):
    path, assessment, _ = pdfs["mixed"]
    plan = build_plan(bank, assessment)
    text = data.squash(data.pdf_text(path))
    for item in plan.items:
        if item.active:
            assert data.squash(item.title) in text
            assert data.squash(long_date(item.due_date)) in text  # one date style: "20 December 2026"
            assert item.due_date not in text


# -- user text is text ----------------------------------------------------------------------


def test_hostile_markup_prints_literally(pdfs):
    path, _, _ = pdfs["hostile"]
    text = data.squash(data.pdf_text(path))
    assert data.squash(data.HOSTILE) in text
    assert data.squash('<b>Evil</b> & Co <img src="x.png"/>') in text
    raw = path.read_bytes()
    for forbidden in (b"/URI", b"/Launch", b"/Subtype /Image", b"/JavaScript"):
        assert forbidden not in raw


def test_a_50000_character_note_flows_across_pages(bank, tmp_path):
    base = data.mixed(bank)
    qid = next(iter(base.answers))
    note = " ".join(f"w{i}" for i in range(9000)) + " " + "Q" * 5000  # words, then one unbroken run
    note = note[:50_000]
    assessment = base.with_answer(Answer(qid, base.answers[qid].value, note=note))
    path = tmp_path / "long.pdf"
    pages = write_report(bank, assessment, path)
    assert pages > 12
    assert data.squash(note) in data.squash(data.body_text(path))


@pytest.mark.parametrize("name", ["long_notes", "hostile", "scripts"])
def test_no_text_outside_the_margins(pdfs, name):
    """Every word's box lies within the page's side margins (long words wrap, nothing overflows)."""
    import re

    path, _, _ = pdfs[name]
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True).stdout.decode()
    page_width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    margin = 20 * 72 / 25.4
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', html)
    assert words
    for x_min, x_max in words:
        assert float(x_min) >= margin - 1.5
        assert float(x_max) <= page_width - margin + 1.5


# -- scripts and fonts ------------------------------------------------------------------------


def test_greek_cyrillic_and_cjk_are_drawn_and_a_missing_glyph_is_marked(pdfs):
    text = data.pdf_text(pdfs["scripts"][0])
    for word in ("Zażółć", "Ελληνικά", "Кириллица", "中文字符测试", "日本語", "Омега", "北京"):
        assert word in text
    assert "[U+1F680]" in text  # no font has the rocket: a visible marker, never a silent box


def test_fonts_are_embedded_truetype(pdfs):
    reader = pypdf.PdfReader(str(pdfs["scripts"][0]))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert any("DejaVuSans" in n for n in names)
    assert not any("Helvetica" in n for n in names)


# -- the document around the content ----------------------------------------------------------


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612.0, 792.0))])
def test_page_size_follows_the_paper_option(bank, tmp_path, paper, size):
    path = tmp_path / f"{paper}.pdf"
    write_report(bank, data.mixed(bank), path, ReportOptions(paper=paper))
    for page in pypdf.PdfReader(str(path)).pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == size


def test_pages_are_numbered_x_of_y_with_header_and_footer(pdfs):
    path, assessment, pages = pdfs["mixed"]
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == pages
    for number in range(2, pages + 1):
        text = reader.pages[number - 1].extract_text()
        assert f"Page {number} of {pages}" in text
        assert assessment.client in text and "CONFIDENTIAL" in text


def test_outline_metadata_and_table_of_contents(pdfs):
    reader = pypdf.PdfReader(str(pdfs["mixed"][0]))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:3] == ["Contents", "1 Decision dashboard", "2 Risk profile"]
    assert "Appendix A Questions and answers" in titles
    meta = reader.metadata
    assert "Northwind Health" in meta.title
    assert meta.author == "Maria Jensen"
    assert "readiness" in meta.subject
    assert meta.creation_date is not None


def test_password_encrypts_the_pdf(bank, tmp_path):
    path = tmp_path / "locked.pdf"
    write_report(bank, data.mixed(bank), path, ReportOptions(password="s3cret pass"))
    reader = pypdf.PdfReader(str(path))
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    reader = pypdf.PdfReader(str(path))
    assert reader.decrypt("s3cret pass")
    assert "Northwind Health" in reader.pages[0].extract_text()
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256, the PDF 2.0 handler
    assert reader.metadata.title.startswith("GenAI deployment readiness plan")
    assert reader.outline  # bookmarks survive encryption


# -- writing the file ---------------------------------------------------------------------------


def test_progress_rises_to_100(bank, tmp_path):
    seen: list[int] = []
    write_report(bank, data.mixed(bank), tmp_path / "p.pdf", progress=lambda p, _m: seen.append(p))
    assert seen[-1] == 100
    assert seen == sorted(seen)


def test_a_failed_build_leaves_the_old_file_and_no_temporary_file(bank, tmp_path, monkeypatch):
    from desktop_app.report import builder

    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def boom(ctx):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(builder, "build_story", boom)
    with pytest.raises(RuntimeError):
        write_report(bank, data.mixed(bank), target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_unknown_paper_is_refused(bank, tmp_path):
    with pytest.raises(ValueError, match="paper"):
        write_report(bank, data.mixed(bank), tmp_path / "x.pdf", ReportOptions(paper="a3"))


def test_builtin_bank_report_has_every_question(tmp_path):
    """The real bank, a mixed assessment: builds, and every visible question is printed."""
    from desktop_app.core.bank import builtin_bank_path, load_bank

    real = load_bank(builtin_bank_path())
    assessment = data.mixed(real)
    path = tmp_path / "real.pdf"
    write_report(real, assessment, path)
    text = data.squash(data.pdf_text(path))
    for q in visible(real, assessment):
        assert data.squash(q.text) in text, q.id


def test_long_plan_texts_are_printed_in_full_in_appendix_b(bank, tmp_path):
    """A custom action and a note longer than the plan table can hold still appear whole."""
    from dataclasses import replace

    from desktop_app.core.assessment import PlanDecision

    base = data.mixed(bank)
    action = " ".join(f"step{i}" for i in range(400))  # about 3,000 characters
    note = " ".join(f"remark{i}" for i in range(120))
    plan = dict(base.plan)
    plan["CUSTOM-9"] = PlanDecision(
        "CUSTOM-9",
        status="accepted",
        custom=True,
        title="Long custom action",
        action=action,
        challenge="data",
        phase=1,
        note=note,
    )
    path = tmp_path / "long-plan.pdf"
    write_report(bank, replace(base, plan=plan), path)
    text = data.squash(data.body_text(path))
    assert data.squash("Appendix B Plan actions in full") in text
    assert data.squash(action) in text
    assert data.squash(note) in text


def test_no_appendix_b_when_nothing_was_shortened(pdfs):
    path, _assessment, _ = pdfs["mixed"]
    assert "Plan actions in full" not in data.pdf_text(path)
