"""The PDF a client receives (issue 12): navigation, client-safe wording, numbers, DRAFT, dashboard,
encryption, long notes and right-to-left scripts, on both paper sizes and the bundled samples."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest

from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.core.exchange import parse_answers_json
from desktop_app.core.plan import build_plan
from desktop_app.report import ReportOptions, write_report
from desktop_app.report.words import long_date
from tests.unit import test_report_data as data

FIXED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture(scope="module")
def real_bank():
    from desktop_app.core.bank import builtin_bank_path, load_bank

    return load_bank(builtin_bank_path())


def sample(bank, name: str):
    imported = parse_answers_json((SAMPLES / name).read_text(encoding="utf-8"), bank, name)
    details = dict(imported.details)
    from desktop_app.core.assessment import Assessment

    return Assessment(
        client=details.get("client", "Client"),
        project=details.get("project", "Project"),
        workshop_date=details.get("workshop_date", ""),
        facilitator=details.get("facilitator", ""),
        participants=tuple(imported.participants or ()),
        answers={a.question: a for a in imported.answers},
        plan={d.key: d for d in imported.plan},
        currency="EUR",
    )


@pytest.fixture(scope="module")
def built(real_bank, tmp_path_factory):
    """Both samples on both papers, built once."""
    folder = tmp_path_factory.mktemp("client")
    out = {}
    for name in sorted(p.name for p in SAMPLES.glob("*.json")):
        assessment = sample(real_bank, name)
        for paper in ("a4", "letter"):
            path = folder / f"{name}-{paper}.pdf"
            write_report(real_bank, assessment, path, ReportOptions(paper=paper, generated=FIXED))
            out[(name, paper)] = (path, assessment)
    return out


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


# -- navigation ------------------------------------------------------------------------------


def test_every_bookmark_and_contents_link_goes_to_the_page_of_its_heading(built):
    for path, _ in built.values():
        reader = pypdf.PdfReader(str(path))
        texts = [flat(t) for t in page_texts(path)]

        def walk(entries):
            for entry in entries:
                if isinstance(entry, list):
                    yield from walk(entry)
                else:
                    yield entry

        outline = list(walk(reader.outline))
        assert len(outline) > 10
        heading_pages = set()
        for entry in outline:
            page = reader.get_destination_page_number(entry)
            assert flat(entry.title) in texts[page], (path.name, entry.title, page)
            heading_pages.add(page)
        # the contents page's links: each lands on the page holding the linked heading
        links = 0
        for ref in reader.pages[1].get("/Annots", []) or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link" or "/Dest" not in annot:
                continue
            dest = annot["/Dest"]
            if isinstance(dest, str):
                page = reader.get_destination_page_number(reader.named_destinations[dest])
            else:
                page = reader.get_page_number(dest[0].get_object())
            assert page in heading_pages  # a contents link lands on the page where a heading is drawn
            links += 1
        assert links > 5


# -- a client copy holds no internal material ------------------------------------------------------

INTERNAL = [
    (r"\bMIT-[A-Z]+-\d+", "mitigation id"),
    (
        r"\b(context|data|compute|ethics_legal|integration|security_privacy|interpretability)\.[a-z_]+\.[a-z_]+",
        "question id",
    ),
    (r"@[0-9a-f]{7}\b|\b[0-9a-f]{40}\b", "commit hash"),
    (r"\.ya?ml\b", "YAML path"),
    (r"docs/|desktop_app/|resources/", "source path"),
    (r"3rd-party transcription|paywalled|ciso-assistant", "framework-list note"),
    (r"clamped|weighted risk points|Σ", "scoring formula"),
    (r"\bcurrency per\b", "unit without currency"),
]


def test_no_internal_material_in_a_client_copy(built):
    for path, _ in built.values():
        text = flat(data.pdf_text(path))
        for pattern, what in INTERNAL:
            found = re.search(pattern, text)
            assert found is None, f"{path.name}: {what}: {found.group(0) if found else ''}"


def test_numbers_have_at_most_two_decimals_and_dates_one_style(built, real_bank):
    # framework items such as HIPAA "164.308" are citations, not numbers: take them out first
    refs = [r for q in real_bank.all_questions() for r in q.references]
    refs += [r for m in real_bank.mitigations.values() for r in m.references]
    items = sorted({r.partition(":")[2] for r in refs if re.search(r"\d\.\d{3}", r)}, key=len, reverse=True)
    for path, _ in built.values():
        text = flat(data.pdf_text(path))
        for item in items:
            text = text.replace(item, "")
        assert not re.search(r"\d\.\d{3,}", text), re.search(r"\S*\d\.\d{3,}\S*", text).group(0)
        assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), "ISO date printed"


def test_the_dashboard_holds_decision_money_dates_and_asks(built):
    from desktop_app.report.words import decision_word

    for (name, _paper), (path, assessment) in built.items():
        texts = page_texts(path)
        page = next(flat(t) for t in texts[2:] if "1 Decision dashboard" in flat(t))
        from desktop_app.core.bank import builtin_bank_path, load_bank
        from desktop_app.core.scoring import score

        profile = score(load_bank(builtin_bank_path()), assessment)
        assert decision_word(profile.overall.decision).upper() in page, name
        assert "€" in page and "monthly run cost" in page, name
        assert "earliest pilot start" in page and "earliest production start" in page
        months = "January|February|March|April|May|June|July|August|September|October|November|December"
        assert re.search(rf"\b\d{{1,2}} ({months}) 20\d\d\b", page)
        assert "Decisions asked of you" in page and "Client sponsor" in page


# -- DRAFT exactly while the plan is not final -------------------------------------------------------


def _final(bank, assessment):
    """The assessment with every triggered action accepted, owned and dated."""
    plan = dict(assessment.plan)
    for it in build_plan(bank, assessment).items:
        old = plan.get(it.key) or PlanDecision(it.key)
        status = old.status if old.status in ("accepted", "done", "rejected") else "accepted"
        due = it.due_date or "2027-01-15"
        plan[it.key] = replace(old, status=status, owner=old.owner or "Dana Owner", due_date=due)
    return replace(assessment, plan=plan)


def test_draft_on_every_page_exactly_while_the_plan_is_not_final(real_bank, tmp_path):
    draft = sample(real_bank, "healthcare-synthetic-imaging.json")
    final = _final(real_bank, draft)
    for assessment, expect in ((draft, True), (final, False)):
        path = tmp_path / f"{expect}.pdf"
        write_report(real_bank, assessment, path, ReportOptions(generated=FIXED))
        texts = page_texts(path)
        marked = ["DRAFT" in t for t in texts]
        assert marked == [expect] * len(texts), (expect, marked)
        raw = path.read_bytes()
        assert (b"WATERMARK" in raw) is False  # the mark is outlines, not text
    # one more owner missing makes it a draft again
    key = next(k for k, d in final.plan.items() if d.status == "accepted")
    again = replace(final, plan={**final.plan, key: replace(final.plan[key], owner="")})
    path = tmp_path / "again.pdf"
    write_report(real_bank, again, path, ReportOptions(generated=FIXED))
    assert all("DRAFT" in t for t in page_texts(path))


# -- user text in owners and answer labels is text ---------------------------------------------


def test_a_typed_link_in_an_owner_or_an_answer_never_becomes_a_link(real_bank, tmp_path):
    link = '<a href="https://evil.invalid/x">click</a>'
    assessment = sample(real_bank, "healthcare-synthetic-imaging.json")
    text_q = next(q for q in real_bank.all_questions() if q.type == "text" and not q.computed)
    plan = {k: replace(d, owner=link, note=link) for k, d in assessment.plan.items()}
    answers = {**assessment.answers, text_q.id: Answer(text_q.id, link)}
    hostile = replace(assessment, plan=plan, answers=answers, currency="EUR")
    path = tmp_path / "links.pdf"
    write_report(real_bank, hostile, path, ReportOptions(generated=FIXED))
    raw = path.read_bytes()
    assert b"/URI" not in raw and b"/Launch" not in raw
    text = data.squash(data.pdf_text(path))
    assert data.squash(link) in text  # printed literally, in the plan (owner) and Appendix A (answer)
    assert text.count(data.squash(link)) >= 2


# -- reproducible --------------------------------------------------------------------------------


def test_two_builds_with_a_fixed_date_are_byte_identical(real_bank, tmp_path):
    assessment = sample(real_bank, "financial-fraud-detection.json")
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path in (a, b):
        write_report(real_bank, assessment, path, ReportOptions(generated=FIXED))
    assert a.read_bytes() == b.read_bytes()
    assert long_date(FIXED.date()) in data.pdf_text(a)


# -- encryption ----------------------------------------------------------------------------------


def test_encryption_happens_in_memory_with_a_random_owner_password(real_bank, tmp_path, monkeypatch):
    import builtins

    from pypdf.constants import UserAccessPermissions as Allow

    written: list[bytes] = []
    real_open = builtins.open

    class Spy:
        def __init__(self, fh):
            self.fh = fh

        def write(self, chunk):
            written.append(bytes(chunk))
            return self.fh.write(chunk)

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            self.fh.__enter__()
            return self

        def __exit__(self, *exc):
            return self.fh.__exit__(*exc)

    def spying_open(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        # the report is written to an unnamed temporary file (/proc/self/fd/N) first, see core/files.py
        target = str(file)
        return Spy(fh) if "w" in mode and (target.endswith(".pdf") or target.startswith("/proc/self/fd/")) else fh

    monkeypatch.setattr(builtins, "open", spying_open)
    path = tmp_path / "locked.pdf"
    assessment = sample(real_bank, "healthcare-synthetic-imaging.json")
    write_report(real_bank, assessment, path, ReportOptions(password="pw 1", generated=FIXED))
    monkeypatch.undo()
    everything = b"".join(written)
    assert everything and b"/Encrypt" in everything
    assert assessment.client.encode() not in everything  # no plaintext PDF bytes ever reached a file
    reader = pypdf.PdfReader(str(path))
    assert reader.decrypt("pw 1") == pypdf.PasswordType.USER_PASSWORD  # the user password is not the owner's
    perms = reader.user_access_permissions
    assert Allow.PRINT in perms and Allow.EXTRACT in perms
    assert Allow.MODIFY not in perms and Allow.ADD_OR_MODIFY not in perms and Allow.ASSEMBLE_DOC not in perms
    # a second build gets another owner password: the /O entries differ
    other = tmp_path / "locked2.pdf"
    write_report(real_bank, assessment, other, ReportOptions(password="pw 1", generated=FIXED))
    o1 = pypdf.PdfReader(str(path)).trailer["/Encrypt"].get_object()["/O"]
    o2 = pypdf.PdfReader(str(other)).trailer["/Encrypt"].get_object()["/O"]
    assert o1 != o2


# -- a very long note -------------------------------------------------------------------------------


BIG_NOTE_SCRIPT = """
import sys
from desktop_app.core.assessment import Answer
from desktop_app.core.bank import load_bank
from desktop_app.report import write_report
from tests.conftest import MINI_BANK
from tests.unit import test_report_data as data

