"""The PDF deployment plan, issue 12's later parts: one-pass contents, currency, firm settings, budget in
money, right-to-left table cells, Devanagari copy-text and where the room disagreed."""

from __future__ import annotations

import itertools
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest

from desktop_app.report import ReportOptions, write_report
from tests.unit import test_report_data as data
from tests.unit.test_report_client import flat, sample

FIXED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def real_bank():
    from desktop_app.core.bank import builtin_bank_path, load_bank

    return load_bank(builtin_bank_path())


@pytest.fixture(scope="module")
def healthcare(real_bank, tmp_path_factory):
    assessment = sample(real_bank, "healthcare-synthetic-imaging.json")
    path = tmp_path_factory.mktemp("more") / "healthcare.pdf"
    write_report(real_bank, assessment, path, ReportOptions(generated=FIXED))
    return path, assessment


def layout_text(path: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
    )
    return out.stdout.decode("utf-8")


# -- one layout pass --------------------------------------------------------------------------


def test_contents_page_numbers_are_the_pages_of_their_headings(healthcare):
    """The contents list is laid out before its page numbers are known (one pass); the numbers it
    finally prints must still be the pages where each heading is drawn."""
    path, _ = healthcare
    texts = [flat(page.extract_text() or "") for page in pypdf.PdfReader(str(path)).pages]
    entries = []
    for line in layout_text(path, 2).splitlines():
        found = re.match(r"^\s*(\S.*?)\s*(?:\.\s*){3,}(\d+)\s*$", line)
        if found:
            entries.append((flat(found.group(1)), int(found.group(2))))
    assert len(entries) > 10
    for title, page in entries:
        assert 2 < page <= len(texts)
        assert title in texts[page - 1], (title, page)


def test_every_page_says_page_x_of_the_real_total(healthcare):
    path, _ = healthcare
    reader = pypdf.PdfReader(str(path))
    total = len(reader.pages)
    for n in range(2, total + 1):
        assert f"Page {n} of {total}" in (reader.pages[n - 1].extract_text() or "")


def test_the_report_is_laid_out_in_one_pass(real_bank, tmp_path, monkeypatch):
    """Each flowable is laid out once per report: a second pass doubled the time of a report."""
    from desktop_app.report import document

    builds = []
    original = document.ReportTemplate.build

    def counting(self, *args, **kwargs):
        builds.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(document.ReportTemplate, "build", counting)
    write_report(real_bank, sample(real_bank, "healthcare-synthetic-imaging.json"), tmp_path / "one.pdf")
    assert builds == [1]


# -- the firm: name and logo on the cover, its disclaimer in document control ----------------------


def png_bytes(width: int = 120, height: int = 40) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (27, 79, 114)).save(out, format="PNG")
    return out.getvalue()


