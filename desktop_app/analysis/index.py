"""The portfolio index: a SQLite database (written with sqlite-utils) that remembers every assessment
of a folder, so a folder is read from scratch once and after that only its changed files are.

Each file is keyed by its path (relative to the folder), size, modification time and SHA-256. A
refresh lists the folder and compares: a file whose size and time are unchanged is trusted; a changed
one is hashed, and read and scored again only when its content really changed (a touched file is
not). Files are read in a process pool over every core, in bounded batches, so memory stays flat
whatever the folder's size. A damaged file stays in ``files`` with ``status = 'unreadable'`` and its
reason (it is not read again until it changes); a vanished file drops out. Every answer goes to
``answers``; notes and free-text answers go to the FTS5 table ``notes_fts`` for search across
assessments. The tables are documented in ``docs/file-format.md``.

The index is a cache (``cache_dir()``): deleting it loses nothing. One from another version of the
app, or one that is damaged, is rebuilt rather than trusted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import multiprocessing
import os
import sqlite3
import stat
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop_app import __version__
from desktop_app.analysis.reasons import DecisionReason
from desktop_app.core.bank import CHALLENGE_IDS, CHALLENGES
from desktop_app.core.errors import InputError, ReadinessError
from desktop_app.core.paths import cache_dir

#: bump when the tables change; an index with another number is rebuilt
INDEX_FORMAT = 3  # 2: every question of a bank in `questions`; 3: reasons as codes, their texts in `questions`
#: files handed to a worker at a time, and batches in flight per worker (bounds memory)
CHUNK = 16
IN_FLIGHT_PER_WORKER = 3
#: files stored per transaction
COMMIT_EVERY = 200
#: fewer changed files than this are read in this process (a pool costs about half a second to start)
POOL_THRESHOLD = 48
#: the longest search text accepted
MAX_QUERY = 500

log = logging.getLogger(__name__)
MEMORY = ":memory:"

if TYPE_CHECKING:
    import sqlite_utils

STATUS_OK = "ok"
STATUS_UNREADABLE = "unreadable"


class _NoPandasHere:
    """A finder that says "no pandas" to one thread's imports, and to no one else's."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" and threading.get_ident() == self.thread:
            raise ModuleNotFoundError("pandas is not loaded for sqlite-utils", name=name)


def import_sqlite_utils() -> ModuleType:
    """sqlite-utils, without the pandas it imports at its own import whenever it can (about 50 MB and
    0.3 s, only to map ``pandas.Timestamp`` to TEXT, a type the index never writes)."""
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    guard = _NoPandasHere() if "pandas" not in sys.modules else None
    if guard is not None:
        sys.meta_path.insert(0, guard)  # type: ignore[arg-type]
    try:
        import sqlite_utils
    finally:
        if guard is not None:
            sys.meta_path.remove(guard)  # type: ignore[arg-type]
    return sqlite_utils


def default_index_path(folder: Path) -> Path:
    key = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:16]
    return cache_dir() / f"portfolio-{key}.db"