bank = load_bank(MINI_BANK)
base = data.mixed(bank)
qid = next(iter(base.answers))
note = open(sys.argv[1], encoding="utf-8").read()
pages = write_report(bank, base.with_answer(Answer(qid, base.answers[qid].value, note=note)), sys.argv[2])
import re, resource
# the peak of this process since exec: VmHWM (ru_maxrss would include the forking parent's size)
try:
    with open("/proc/self/status", encoding="ascii") as fh:
        peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", fh.read()).group(1))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(pages, peak)  # KB
"""


def test_a_1_mb_note_is_printed_in_full_with_bounded_memory(tmp_path):
    """Built in a child process that reports its own peak memory; the timeout only guards a hang."""
    import subprocess
    import sys

    words = " ".join(f"w{i}" for i in range(200_000))
    note = (words + " " + "Q" * 20_000)[:1_000_000]
    source, path = tmp_path / "note.txt", tmp_path / "huge.pdf"
    source.write_text(note, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", BIG_NOTE_SCRIPT, str(source), str(path)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    pages, peak_kb = (int(v) for v in done.stdout.split())
    peak_mb = peak_kb / 1024
    assert pages > 150
    assert peak_mb < 400, f"peak {peak_mb:.0f} MB"  # the note is 1 MB; before the fix it passed 1.2 GB
    assert data.squash(note) in data.squash(data.body_text(path))


@pytest.fixture(scope="module")
def bank_mini():
    from desktop_app.core.bank import load_bank
    from tests.conftest import MINI_BANK

    return load_bank(MINI_BANK)


# -- scripts ---------------------------------------------------------------------------------------

HEBREW = "שלום עולם זו הערה בעברית"
ARABIC = "مرحبا بالعالم هذه ملاحظة"
DEVANAGARI = "नमस्ते दुनिया"
THAI = "สวัสดีชาวโลก"


def test_right_to_left_text_extracts_in_logical_order_and_other_scripts_use_their_font(bank_mini, tmp_path):
    base = data.mixed(bank_mini)
    qids = list(base.answers)[:4]
    notes = [HEBREW, f"Budget 120 {ARABIC} end", f"Hindi: {DEVANAGARI}", f"Thai: {THAI}"]
    assessment = base
    for qid, note in zip(qids, notes, strict=True):
        assessment = assessment.with_answer(Answer(qid, base.answers[qid].value, note=note))
    path = tmp_path / "scripts.pdf"
    write_report(bank_mini, assessment, path, ReportOptions(generated=FIXED))
    text = unicodedata.normalize("NFKC", data.pdf_text(path))
    bare = data.squash(re.sub("[\u202a-\u202e]", "", text))  # pdftotext marks the runs it reversed
    assert HEBREW in text
    assert data.squash(f"Budget 120 {ARABIC} end") in bare  # mixed with digits and Latin: still logical
    assert THAI in text
    pypdf_text = unicodedata.normalize("NFKC", " ".join(page_texts(path)))
    assert HEBREW in pypdf_text and ARABIC in pypdf_text
    assert "[U+0" not in text  # no marker: a bundled font has every glyph
    fonts = set()
    for page in pypdf.PdfReader(str(path)).pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(ref.get_object()["/BaseFont"]))
    for family in ("NotoSansHebrew", "NotoSansArabic", "NotoSansDevanagari", "NotoSansThai"):
        assert any(family in f for f in fonts), family


# -- layout ----------------------------------------------------------------------------------------


def _words(path: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, yMin, yMax, font size estimate, word) of every word, from pdftotext -bbox."""
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True).stdout.decode()
    out = []
    for page, body in enumerate(html.split("<page ")[1:]):
        pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<'
        for y0, y1, word in re.findall(pattern, body):
            out.append((page, float(y0), float(y1), float(y1) - float(y0), word))
    return out