def huge_png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` (a decompression bomb's first bytes)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"GIF89a not a logo", "not a PNG or JPEG"),
        (b"%PDF-1.7 a pdf renamed", "not a PNG or JPEG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "could not be read"),
        ("truncated", "could not be read"),
        ("huge", "pixels a side"),
        ("big", "5000 × 5000 pixels"),
        ("large", "at most 2 MB"),
    ],
)
def test_a_hostile_logo_is_refused_with_a_sentence(tmp_path, content, says):
    from desktop_app.report.logo import LogoProblem, read_logo

    if content == "truncated":
        content = png_bytes(400, 400)[:300]
    elif content == "huge":
        content = huge_png_header(60000, 60000)
    elif content == "big":
        content = huge_png_header(5000, 5000)
    elif content == "large":
        content = b"\x89PNG\r\n\x1a\n" + b"\x00" * (3 * 1024 * 1024)
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    with pytest.raises(LogoProblem, match=says):
        read_logo(path)


def test_a_logo_that_is_a_pipe_or_a_folder_is_refused_without_waiting(tmp_path):
    import os

    from desktop_app.report.logo import LogoProblem, read_logo

    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    with pytest.raises(LogoProblem, match="not a regular file"):
        read_logo(fifo)
    with pytest.raises(LogoProblem, match="folder"):
        read_logo(tmp_path)
    with pytest.raises(LogoProblem, match="does not exist"):
        read_logo(tmp_path / "none.png")


def test_the_cover_shows_firm_and_logo_and_document_control_the_disclaimer(real_bank, tmp_path):
    logo = tmp_path / "firm.png"
    logo.write_bytes(png_bytes())
    path = tmp_path / "firm.pdf"
    disclaimer = "Prepared under the engagement letter of 3 March 2026; not for reliance by third parties."
    options = ReportOptions(firm_name="Meridian Advisory", logo=logo, disclaimer=disclaimer, generated=FIXED)
    write_report(real_bank, sample(real_bank, "healthcare-synthetic-imaging.json"), path, options)
    reader = pypdf.PdfReader(str(path))
    cover = flat(reader.pages[0].extract_text())
    assert "MERIDIAN ADVISORY" in cover and "Meridian Advisory" in cover
    assert list(reader.pages[0].images), "the logo is drawn on the cover"
    whole = flat(" ".join(p.extract_text() or "" for p in reader.pages))
    control = whole[whole.index("Document control") :]
    assert disclaimer in control


def test_a_broken_logo_is_left_out_and_the_report_still_builds(real_bank, tmp_path):
    logo = tmp_path / "broken.png"
    logo.write_bytes(png_bytes(400, 400)[:300])
    path = tmp_path / "broken.pdf"
    write_report(real_bank, sample(real_bank, "healthcare-synthetic-imaging.json"), path, ReportOptions(logo=logo))
    assert not list(pypdf.PdfReader(str(path)).pages[0].images)


# -- the budget: effort and money per phase ------------------------------------------------------


def _section(path: Path, start: str, end: str) -> str:
    text = flat(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages))
    at = text.index(start, text.index("4 Deployment plan", text.index("Contents") + 500))
    return text[at : text.index(end, at)]


def test_the_budget_gives_effort_and_money_per_phase_with_totals_and_assumptions(healthcare, real_bank):
    from desktop_app.core.plan import build_plan
    from desktop_app.report.words import money

    path, assessment = healthcare
    budget = _section(path, "Budget", "4.1")
    bands = real_bank.cost_bands.ranges
    total_lo, total_hi = 0.0, 0.0
    open_total = False
    for phase, items in build_plan(real_bank, assessment).by_phase().items():
        lo = sum((bands[it.cost][0] or 0.0) for it in items if it.cost in bands)
        his = [bands[it.cost][1] for it in items if it.cost in bands]
        total_lo += lo
        if not items:
            continue
        if any(h is None for h in his):
            open_total = True
            expected = f"{money(lo, 'EUR')} or more"
        else:
            total_hi += sum(his)
            expected = f"{money(lo, 'EUR')} – " if lo else "up to "
            expected += money(sum(his), "EUR")
        assert expected in budget, (phase, expected)
    assert "Total" in budget
    assert (f"{money(total_lo, 'EUR')} or more" if open_total else money(total_hi, "EUR")) in budget
    # the assumptions behind the figures are stated
    assert "up to €10,000" in budget and "€10,000 – €50,000" in budget and "€50,000 or more" in budget
    assert "person-days" in budget


def test_the_budget_says_when_the_bank_prices_in_another_currency(real_bank, tmp_path):
    from dataclasses import replace

    assessment = replace(sample(real_bank, "healthcare-synthetic-imaging.json"), currency="CHF")
    path = tmp_path / "chf.pdf"
    write_report(real_bank, assessment, path, ReportOptions(generated=FIXED))
    budget = _section(path, "Budget", "4.1")
    assert "EUR" in budget and "CHF" in budget and "no exchange rate" in budget


def test_each_actions_cost_assumption_is_printed_with_it(healthcare, real_bank):
    from desktop_app.core.plan import build_plan

    path, assessment = healthcare

    def joined(text: str) -> str:
        # a word broken at a line end reads back as "review- er" or "data-loss- prevention": compare
        # without hyphens on both sides
        return re.sub(r"-\s?", "", flat(text))

    text = joined(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages))
    stated = [it for it in build_plan(real_bank, assessment).items if it.active and it.cost_assumptions]
    assert stated
    for it in stated:
        assert joined(f"Cost: {it.cost_assumptions}")[:60] in text, it.key


# -- where the room disagreed ------------------------------------------------------------------------


def polled(bank, assessment):
    """``assessment`` with three participants polled on two scored questions: one split strongly
    (answers at both ends of the scale), one where all agreed; the agreed answers carry rationales."""
    from dataclasses import replace

    from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer
    from desktop_app.core.scoring import answer_risk

    people = (
        Participant("Ana Silva", "Head of Radiology", id="p-ana"),
        Participant("Tom Berg", "DPO", id="p-tom"),
        Participant("Lea Roth", "CIO", id="p-lea"),
    )
    scored = [q for q in bank.all_questions() if q.scored and q.type == "single" and q.show_if is None]
    split_q, calm_q = scored[0], scored[1]
    by_risk = sorted(split_q.options, key=lambda o: answer_risk(bank, split_q, o.id) or 0)
    low, high = by_risk[0].id, by_risk[-1].id
    voices = {
        split_q.id: (
            ParticipantAnswer("p-ana", split_q.id, low, note="We already do this for research data."),
            ParticipantAnswer("p-tom", split_q.id, high),
            ParticipantAnswer("p-lea", split_q.id, high),
        ),
        calm_q.id: tuple(ParticipantAnswer(p.id, calm_q.id, calm_q.options[0].id) for p in people),
    }
    answers = dict(assessment.answers)
    answers[split_q.id] = Answer(
        split_q.id, high, rationale="Only the research unit has the process; the wards do not."
    )
    answers[calm_q.id] = Answer(calm_q.id, calm_q.options[0].id)
    changed = replace(assessment, participants=people, voices=voices, answers=answers)
    return changed, split_q, calm_q, (by_risk[0].label, by_risk[-1].label)


def test_where_the_room_disagreed_lists_each_voice_and_the_agreed_answer(real_bank, tmp_path):
    base = sample(real_bank, "healthcare-synthetic-imaging.json")
    assessment, split_q, calm_q, (low, high) = polled(real_bank, base)
    path = tmp_path / "room.pdf"
    write_report(real_bank, assessment, path, ReportOptions(generated=FIXED))
    text = flat(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages))
    start = text.index("Where the room disagreed The participants")  # the section, not its contents line
    section = text[start : text.index("7 Participants", start)]
    assert flat(split_q.text) in section
    assert flat(calm_q.text) not in section  # everyone agreed there
    for name in ("Ana Silva", "Tom Berg", "Lea Roth"):
        assert name in section
    unbroken = re.sub(r"-\s+|\s+", "", section)  # narrow cells hyphenate long words
    assert re.sub(r"-|\s+", "", low) in unbroken.replace("-", "")
    assert re.sub(r"-|\s+", "", high) in unbroken.replace("-", "")
    assert "We already do this for research data." in section
    assert "Agreed answer" in section and "Only the research unit has the process; the wards do not." in section
    assert "Where the room disagreed" in pypdf.PdfReader(str(path)).pages[1].extract_text()  # in the contents


def test_no_disagreement_section_without_participants_answers(healthcare):
    path, assessment = healthcare
    assert not assessment.voices
    text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    assert "Where the room disagreed" not in text


# -- right-to-left text inside table cells ------------------------------------------------------------

HEBREW_WORDS = [f"מילה{'אבגדהוזחטיכלמנסעפצקרשת'[i % 22]}" for i in range(40)]
ARABIC_WORDS = [f"كلمة{'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'[i % 28]}" for i in range(40)]


def _rtl_lines(path: Path, marker: str) -> str:
    """The body text's lines holding ``marker``, top to bottom, joined without spaces or bidi marks."""
    text = re.sub("[\u202a-\u202e]", "", data.body_text(path))
    import unicodedata

    text = unicodedata.normalize("NFKC", text)
    return data.squash("".join(line for line in text.splitlines() if marker in line))


@pytest.mark.parametrize(("words", "marker"), [(HEBREW_WORDS, "מילה"), (ARABIC_WORDS, "كلمة")])
def test_right_to_left_text_wrapping_in_table_cells_extracts_in_logical_order(real_bank, tmp_path, words, marker):
    from dataclasses import replace

    base = sample(real_bank, "healthcare-synthetic-imaging.json")
    text = " ".join(words[:30])  # several lines in a cell
    key, decision = next(iter(base.plan.items()))
    plan = {**base.plan, key: replace(decision, note=text, owner=" ".join(words[30:33]))}
    # a low-confidence answer with the same note: the follow-up list's question cell
    qid, answer = next((q, a) for q, a in base.answers.items() if not q.startswith("context."))
    answers = {**base.answers, qid: replace(answer, confidence="low", note=text)}
    assessment = replace(base, plan=plan, answers=answers)
    path = tmp_path / "rtl-cells.pdf"
    write_report(real_bank, assessment, path, ReportOptions(generated=FIXED))
    joined = _rtl_lines(path, marker)
    note = data.squash(text)
    # the plan's detail row, the follow-up table's cell (and the notes elsewhere) all read in logical order
    assert joined.count(note) >= 3, joined[:400]
    assert data.squash(" ".join(words[30:33])) in joined  # the owner cell


# -- Devanagari and Thai copy-text -----------------------------------------------------------------

DEVANAGARI = "नमस्ते दुनिया क्षत्रिय प्रबंधन और डेटा सुरक्षा हिन्दी में टिप्पणी"
THAI = "สวัสดีชาวโลก การประเมินความพร้อม"


def test_shaped_devanagari_and_thai_copy_with_every_letter(real_bank, tmp_path):
    """Shaped Devanagari is drawn with glyphs no character maps to (conjuncts, half forms); copied
    text must still hold every letter. The one known limit: the short-i sign (ि), drawn before its
    consonant, is copied before it, so words holding it are compared letter for letter, unordered."""
    from dataclasses import replace

    base = sample(real_bank, "healthcare-synthetic-imaging.json")
    qid, answer = next((q, a) for q, a in base.answers.items() if not q.startswith("context."))
    assessment = replace(base, answers={**base.answers, qid: replace(answer, note=f"{DEVANAGARI}\n\n{THAI}")})
    path = tmp_path / "indic.pdf"
    write_report(real_bank, assessment, path, ReportOptions(generated=FIXED))
    for text in (data.pdf_text(path), " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)):
        assert not re.search("[\ue000-\uf8ff]", text), "a glyph copied as a private-use code"
        shaped_lines = [line for line in text.splitlines() if line.startswith("Note:") and "डेटा" in line]
        assert shaped_lines, "the note, drawn shaped"
        words = set(" ".join(shaped_lines).split())
        for word in DEVANAGARI.split():
            if "ि" in word:
                assert any(sorted(w) == sorted(word) for w in words), word
            else:
                assert word in words, word
        assert all(word in text for word in THAI.split())


# -- the dashboard's findings speak the finding, not the question -----------------------------------


def test_the_dashboards_top_findings_are_the_options_finding_sentences(healthcare, real_bank):
    path, assessment = healthcare
    text = flat(" ".join((page.extract_text() or "") for page in pypdf.PdfReader(str(path)).pages[2:4]))
    dashboard = text[text.index("What matters most") : text.index("Decisions asked of you")]
    expected = []
    for qid, answer in assessment.answers.items():
        if not real_bank.has_question(qid):
            continue
        values = answer.value if isinstance(answer.value, list) else [answer.value]
        chosen = {str(v) for v in values}  # a scale answer is an int, its option ids strings
        expected += [flat(o.finding)[:50] for o in real_bank.question(qid).options if o.id in chosen and o.finding]
    assert sum(1 for e in set(expected) if e in dashboard) >= 2, dashboard[:600]


def test_a_control_named_by_its_question_ends_with_one_mark(real_bank):
    from desktop_app.report.reasons import reason_markup

    qid = next(q.id for q in real_bank.all_questions() if q.text.rstrip().endswith("?") and not q.is_context)
    text = reason_markup("control_missing", {"tier": "III", "control": qid, "phase": 0}, real_bank, str)
    assert not re.search(r"[?.!]\.$", text.rstrip()), text
    assert text.rstrip().endswith(("?", "."))


def test_each_challenge_section_states_the_finding_of_the_answers_that_drive_it(healthcare, real_bank):
    """Section 3's "What drives the level" speaks the bank's finding for the answer given (the same
    sentence as the dashboard), not only the question asked."""
    from desktop_app.core.scoring import score

    path, assessment = healthcare
    pages = pypdf.PdfReader(str(path)).pages
    text = re.sub(r"-\s+", "", flat(" ".join((page.extract_text() or "") for page in pages)))
    start = text.index("3 Findings by challenge Each challenge")
    section = text[start : text.index("4 Deployment plan", start)]
    profile = score(real_bank, assessment)
    expected = []
    for ch in profile.challenges:
        for d in ch.drivers:
            values = d.value if d.value is not None else assessment.answers[d.question].value
            chosen = {str(v) for v in (values if isinstance(values, list) else [values])}  # a scale answer is an int
            found = [o for o in real_bank.question(d.question).options if o.id in chosen and o.finding.strip()]
            if found:
                best = max(found, key=lambda o: (o.blocker, o.risk or 0))
                expected.append(re.sub(r"-\s+", "", flat(best.finding))[:60])
    assert len(expected) >= 5
    assert any("energy use and emissions rest on a single rough" in e for e in expected)  # a scale answer
    missing = [e for e in expected if e not in section]
    assert not missing, missing[:5]


def test_the_dashboards_reasons_name_a_missing_control_by_the_finding_of_its_answer(healthcare, real_bank):
    """A required control that is a question and was answered reads as what was found ("only a draft
    ..."), not as the question asked; a reason without an answer keeps the question."""
    from desktop_app.report.reasons import reason_markup

    path, _ = healthcare
    text = flat(" ".join((page.extract_text() or "") for page in pypdf.PdfReader(str(path)).pages[2:4]))
    why = re.sub(r"-\s+", "", text[text.index("Why this decision") :])
    finding = real_bank.question("ethics_legal.regulatory.ai_act_class").options[1].finding
    assert flat(finding)[:70] in why, why[:400]
    assert "Has the system been classified under the EU AI Act" not in why
    params = {"tier": "III", "control": "ethics_legal.regulatory.ai_act_class", "phase": 0}
    asked = reason_markup("control_unknown", params, real_bank, str, lambda _q: "")
    assert "Has the system been classified under the EU AI Act" in asked


def test_the_reasons_the_dashboard_leaves_out_are_all_in_section_3(healthcare):
    """The dashboard prints three reasons and says "… and N more in section 3": section 3 must then
    list every reason, those three and the N more."""
    path, _ = healthcare
    text = re.sub(r"-\s+", "", flat(" ".join((page.extract_text() or "") for page in pypdf.PdfReader(str(path)).pages)))
    more = re.search(r"… and (\d+) more in section 3\.", text)
    assert more, "the sample has more reasons than the dashboard shows"
    dashboard = text[text.index("Why this decision") : more.start()]
    start = text.index("3 Findings by challenge Each challenge")
    intro = text[start : text.index("3.1 ", start)]
    assert "Why this decision" in intro
    assert intro.count("•") == dashboard.count("•") + int(more.group(1)), intro[:600]
    for shown in dashboard.split("•")[1:]:
        assert flat(shown)[:60] in intro


def test_the_rooms_voices_are_printed_in_the_order_of_the_participant_list(real_bank, tmp_path):
    """The section is built from core.voices.room_disagreements: voices in the participant list's order
    (whatever order they were stored in), and a voice whose participant was removed is still printed."""
    from dataclasses import replace

    base = sample(real_bank, "healthcare-synthetic-imaging.json")
    assessment, split_q, _calm, _labels = polled(real_bank, base)
    stored = assessment.voices[split_q.id]
    from desktop_app.core.assessment import ParticipantAnswer

    gone = ParticipantAnswer("p-kim", split_q.id, stored[0].value, answered_by="Kim Osei")  # no longer listed
    voices = {**assessment.voices, split_q.id: (gone, stored[2], stored[1], stored[0])}  # Kim, Lea, Tom, Ana
    assessment = replace(assessment, voices=voices)
    path = tmp_path / "order.pdf"
    write_report(real_bank, assessment, path, ReportOptions(generated=FIXED))
    text = flat(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages))
    start = text.index("Where the room disagreed The participants")
    section = text[start : text.index("7 Participants", start)]
    assert (
        section.index("Ana Silva") < section.index("Tom Berg") < section.index("Lea Roth") < section.index("Kim Osei")
    )


def test_the_budgets_person_days_per_phase_add_up_to_its_total(healthcare, real_bank):
    """Half days (the middle of an action's range) are printed, so the phases' figures add up to the
    total a reader checks them against."""
    from desktop_app.core.plan import build_plan
    from desktop_app.report.sections.plan import person_days

    path, assessment = healthcare
    budget = _section(path, "Budget", "4.1")
    phases = re.findall(r"\d · [A-Za-z ]+? (\d+) ([\d,.]+) \d+ low", budget)
    total = re.search(r"Total (\d+) ([\d,.]+)", budget)
    assert phases and total, budget[:500]
    printed = [float(days.replace(",", "")) for _n, days in phases]
    assert sum(printed) == float(total.group(2).replace(",", ""))
    expected = sum(person_days(it) for it in build_plan(real_bank, assessment).items if it.active)
    assert float(total.group(2).replace(",", "")) == expected


def test_a_raci_mark_is_never_split_across_lines(healthcare):
    """'R × 1' and 'A × 2' in one narrow cell: each mark stays whole (a reader saw 'A ×' above a lone '2')."""
    path, _ = healthcare
    pages = [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]
    raci = next(t for t in pages if "Responsibilities (RACI)" in t and "Named person" in t)
    assert re.search(r"[RA] × \d", raci.replace("\u00a0", " "))
    assert not re.search(r"×\s*\n", raci), raci


# -- the roadmap's milestones and month axis ---------------------------------------------------------


def _gantt_parts(healthcare_plan_items, milestones):
    from datetime import date

    from reportlab.graphics.shapes import Line, Polygon, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop_app.report import charts

    rows = [(it, date(2026, 11, 12), date(2027, 1, 10 + i % 15)) for i, it in enumerate(healthcare_plan_items[:20])]
    d = charts.gantt(rows, milestones, (date(2026, 11, 12), date(2027, 11, 30)), 480)
    strings = [x for x in d.contents if isinstance(x, String)]
    lines = [x for x in d.contents if isinstance(x, Line) and x.strokeDashArray == [2, 2]]
    diamonds = [x for x in d.contents if isinstance(x, Polygon)]

    def box(s: String) -> tuple[float, float, float, float]:
        w = stringWidth(s.text, s.fontName, s.fontSize)
        x = s.x - w if s.textAnchor == "end" else s.x - w / 2 if s.textAnchor == "middle" else s.x
        return x, s.y, x + w, s.y + s.fontSize

    return d, strings, lines, diamonds, box


@pytest.mark.parametrize("gap", [0, 20, 60, 110, 300])
def test_the_roadmaps_milestone_labels_cross_no_other_milestone(healthcare, real_bank, gap):
    """Pilot and production close together: each label is clear of the other milestone's dashed line
    and diamond (a reader saw the production diamond drawn over "Pilot 18 December 2026")."""
    from datetime import date, timedelta

    from desktop_app.core.plan import build_plan

    _path, assessment = healthcare
    items = [it for it in build_plan(real_bank, assessment).items if it.active]
    pilot = date(2026, 12, 18)
    milestones = [("Pilot", pilot), ("Production", pilot + timedelta(days=gap))]
    d, strings, lines, diamonds, box = _gantt_parts(items, milestones)
    labels = [s for s in strings if s.text.startswith(("Pilot ", "Production "))]
    assert len(labels) == 2 and len(lines) == 2
    for label in labels:
        x0, y0, x1, y1 = box(label)
        assert x0 >= 0 and x1 <= d.width, label.text
        own = 0 if label.text.startswith("Pilot") else 1
        other_line = lines[1 - own]
        crosses = (
            x0 - 1 <= other_line.x1 <= x1 + 1
            and min(other_line.y1, other_line.y2) <= y1
            and max(other_line.y1, other_line.y2) >= y0
        )
        assert not crosses, (label.text, gap)
        for poly in diamonds:
            xs, ys = poly.points[0::2], poly.points[1::2]
            overlaps = min(xs) < x1 and max(xs) > x0 and min(ys) < y1 and max(ys) > y0
            assert not overlaps, (label.text, gap)


def test_the_roadmaps_month_labels_come_at_a_regular_step(healthcare, real_bank):
    from datetime import date

    from desktop_app.core.plan import build_plan

    _path, assessment = healthcare
    items = [it for it in build_plan(real_bank, assessment).items if it.active]
    _d, strings, _lines, _diamonds, box = _gantt_parts(items, [("Pilot", date(2026, 12, 18))])
    months = sorted((s for s in strings if s.y < 10), key=lambda s: s.x)
    assert len(months) >= 4
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    index = [names.index(s.text[:3]) + 12 * int(s.text[4:] or 0) for s in months]
    steps = {(b - a) % 12 for a, b in itertools.pairwise(index)}
    assert len(steps) == 1, [s.text for s in months]
    for a, b in itertools.pairwise(months):
        assert box(a)[2] < box(b)[0], (a.text, b.text)  # never overlapping


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_document_control_is_never_split_across_pages(real_bank, tmp_path, paper):
    """A page holding only the last two rows of document control (Limitations, Disclaimer) was left
    almost empty before Appendix A: the table moves whole."""
    assessment = sample(real_bank, "healthcare-synthetic-imaging.json")
    path = tmp_path / f"control-{paper}.pdf"
    write_report(real_bank, assessment, path, ReportOptions(generated=FIXED, paper=paper))
    pages = [flat(page.extract_text() or "") for page in pypdf.PdfReader(str(path)).pages]
    at = [n for n, t in enumerate(pages) if "Document control Document" in t]
    assert len(at) == 1, "the heading, with the table's first row under it"
    assert "Disclaimer" in pages[at[0]] and "Limitations" in pages[at[0]]


# -- appendix letters and partial dates ---------------------------------------------------------------


def test_appendices_are_lettered_without_a_gap_and_every_reference_finds_its_appendix(healthcare):
    """Appendix B (plan texts in full) is printed only when a table shortened one: the appendices after
    it take the next letters (the sample printed A, C, D), and "Appendix X" in the text names one that exists."""
    path, _ = healthcare
    pages = pypdf.PdfReader(str(path)).pages
    text = flat(" ".join(page.extract_text() or "" for page in pages))
    contents = flat(pages[1].extract_text() or "")
    letters = re.findall(r"Appendix ([A-Z]) [A-Z][a-z]", contents)
    assert letters == [chr(ord("A") + n) for n in range(len(letters))], letters
    assert len(letters) >= 3
    for cited in set(re.findall(r"Appendix ([A-Z])\b", text)):
        assert cited in letters, cited


def test_a_year_or_a_month_reads_as_words_like_every_other_date():
    from desktop_app.report.words import long_date

    assert long_date("2025-03") == "March 2025"
    assert long_date("2026") == "2026"
    assert long_date("2024-07-12") == "12 July 2024"
    assert long_date("2025-13") == "2025-13"  # not a date: printed as it is


def test_the_budget_share_prints_as_a_percentage(healthcare, real_bank):
    """compute.cost.budget_ratio is a fraction (0.85): the reader sees "85%", never the bare fraction."""
    from desktop_app.core.estimator import estimate

    path, assessment = healthcare
    ratio = estimate(real_bank.estimator, {q: a.value for q, a in assessment.answers.items()}).budget_ratio
    assert ratio is not None and 0 < ratio < 10
    text = flat(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages))
    question = real_bank.question("compute.cost.budget_ratio").text
    rows = [m.start() for m in re.finditer(re.escape(question.split(" (")[0]), text)]
    assert rows, "the budget share's question is printed"
    for at in rows:
        row = text[at : at + len(question) + 40]
        assert f"{round(ratio * 100)}%" in row, row
        assert f"{ratio:.2f}" not in row, row


# -- the roadmap fills its pages ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def healthcare_letter(real_bank, tmp_path_factory):
    assessment = sample(real_bank, "healthcare-synthetic-imaging.json")
    path = tmp_path_factory.mktemp("letter") / "healthcare-letter.pdf"
    write_report(real_bank, assessment, path, ReportOptions(paper="letter", generated=FIXED))
    return path, assessment


def _roadmap_pages(path: Path) -> list[str]:
    """The text of the pages from the one holding "Roadmap" to the one holding the RACI heading."""
    pages = [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]
    first = next(n for n, t in enumerate(pages) if "\nRoadmap\n" in f"\n{t}\n" and "Pilot" in t)
    last = next(n for n, t in enumerate(pages) if "Responsibilities (RACI)" in t)
    return pages[first : last + 1]


@pytest.mark.parametrize("which", ["healthcare", "healthcare_letter"])
def test_the_roadmap_draws_every_action_once_and_fills_the_page_it_starts_on(which, request, real_bank):
    """The Gantt splits at an action where the page ends: in Letter, fixed pieces of 22 actions left the
    roadmap's first page half empty; each action is still drawn exactly once."""
    from desktop_app.core.plan import build_plan
    from desktop_app.report.fonts import shorten
    from desktop_app.report.sections.plan import GANTT_MIN_ROWS

    path, assessment = request.getfixturevalue(which)
    pages = _roadmap_pages(path)
    active = [it for it in build_plan(real_bank, assessment).items if it.active]
    labels = [f"{it.phase} · {shorten(it.title, 40)}" for it in active]
    drawn = [sum(flat(page).count(flat(label)) for page in pages) for label in labels]
    assert drawn == [1] * len(labels)
    on_first = sum(1 for label in labels if flat(label) in flat(pages[0]))
    # the first page holds the actions that fit: all of them, or all but a remainder of at least the minimum
    assert on_first == len(labels) or on_first >= 30, on_first
    assert len(labels) - on_first in (0, *range(GANTT_MIN_ROWS, len(labels)))


def test_the_plan_starts_below_the_findings_when_they_leave_room(healthcare):
    """The deployment plan's heading follows the last challenge on its page (a page break before it
    left the findings' last page three quarters empty in A4)."""
    path, _ = healthcare
    pages = [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]
    at = next(n for n, t in enumerate(pages) if "4 Deployment plan" in t and "Roadmap" in t)
    before = pages[at].split("4 Deployment plan")[0]
    assert len(flat(before)) > 200, before  # more than the running header: the findings end on this page


def test_a_roadmap_split_keeps_the_minimum_on_both_sides():
    from datetime import date

    from desktop_app.core.plan import PlanItem
    from desktop_app.report import charts
    from desktop_app.report.sections.plan import GANTT_MIN_ROWS, RoadmapChart

    items = [
        PlanItem(f"a{n}", f"Action {n}", "Do it.", "compute", "costs", n // 10, "small", "low", "ML lead")
        for n in range(30)
    ]
    rows = [(it, date(2026, 12, 1), date(2027, 2, 1)) for it in items]
    chart = RoadmapChart(rows, [("Pilot", date(2027, 1, 1))], (date(2026, 11, 1), date(2027, 6, 1)), 480)
    fixed = chart.fixed_height()
    assert chart.wrap(480, 2000)[1] == pytest.approx(fixed + 30 * charts.GANTT_ROW_H)

    def split_at(rows_fitting: float) -> list[int]:
        return [len(part.rows) for part in chart.split(480, fixed + rows_fitting * charts.GANTT_ROW_H)]

    assert split_at(15) == [15, 15]
    assert split_at(25.5) == [30 - GANTT_MIN_ROWS, GANTT_MIN_ROWS]  # never a stub on the next page
    assert split_at(GANTT_MIN_ROWS - 0.5) == []  # too few fit here: the whole chart moves on


def test_a_noted_questions_text_is_printed_whole_in_its_challenge(healthcare, real_bank):
    """A partner read "... or the FCRA for credit and insura…" above a note: the questions of the bank are
    ours and short enough to print whole (only a hostile bank's runaway text is cut)."""
    path, assessment = healthcare
    text = flat(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages))
    start = text.index("3 Findings by challenge", text.index("Contents") + 500)
    section = text[start : text.index("4 Deployment plan", start)]
    noted = [
        real_bank.question(qid).text
        for qid, a in assessment.answers.items()
        if a.note.strip() and real_bank.has_question(qid) and not qid.startswith("context.")
    ]
    long_ones = [q for q in noted if len(q) > 200]
    assert long_ones, "the sample has a noted question longer than 200 characters"

    def bare(words: str) -> str:  # line-end hyphens and breaks do not count
        return re.sub(r"[\s\-\u00ad]", "", words)

    for question in noted:
        assert bare(question) in bare(section), question


@pytest.mark.parametrize("which", ["healthcare", "healthcare_letter"])
def test_no_phase_heading_is_left_without_its_first_action(which, request):
    """Each phase's heading is on the page of its first action and that action's "done when" line (a
    heading asked room only for a tall first row once stranded "4.1 Phase 0" at the foot of a page)."""
    path, _ = request.getfixturevalue(which)
    pages = [flat(page.extract_text() or "") for page in pypdf.PdfReader(str(path)).pages]
    start = next(n for n, t in enumerate(pages) if "Budget Phase Actions" in t)
    for phase in range(4):
        title = f"4.{phase + 1} Phase {phase}"
        at = next(n for n in range(start, len(pages)) if title in pages[n])
        after = pages[at].split(title, 1)[1]
        assert "No actions in this phase" in after or "Done when:" in after, (title, after[:300])
