"""Issue 12, done when: "the number of places that render an input or a candidate is one model each".

Every screen shows an item's inputs through its ``InputModel`` and its candidates through its
``CandidateModel`` (``ui/models/``, one per item and context). A view that reads the inputs or
candidates from the services itself is a second rendering that does not follow the first: the
working groups' list of chosen pejlemærker was one, read from ``candidates.ranked`` per item.
"""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.meeting_builders import build
from tests.ui.shell import shown_window
from workshop.db import Database
from workshop.services import candidates, capture, working_groups

from ui.models.item_models import candidate_model

UI = Path(__file__).resolve().parents[2] / "ui"
# Reading an item's inputs or candidates to show them.
READS = re.compile(r"\b(candidates\.(list_candidates|ranked)|capture\.list_inputs)\b")
# Allowed: the models themselves, and the edits, which read a row to base a change on (not to show it).
ALLOWED = {UI / "models" / "input_model.py", UI / "models" / "candidate_model.py",
           UI / "panels" / "meeting_edits.py"}


def test_inputs_and_candidates_are_read_for_a_screen_only_by_their_models() -> None:
    offenders = [f"{path.relative_to(UI.parent)}:{n}: {line.strip()}"
                 for path in sorted(UI.rglob("*.py")) if path not in ALLOWED
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if READS.search(line)]
    assert offenders == []


def test_the_working_groups_chosen_pejlemaerker_follow_the_candidate_model(sqlite_db: Database, qtbot: QtBot) -> None:
    """Chosen, renamed, rejected on the group-work item: the working-group step's list follows the model."""
    window = shown_window(sqlite_db, qtbot)
    w = build(sqlite_db)
    group = capture.add_group(sqlite_db, w.items[2], name="Gruppe 1").id
    assert group is not None and window.navigator is not None and window.ctx is not None
    first = capture.add_input(sqlite_db, group, "Borgeren i centrum").id
    cand = candidates.add_candidate(sqlite_db, w.items[2], title="Borgeren først", input_ids=[first]).id  # type: ignore[list-item]
    window.navigator.reload()
    assert window.navigator.select_meeting(w.meeting_id, w.committee_id)
    window.show_panel("capture")
    panel = window.panels["capture"]
    assert panel.step.go_to(w.items[3])  # type: ignore[attr-defined]
    view = panel.working_groups  # type: ignore[attr-defined]
    model = candidate_model(window.ctx, w.items[2])
    assert view._source_models == [model]

    def shown() -> list[str]:
        return [view.source.itemText(i) for i in range(view.source.count())]

    assert shown() == ["Ingen valgte pejlemærker endnu"] and not view.from_button.isEnabled()
    window.ctx.broadcast(candidates.update_candidate(sqlite_db, cand, status="chosen"))  # type: ignore[arg-type]
    assert shown() == ["Borgeren først"] and view.from_button.isEnabled()
    window.ctx.broadcast(candidates.update_candidate(sqlite_db, cand, title="Borgeren altid først"))  # type: ignore[arg-type]
    assert shown() == ["Borgeren altid først"]
    made = view.add_from_candidate()
    [wg] = working_groups.list_working_groups(sqlite_db, w.items[3])
    assert (made, wg.name) == (wg.id, "Borgeren altid først")
    assert wg.mandate == 'Arbejde videre med pejlemærket "Borgeren altid først" og komme med forslag til udvalget.'
    assert shown() == ["Borgeren altid først (har en gruppe)"]
    window.ctx.broadcast(candidates.update_candidate(sqlite_db, cand, status="rejected"))  # type: ignore[arg-type]
    assert shown() == ["Ingen valgte pejlemærker endnu"]