def test_a_long_client_name_keeps_the_cover_on_one_page_and_the_footer_below_its_rule(bank_mini, tmp_path):
    from desktop_app.report.document import FOOTER_RULE_Y

    name = "Very Long Client Name Holding Company " * 9
    assessment = replace(data.mixed(bank_mini), client=name.strip(), project="Project " * 30)
    for paper in ("a4", "letter"):
        path = tmp_path / f"long-{paper}.pdf"
        write_report(bank_mini, assessment, path, ReportOptions(paper=paper, generated=FIXED))
        texts = page_texts(path)
        assert "Contents" in texts[1]  # the cover did not spill onto page 2
        height = float(pypdf.PdfReader(str(path)).pages[0].mediabox.height)
        rule_from_top = height - FOOTER_RULE_Y
        footer = [w for w in _words(path) if w[0] > 0 and w[1] > height - 60]
        assert footer
        assert all(y0 > rule_from_top for _p, y0, _y1, _h, _w in footer)  # every footer word below the rule


def test_no_text_is_smaller_than_8_pt(built):
    """Word boxes from pdftotext: a glyph box of 8 pt text is at least about 8 pt tall."""
    path, _ = built[("healthcare-synthetic-imaging.json", "a4")]
    heights = [h for _p, _y0, _y1, h, w in _words(path) if w.strip()]
    small = [h for h in heights if h < 7.9]
    assert heights and not small, f"{len(small)} words under 8 pt, smallest {min(small):.1f}"


