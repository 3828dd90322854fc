"""Assessments for the report tests (no tests here): mixed, all unknown, long notes, hostile, scripts.

Shared by ``test_report*.py``; built directly from a bank so the tests need no files.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

from desktop_app.core.assessment import Answer, Assessment, Participant
from desktop_app.core.bank import Question, QuestionBank

HOSTILE = (
    '<b>not bold</b> & <img src="/etc/passwd"/> <font color="red">not red</font> '
    '<a href="http://example.invalid/x">no link</a> <para>x</para> &amp; &lt; <br/> </font>'
)
SCRIPTS = "Zażółć gęślą jaźń · Ελληνικά κείμενα · Кириллица текст · 中文字符测试 · 日本語 · 한국어 · 🚀"
PARTICIPANTS = (
    Participant("Ana Souza", "CIO", "Client"),
    Participant("Иван Петров", "Data protection officer", "Client"),
    Participant("Δήμητρα Κ.", "Clinical lead", "Client"),
)


def _value(q: Question, rng: random.Random) -> object:
    if q.type == "multi":
        plain = [o for o in q.options if not o.exclusive]
        return [rng.choice(plain or list(q.options)).id]
    if q.type == "scale":
        return rng.randint(0, 4)
    if q.options:
        return rng.choice(q.options).id
    if q.type == "number":
        return q.minimum if q.minimum is not None else 1
    return "Free text answer"


def _questions(bank: QuestionBank) -> list[Question]:
    return [q for q in bank.all_questions() if not q.computed]


def mixed(bank: QuestionBank, seed: int = 7) -> Assessment:
    """Varied answers with short notes and some unknowns."""
    rng = random.Random(seed)
    answers = {}
    for q in _questions(bank):
        value = _value(q, rng)
        if q.type != "text" and q.allow_unknown and rng.random() < 0.1:
            value = "unknown"
        note = rng.choice(["", "", f"Note on {q.id}: checked with the team."])
        answers[q.id] = Answer(q.id, value, note=note, confidence=rng.choice(["low", "medium", "high", "high"]))
    answers["context.industry"] = Answer("context.industry", "healthcare")
    return Assessment(
        client="Northwind Health",
        project="Synthetic imaging",
        workshop_date="2026-11-20",
        facilitator="Maria Jensen",
        participants=PARTICIPANTS,
        bank_id=bank.id,
        bank_version=bank.version,
        answers=answers,
    )


def all_unknown(bank: QuestionBank) -> Assessment:
    answers = {
        q.id: Answer(q.id, "unknown" if q.type != "text" else "?", confidence="low")
        for q in _questions(bank)
        if q.allow_unknown or q.type == "text"
    }
    return Assessment(client="Unknown Co", project="Everything unknown", workshop_date="2026-01-05", answers=answers)


def long_notes(bank: QuestionBank, length: int = 10_000) -> Assessment:
    """Every answer has a note of ``length`` characters (words, plus one unbroken run)."""
    base = mixed(bank)
    answers = {}
    for i, (qid, ans) in enumerate(base.answers.items()):
        words = f"note{i} " + " ".join(f"word{j}" for j in range(length))
        text = (words[: length - 400] + " " + "Z" * 399)[:length]
        answers[qid] = Answer(qid, ans.value, note=text, confidence=ans.confidence)
    return Assessment(client=base.client, project=base.project, workshop_date=base.workshop_date, answers=answers)


def hostile(bank: QuestionBank) -> Assessment:
    base = mixed(bank)
    answers = {qid: Answer(qid, a.value, note=HOSTILE, confidence=a.confidence) for qid, a in base.answers.items()}
    return Assessment(
        client='<b>Evil</b> & Co <img src="x.png"/>',
        project='<font color="red">Project</font> & "quotes"',
        workshop_date="2026-11-20",
        facilitator="<i>Mallory</i>",
        participants=(Participant("<b>Eve</b>", "<br/>", "&amp;"),),
        answers=answers,
    )


def scripts(bank: QuestionBank) -> Assessment:
    base = mixed(bank)
    answers = {qid: Answer(qid, a.value, note=SCRIPTS, confidence=a.confidence) for qid, a in base.answers.items()}
    return Assessment(
        client="Zakład Łódź · Ωμέγα · Омега · 北京",
        project="Проект Δ 项目",
        workshop_date="2026-11-20",
        facilitator="Łukasz Żółć",
        participants=PARTICIPANTS,
        answers=answers,
    )


def pdf_text(path: Path, password: str | None = None) -> str:
    """The text of a PDF: pdftotext when installed, else pypdf."""
    if shutil.which("pdftotext") and password is None:
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
        return out.stdout.decode("utf-8")
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def body_text(path: Path) -> str:
    """The text inside the body frame only (running header and footer cropped away), so a note that
    continues on the next page reads as one piece."""
    from pypdf import PdfReader

    height = float(PdfReader(str(path)).pages[0].mediabox.height)
    top, bottom = 60, 50  # points: below the header rule, above the footer rule
    crop = ["-x", "0", "-y", str(top), "-W", "2000", "-H", str(int(height - top - bottom))]
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *crop, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def squash(text: str) -> str:
    """Whitespace removed, so text wrapped across lines and pages compares equal."""
    return re.sub(r"\s+", "", text)
