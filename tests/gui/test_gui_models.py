"""The Qt models without a window."""

from __future__ import annotations

from desktop_app.core.assessment import Answer
from desktop_app.core.plan import build_plan
from desktop_app.core.scoring import score
from desktop_app.gui.models.navigator import NavigatorFilter, NavigatorModel
from desktop_app.gui.models.plan_table import COL_OWNER, COL_STATUS, PlanTableModel
from desktop_app.gui.models.recent_files import COL_DECISION, COL_FILE, RecentFilesModel
from desktop_app.gui.settings import RecentFile, Settings


def test_navigator_filter_keeps_parents_of_matching_questions(qapp, mini_bank, doc_path):
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(doc_path, readonly=True) as doc:
        a = doc.assessment().with_answer(Answer("data.collection.main", "good"))
    model = NavigatorModel()
    model.set_rows(mini_bank, a, score(mini_bank, a))
    proxy = NavigatorFilter()
    proxy.setSourceModel(model)
    proxy.set_mode("unanswered")
    ids = proxy.question_ids()
    assert "data.collection.main" not in ids and "data.collection.scale_q" in ids
    proxy.set_mode("all")
    proxy.set_text("collection mature")
    assert proxy.question_ids() == ["data.collection.main"]


def test_plan_table_shows_owner_role_until_an_owner_is_set(qapp, mini_bank, doc_path):
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(doc_path, readonly=True) as doc:
        a = doc.assessment().with_answer(Answer("data.collection.main", "weak"))
    items = build_plan(mini_bank, a).items
    model = PlanTableModel()
    model.set_rows(items)
    assert model.rowCount() == len(items) > 0
    assert model.index(0, COL_STATUS).data() == "Proposed"
    role = items[0].owner_role
    assert model.index(0, COL_OWNER).data() == (f"({role})" if role else "")


def test_recent_files_model_marks_missing_files(qapp, tmp_path):
    model = RecentFilesModel()
    model.set_rows([RecentFile(str(tmp_path / "gone.readiness"), "C", "P", "2026-01-01", "pilot_only")])
    assert model.index(0, COL_DECISION).data() == "Pilot only"
    assert "(missing)" in model.index(0, COL_FILE).data()


def test_received_files_join_recent_but_stay_untrusted(qapp, tmp_path):
    s = Settings()
    path = tmp_path / "x.readiness"
    s.add_recent(RecentFile(str(path), "C", "P"), remember=False)
    assert s.recent_files()[0].client == "C"
    assert not s.is_known(path)
    s.remember_file(path)
    assert s.is_known(path)