def test_a_long_word_in_a_narrow_cell_breaks_only_at_a_hyphen(bank_mini):
    """ "Sustainability" in a cell too narrow for it is hyphenated ("Sustain-/ability"), never cut bare."""
    from reportlab.platypus import Paragraph

    from desktop_app.report.fonts import register_fonts
    from desktop_app.report.styles import make_styles

    register_fonts()
    style = make_styles().cell
    para = Paragraph("Sustainability and interpretability lead", style)
    para.wrap(48, 1000)
    lines = [" ".join(line[1]) for line in para.blPara.lines]  # (width, words) per line
    words = {"Sustainability", "and", "interpretability", "lead"}
    for line in lines[:-1]:
        last = line.split()[-1]
        assert last in words or last.endswith("-"), lines


def test_the_dont_know_sentence_says_the_truth_can_be_worse(built):
    path, _ = built[("healthcare-synthetic-imaging.json", "a4")]
    text = flat(data.pdf_text(path))
    assert "can only improve" not in text
    assert "better or worse" in text


def test_a_long_hebrew_note_wraps_with_its_lines_in_reading_order(bank_mini, tmp_path):
    base = data.mixed(bank_mini)
    qid = next(q for q in base.answers if not q.startswith("context."))  # shown in section 3 and Appendix A
    words = [f"מילה{'אבגדהוזחטיכלמנסעפצקרשת'[i % 22]}" for i in range(120)]
    note = " ".join(words)
    assessment = base.with_answer(Answer(qid, base.answers[qid].value, note=note))
    path = tmp_path / "hebrew.pdf"
    write_report(bank_mini, assessment, path, ReportOptions(generated=FIXED))
    text = re.sub("[\u202a-\u202e]", "", data.body_text(path))
    lines = [line for line in text.splitlines() if "מילה" in line]
    assert len(lines) > 3  # a paragraph of several lines
    # read top to bottom, both copies (the challenge section and Appendix A) are in the logical order
    assert data.squash("".join(lines)).count(data.squash(note)) == 2