def _fingerprint(app: Path | None = None) -> str:
    """What the cached scores depend on: the app's version and, from source, the code that reads a
    file and makes its row (every module of ``core``, the quick reader, the summary, the reasons and
    this module) under ``app`` (default: the running ``desktop_app``)."""
    digest = hashlib.sha256(f"{INDEX_FORMAT} {__version__}".encode())
    app = app or Path(__file__).resolve().parent.parent
    sources = sorted((app / "core").rglob("*.py"))
    sources += [app / "storage" / "quick_read.py"]
    sources += [app / "analysis" / name for name in ("index.py", "portfolio.py", "reasons.py")]
    for path in sources:
        if path.is_file():  # not in a frozen app, whose version then says it all
            digest.update(path.relative_to(app).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


# --------------------------------------------------------------------------------------------
# What a worker reads from one file


class AnswerRow(NamedTuple):
    """One answer as the index stores it (a tuple: 1.3 million of them cross from the workers for 10,000
    files, and a tuple pickles several times faster than a dataclass)."""

    question_id: str
    challenge: str  # "" for context questions
    kind: str  # the question's type: single, multi, yesno, number, text
    value: str  # JSON of the stored value
    answer: str  # the answer as a person reads it (option labels, the number, the text)
    note: str
    confidence: str


class QuestionRow(NamedTuple):
    """One question of a bank, for the ``questions`` table (sent once per bank, not with every answer)."""

    question_id: str
    challenge: str
    kind: str
    text: str


@dataclass(frozen=True)
class Extract:
    """One file's result: its key, and either its summary and answers or the reason it is unreadable."""

    rel: str
    size: int
    mtime_ns: int
    sha256: str
    unchanged: bool = False  # same content as indexed: nothing else was read
    row: Any = None  # a PortfolioRow (Any: analysis.portfolio imports this module)
    answers: tuple[AnswerRow, ...] = ()
    reason: str = ""
    #: the bank's questions, with the first file of each bank a worker sends (empty otherwise)
    questions: tuple[QuestionRow, ...] = ()
    #: the decision's reasons as the index stores them (``encode_reasons``; the row's own are left out)
    reasons: str = "[]"


#: the ``assessments`` table's columns, in the order of a wire record (``to_wire``) after the path
ASSESSMENT_COLUMNS = (
    "client", "project", "workshop_date", "industry", "decision", "overall_risk", "overall_level", "completion",
    "bank", *(f"risk_{c}" for c in CHALLENGE_IDS), *(f"level_{c}" for c in CHALLENGE_IDS), "reasons",
)  # fmt: skip
_BANK = ASSESSMENT_COLUMNS.index("bank")
_INSERT_ASSESSMENT = "INSERT INTO assessments (path, {}) VALUES ({})".format(
    ", ".join(ASSESSMENT_COLUMNS), ", ".join("?" * (1 + len(ASSESSMENT_COLUMNS)))
)


def to_wire(ex: Extract) -> tuple[Any, ...]:
    """One file's result as it crosses from a worker to the parent: plain tuples, strings and numbers,
    which pickle and unpickle several times faster than ``Extract``, ``PortfolioRow`` and the named
    tuples (about 1.3 million answer rows for 10,000 files). The parent stores it (``_store_batch``):
    ``(rel, size, mtime_ns, sha256, unchanged, reason, record, answers, questions)``, where ``record``
    is None (unreadable or unchanged) or the ``assessments`` row in ``ASSESSMENT_COLUMNS`` order,
    ``answers`` holds the ``AnswerRow`` fields and ``questions`` the ``QuestionRow`` fields, as tuples.
    """
    record = None
    if ex.row is not None:
        r = ex.row
        record = (
            r.client, r.project, r.workshop_date, r.industry, r.decision, r.overall_risk, r.overall_level,
            r.completion, r.bank, *(r.risks.get(c) for c in CHALLENGE_IDS), *(r.levels.get(c) for c in CHALLENGE_IDS),
            ex.reasons,
        )  # fmt: skip
    answers = tuple(map(tuple, ex.answers))
    questions = tuple(map(tuple, ex.questions))
    return (ex.rel, ex.size, ex.mtime_ns, ex.sha256, ex.unchanged, ex.reason, record, answers, questions)


#: ``json.dumps(value, ensure_ascii=False)`` builds an encoder at every call (its options are not the
#: default ones): about 0.6 microseconds, 130 times a file. The same output from one encoder each.
_JSON = json.JSONEncoder(ensure_ascii=False)
_JSON_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _answer_text(question: Any, value: Any) -> str:
    if question is None:
        return str(value)
    labels: dict[str, str] = _option_labels(question)
    if isinstance(value, list):
        return "; ".join(labels.get(v, str(v)) for v in value)
    if isinstance(value, str):
        return labels.get(value, value)
    if isinstance(value, float):
        return f"{value:g}" + (f" {question.unit}" if question.unit else "")
    return str(value)


#: question object -> its option labels by id (the bank is cached by content, so its questions are shared)
_LABELS: dict[int, tuple[Any, dict[str, str]]] = {}


def _option_labels(question: Any) -> dict[str, str]:
    cached = _LABELS.get(id(question))
    if cached is not None and cached[0] is question:
        return cached[1]
    labels = {o.id: o.label for o in question.options}
    if len(_LABELS) > 20_000:  # bounded, whatever the number of banks
        _LABELS.clear()
    _LABELS[id(question)] = (question, labels)
    return labels


def _question_rows(bank: Any) -> tuple[QuestionRow, ...]:
    return tuple(QuestionRow(q.id, q.challenge or "", q.type, q.text) for q in bank.all_questions())


def extract_file(
    path: Path, folder: Path, known_sha256: str = "", sent_banks: set[str] | None = None, quick: bool = True
) -> Extract:
    """Hash, open read-only, score and collect the answers of one file; never raises for a bad file.

    The bank's questions come with the result unless the bank is in ``sent_banks`` (then added to it).
    The file is read by ``storage.quick_read`` (the same checks, only what a summary needs), or, when it
    steps aside or ``quick`` is false, by ``ReadinessDocument.open``.
    """
    from desktop_app.analysis.portfolio import summarise_document
    from desktop_app.storage.document import ReadinessDocument
    from desktop_app.storage.quick_read import read_summary

    rel = path.relative_to(folder).as_posix()
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
            return Extract(rel, 0, 0, "", reason=f"{path.name} is not a regular file.")
        sha = file_sha256(path)
    except OSError as exc:
        return Extract(rel, 0, 0, "", reason=f"{path.name} cannot be read ({exc.strerror or exc}).")
    if known_sha256 and sha == known_sha256:
        return Extract(rel, st.st_size, st.st_mtime_ns, sha, unchanged=True)
    try:
        got = read_summary(path) if quick else None  # None: not the plain case, open it the usual way
        if got is None:
            # an encrypted file is skipped ("encrypted: password needed"), never asked for a password
            with ReadinessDocument.open(path, readonly=True, ask_password=False) as doc:
                got = doc.bank, doc.assessment()
        bank, assessment = got
        row = summarise_document(rel, bank, assessment)
        answers = []
        for qid, ans in assessment.answers.items():
            question = bank.question(qid) if bank.has_question(qid) else None
            answers.append(
                AnswerRow(
                    question_id=qid,
                    challenge=(question.challenge or "") if question else "",
                    kind=question.type if question else "",
                    value=_JSON.encode(ans.value),
                    answer="" if ans.value is None else _answer_text(question, ans.value),
                    note=ans.note,
                    confidence=ans.confidence,
                )
            )
    except ReadinessError as exc:
        return Extract(rel, st.st_size, st.st_mtime_ns, sha, reason=str(exc))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return Extract(rel, st.st_size, st.st_mtime_ns, sha, reason=f"{path.name} cannot be read ({exc}).")
    questions: tuple[QuestionRow, ...] = ()
    if sent_banks is None or row.bank not in sent_banks:
        questions = _question_rows(bank)
        if sent_banks is not None:
            sent_banks.add(row.bank)
    reasons = encode_reasons(row.reasons, _question_texts(bank))
    row = dataclasses.replace(row, reasons=())  # the codes travel as one string, not as objects
    return Extract(
        rel, st.st_size, st.st_mtime_ns, sha, row=row, answers=tuple(answers), questions=questions, reasons=reasons
    )


#: bank object -> its question texts by id (banks are cached by content, so a worker sees few)
_TEXTS: dict[int, tuple[Any, dict[str, str]]] = {}


def _question_texts(bank: Any) -> dict[str, str]:
    cached = _TEXTS.get(id(bank))
    if cached is not None and cached[0] is bank:
        return cached[1]
    texts = {q.id: q.text for q in bank.all_questions()}
    if len(_TEXTS) > 64:
        _TEXTS.clear()
    _TEXTS[id(bank)] = (bank, texts)
    return texts


# --------------------------------------------------------------------------------------------
# The decision's reasons, as codes


_REASON_DEFAULTS = {f.name: f.default for f in dataclasses.fields(DecisionReason)}
_CHALLENGE_TITLES = {cid: title for cid, title, _subs in CHALLENGES}


def encode_reasons(reasons: Iterable[DecisionReason], question_texts: Mapping[str, str]) -> str:
    """The reasons as a JSON list of objects holding only the fields that differ from their default.

    A reason's question text is left out when it is the text of its question in the bank (kept once per
    bank in ``questions``), its challenge title when it is the challenge's own: the row holds codes.
    """
    out = []
    for reason in reasons:
        rec = {k: v for k, v in _fields_of(reason).items() if v != _REASON_DEFAULTS[k] or k == "code"}
        if reason.question is not None and question_texts.get(reason.question) == reason.question_text:
            rec.pop("question_text", None)
        elif "question_text" not in rec:
            rec["question_text"] = ""  # no text of its own, though its question has one: say so
        if reason.challenge is not None and _CHALLENGE_TITLES.get(reason.challenge) == reason.challenge_title:
            rec.pop("challenge_title", None)
        elif "challenge_title" not in rec and reason.challenge is not None:
            rec["challenge_title"] = ""
        out.append(rec)
    return _JSON_COMPACT.encode(out)


def decode_reasons(data: str, question_texts: Mapping[str, str]) -> tuple[DecisionReason, ...]:
    out = []
    for rec in json.loads(data or "[]"):
        question, challenge = rec.get("question"), rec.get("challenge")
        if "question_text" not in rec and question is not None:
            rec["question_text"] = question_texts.get(question, "")
        if "challenge_title" not in rec and challenge is not None:
            rec["challenge_title"] = _CHALLENGE_TITLES.get(challenge, "")
        out.append(DecisionReason(**rec))
    return tuple(out)


class EncodedReasons(Sequence[DecisionReason]):
    """A row's reasons, decoded when a view reads them (a few microseconds), never kept decoded:
    10,000 rows hold their short code strings, not 160,000 objects."""

    __slots__ = ("_data", "_texts")

    def __init__(self, data: str, question_texts: Mapping[str, str]) -> None:
        self._data = data
        self._texts = question_texts  # the bank's, shared by every row of that bank

    def _decoded(self) -> tuple[DecisionReason, ...]:
        return decode_reasons(self._data, self._texts)

    def __len__(self) -> int:
        return len(self._decoded())

    def __getitem__(self, index: Any) -> Any:
        return self._decoded()[index]

    def __iter__(self) -> Iterator[DecisionReason]:
        return iter(self._decoded())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return self._decoded() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"EncodedReasons({self._decoded()!r})"


def _fields_of(item: Any) -> dict[str, Any]:
    names = _FIELD_NAMES.get(type(item))
    if names is None:
        names = _FIELD_NAMES[type(item)] = tuple(f.name for f in dataclasses.fields(item))
    return {name: getattr(item, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _extract_chunk(folder: str, items: Sequence[tuple[str, str]]) -> list[tuple[Any, ...]]:
    base = Path(folder)
    sent: set[str] = set()  # each bank's questions once per chunk
    return [to_wire(extract_file(base / rel, base, known, sent)) for rel, known in items]


# --------------------------------------------------------------------------------------------
# The index


@dataclass(frozen=True)
class SearchHit:
    file: str
    client: str
    project: str
    question_id: str
    question: str
    answer: str
    note: str
    snippet: str

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass
class RefreshReport:
    """What one refresh did: files read again, files unchanged, files dropped (with their reason)."""

    total: int = 0
    read: int = 0
    unchanged: int = 0
    dropped: list[tuple[str, str]] | None = None
    cancelled: bool = False


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: every word must occur (any order); operators are not parsed."""
    if len(text) > MAX_QUERY:
        raise InputError(f"search: the text is longer than {MAX_QUERY} characters")
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    if not words:
        raise InputError("search: give at least one word to look for")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


class PortfolioIndex:
    """The index of one folder, in the SQLite file ``path``."""

    def __init__(self, folder: Path, path: Path | None = None) -> None:
        self.folder = Path(folder)
        self.path = Path(path) if path else default_index_path(self.folder)
        if str(self.path) != MEMORY:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = self._open()
        self._known: set[str] = set()
        self._next_answer_id = 1
        self._banks: set[str] = set()

    # -- set-up -------------------------------------------------------------------------------
    def _open(self) -> sqlite_utils.Database:
        try:
            db = self._connect()
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall()) if db["meta"].exists() else {}
            if meta.get("fingerprint") != _fingerprint() or meta.get("folder") != str(self.folder.resolve()):
                db.close()
                self._discard()
                db = self._connect()
        except sqlite3.DatabaseError:  # a damaged cache: start again
            self._discard()
            db = self._connect()
        self._create(db)
        return db

    def _connect(self) -> sqlite_utils.Database:
        conn = sqlite3.connect(self.path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL" if str(self.path) != MEMORY else "PRAGMA journal_mode=MEMORY")
        conn.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last batch in a power cut is fine
        # loaded here, not at import: the pool's workers never need it
        db: sqlite_utils.Database = import_sqlite_utils().Database(conn)
        return db

    def _discard(self) -> None:
        if str(self.path) == MEMORY:
            return
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _create(self, db: sqlite_utils.Database) -> None:
        if db["meta"].exists():
            return
        with db.conn:
            db.table("meta").create({"key": str, "value": str}, pk="key")
            db.table("meta").insert_all(
                [
                    {"key": "format", "value": str(INDEX_FORMAT)},
                    {"key": "fingerprint", "value": _fingerprint()},
                    {"key": "folder", "value": str(self.folder.resolve())},
                    {"key": "app_version", "value": __version__},
                ]
            )
            db.table("files").create(
                {"path": str, "size": int, "mtime_ns": int, "sha256": str, "status": str, "reason": str},
                pk="path",
            )
            columns: dict[str, Any] = {
                "path": str, "client": str, "project": str, "workshop_date": str, "industry": str,
                "decision": str, "overall_risk": float, "overall_level": str, "completion": float, "bank": str,
            }  # fmt: skip
            columns.update({f"risk_{c}": float for c in CHALLENGE_IDS})
            columns.update({f"level_{c}": str for c in CHALLENGE_IDS})
            columns["reasons"] = str  # JSON: the decision's reasons (codes with parameters)
            db.table("assessments").create(columns, pk="path", foreign_keys=[("path", "files", "path")])
            # id: a stable rowid, shared by the answer's row in notes_fts
            db.table("answers").create(
                {"id": int, "path": str, "question_id": str, "challenge": str, "value": str, "answer": str,
                 "note": str, "confidence": str},
                pk="id",
                foreign_keys=[("path", "files", "path")],
            )  # fmt: skip
            db.table("answers").create_index(["path", "question_id"], unique=True)
            # each bank's question texts once, not once per answer
            db.table("questions").create(
                {"bank": str, "question_id": str, "challenge": str, "type": str, "text": str},
                pk=("bank", "question_id"),
            )
            db.table("assessments").create_index(["client"])
            db.execute(
                "CREATE VIRTUAL TABLE notes_fts USING fts5(answer, note, tokenize = 'unicode61 remove_diacritics 2')"
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> PortfolioIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- refresh ------------------------------------------------------------------------------
    def refresh(
        self,
        files: Iterable[Path],
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        workers: int | None = None,
    ) -> RefreshReport:
        """Bring the index up to date with ``files`` (all under the folder): read only what changed."""
        seen: dict[str, tuple[int, int]] = {}
        for path in files:
            try:
                st = path.stat()
            except OSError:
                continue  # vanished between listing and now: treated as gone
            seen[path.relative_to(self.folder).as_posix()] = (st.st_size, st.st_mtime_ns)
        known = {
            r[0]: (r[1], r[2], r[3], r[4])
            for r in self.db.execute("SELECT path, size, mtime_ns, sha256, status FROM files").fetchall()
        }
        self._known = set(known)
        self._banks = {r[0] for r in self.db.execute("SELECT DISTINCT bank FROM questions").fetchall()}
        self._next_answer_id = 1 + (self.db.execute("SELECT max(id) FROM answers").fetchone()[0] or 0)
        report = RefreshReport(total=len(seen), dropped=[])
        gone = sorted(set(known) - set(seen))
        self.db.execute("BEGIN")
        for rel in gone:
            self._forget(rel)
        self.db.execute("COMMIT")
        assert report.dropped is not None
        report.dropped.extend((rel, "the file is no longer in the folder") for rel in gone)
        todo = [
            (rel, known[rel][2] if rel in known and known[rel][3] == STATUS_OK else "")
            for rel, key in seen.items()
            if rel not in known or known[rel][:2] != key
        ]
        report.unchanged = base = len(seen) - len(todo)
        done = since_commit = 0
        self.db.execute("BEGIN")
        try:
            for batch in self._extract(todo, cancel, workers):
                self._store_batch(batch, report)
                done += len(batch)
                since_commit += len(batch)
                if since_commit >= COMMIT_EVERY:  # a cancelled or killed load keeps what it read
                    self.db.execute("COMMIT")
                    self.db.execute("BEGIN")
                    since_commit = 0
                if progress is not None:
                    progress(base + done, len(seen))
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        if done < len(todo):
            report.cancelled = True
        return report

    def _extract(
        self, todo: list[tuple[str, str]], cancel: Callable[[], bool] | None, workers: int | None
    ) -> Iterator[list[tuple[Any, ...]]]:
        if len(todo) < POOL_THRESHOLD or (workers or 0) == 1:
            sent = set(self._banks)
            for rel, known in todo:  # one at a time: progress and Cancel per file
                if cancel is not None and cancel():
                    return
                yield [to_wire(extract_file(self.folder / rel, self.folder, known, sent))]
            return
        chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
        n = workers or os.cpu_count() or 1
        # spawn, not fork: the GUI calls this from a thread, and forking a threaded Qt process is unsafe
        context = multiprocessing.get_context("spawn")
        pending: set[Future[list[tuple[Any, ...]]]] = set()
        queue = iter(chunks)
        with ProcessPoolExecutor(max_workers=n, mp_context=context) as pool:
            try:
                while True:
                    while len(pending) < n * IN_FLIGHT_PER_WORKER:
                        chunk = next(queue, None)
                        if chunk is None or (cancel is not None and cancel()):
                            break
                        pending.add(pool.submit(_extract_chunk, str(self.folder), chunk))
                    if not pending:
                        return
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        yield future.result()
                    if cancel is not None and cancel():
                        return
            finally:
                for future in pending:
                    future.cancel()

    def _forget(self, rel: str, keep_file: bool = False) -> None:
        # notes_fts by rowid: its path column is not indexed, so "WHERE path = ?" would scan it all
        self.db.execute("DELETE FROM notes_fts WHERE rowid IN (SELECT id FROM answers WHERE path = ?)", [rel])
        for table in ("answers", "assessments") if keep_file else ("answers", "assessments", "files"):
            self.db.execute(f"DELETE FROM {table} WHERE path = ?", [rel])

    def _store_batch(self, batch: Sequence[tuple[Any, ...]], report: RefreshReport) -> None:
        """Store several files' results (``to_wire``): each table's rows of the whole batch in one ``executemany``."""
        touched: list[tuple[int, int, str]] = []
        files: list[tuple[str, int, int, str, str, str]] = []
        records: list[tuple[Any, ...]] = []
        questions: list[tuple[str, ...]] = []
        answers: list[tuple[Any, ...]] = []
        notes: list[tuple[int, str, str]] = []
        next_id = self._next_answer_id
        for rel, size, mtime_ns, sha256, unchanged, reason, record, file_answers, bank_questions in batch:
            if unchanged:  # touched, same content: only the key moves
                touched.append((size, mtime_ns, rel))
                continue
            if rel in self._known:
                self._forget(rel, keep_file=True)
            files.append((rel, size, mtime_ns, sha256, STATUS_OK if record is not None else STATUS_UNREADABLE, reason))
            if record is None:
                continue
            records.append((rel, *record))
            bank = record[_BANK]
            if bank not in self._banks and bank_questions:
                self._banks.add(bank)
                questions.extend((bank, *q) for q in bank_questions)
            for qid, challenge, kind, value, answer, note, confidence in file_answers:
                answers.append((next_id, rel, qid, challenge, value, answer, note, confidence))
                text = answer if kind == "text" else ""
                if note.strip() or text.strip():
                    notes.append((next_id, text, note))
                next_id += 1
        self._next_answer_id = next_id
        report.unchanged += len(touched)
        report.read += len(files)
        conn = self.db.conn
        conn.executemany("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", touched)
        conn.executemany(
            "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha256, status, reason) VALUES (?, ?, ?, ?, ?, ?)",
            files,
        )
        conn.executemany(_INSERT_ASSESSMENT, records)
        conn.executemany(
            "INSERT OR IGNORE INTO questions (bank, question_id, challenge, type, text) VALUES (?, ?, ?, ?, ?)",
            questions,
        )
        conn.executemany(
            "INSERT INTO answers (id, path, question_id, challenge, value, answer, note, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            answers,
        )
        conn.executemany("INSERT INTO notes_fts (rowid, answer, note) VALUES (?, ?, ?)", notes)

    # -- reading ------------------------------------------------------------------------------
    def rows(self) -> dict[str, Any]:
        """Path -> PortfolioRow of every readable assessment in the index."""
        from desktop_app.analysis.portfolio import PortfolioRow

        texts: dict[str, dict[str, str]] = {}
        for bank, qid, text in self.db.execute("SELECT bank, question_id, text FROM questions"):
            texts.setdefault(bank, {})[qid] = text
        out: dict[str, Any] = {}
        cursor = self.db.execute("SELECT * FROM assessments")
        names = [d[0] for d in cursor.description]
        for values in cursor:
            rec = dict(zip(names, values, strict=True))
            out[rec["path"]] = PortfolioRow(
                file=rec["path"], client=rec["client"], project=rec["project"], workshop_date=rec["workshop_date"],
                industry=rec["industry"], decision=rec["decision"], overall_risk=rec["overall_risk"],
                overall_level=rec["overall_level"], completion=rec["completion"],
                levels={c: rec[f"level_{c}"] for c in CHALLENGE_IDS},
                risks={c: rec[f"risk_{c}"] for c in CHALLENGE_IDS}, bank=rec["bank"],
                reasons=EncodedReasons(rec["reasons"] or "[]", texts.get(rec["bank"], {})),
            )  # fmt: skip
        return out

    def unreadable(self) -> dict[str, str]:
        """Path -> reason, for every file in the index that could not be read."""
        rows = self.db.execute("SELECT path, reason FROM files WHERE status = ?", [STATUS_UNREADABLE]).fetchall()
        return dict(rows)

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Notes and free-text answers that contain every word of ``text``, best matches first."""
        query = fts_query(text)
        rows = self.db.execute(
            "SELECT a.path, s.client, s.project, a.question_id, coalesce(q.text, a.question_id), a.answer, a.note, "
            "CASE WHEN a.note != '' THEN snippet(notes_fts, 1, '[', ']', '…', 12) "
            "ELSE snippet(notes_fts, 0, '[', ']', '…', 12) END "
            "FROM notes_fts JOIN answers a ON a.id = notes_fts.rowid JOIN assessments s ON s.path = a.path "
            "LEFT JOIN questions q ON q.bank = s.bank AND q.question_id = a.question_id "
            "WHERE notes_fts MATCH ? ORDER BY bm25(notes_fts), a.path LIMIT ?",
            [query, limit],
        ).fetchall()
        return [SearchHit(*row) for row in rows]

    def export(self, target: Path) -> Path:
        """A standalone copy of the index at ``target`` (for DuckDB, Datasette, any SQLite tool), atomically."""
        target = Path(target)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.unlink(missing_ok=True)
        try:
            self.db.execute("VACUUM INTO ?", [str(tmp)])
            with sqlite3.connect(tmp) as conn:
                conn.execute("PRAGMA journal_mode=DELETE")
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
        return target


def open_index(folder: Path, path: Path | None = None) -> PortfolioIndex:
    """The folder's index in the cache; in memory (logged) when the cache cannot be written."""
    try:
        return PortfolioIndex(folder, path)
    except (OSError, sqlite3.Error) as exc:
        if path is not None:
            raise
        log.warning("portfolio index: cache not usable (%s); indexing in memory this time", exc)
        return PortfolioIndex(folder, Path(MEMORY))