REASON_CASES = [
    ("blocker", {"question": "Q"}),
    ("open_stop_question", {"question": "Q"}),
    ("weakest_link", {"challenge": "data", "question": "Q"}),
    ("control_missing", {"tier": "III", "control": "dpia", "phase": 0}),
    ("control_unknown", {"tier": "III", "control": "dpia", "phase": 1}),
    ("critical_challenges", {"challenges": ["data"]}),
    ("high_challenges", {"challenges": ["data"]}),
    ("medium_challenges", {"challenges": ["data"]}),
    ("not_assessed", {"challenges": ["data"]}),
    ("overall_risk_high", {"risk": 61.23456, "threshold": 50.0}),
    ("unknown_answers", {"count": 3}),
    ("conditions", {"count": 2, "unowned": 1}),
    ("conditions_missing", {"unowned": 4}),
    ("all_clear", {"approver": "<b>Board</b>"}),
    ("nothing_assessed", {}),
]


@pytest.mark.parametrize(("code", "params"), REASON_CASES)
def test_every_reason_code_reads_as_a_sentence_with_text_escaped(bank_mini, code, params):
    from desktop_app.report.reasons import reason_markup

    text = reason_markup(code, params, bank_mini, lambda _q: '<a href="x">answer</a>')
    assert code not in text  # words, not the code
    assert "<a href" not in text and "<b>Board</b>" not in text  # answers and names are escaped
    assert not re.search(r"\d\.\d{3,}", text)
    assert reason_markup("a_new_code", {}, bank_mini, str) == "a_new_code"  # never hidden


SUBHEADINGS = {
    "Consultant's notes",
    "Recommended actions",
    "What drives the level",
    "Roadmap",
    "Budget",
    "Responsibilities (RACI)",
    "What matters most",
    "Decisions asked of you",
    "Why this decision",
}


def test_no_heading_is_left_alone_at_a_page_foot(built):
    import subprocess

    for path, _ in built.values():
        pages = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        for number, page in enumerate(pages.split("\f"), start=1):
            lines = [ln.strip() for ln in page.splitlines() if ln.strip() and "prepared for" not in ln]
            assert not lines or lines[-1] not in SUBHEADINGS, (path.name, number, lines[-1])
