"""Issue 12: a pejlemærke's status is one Danish word in every screen, on the phones and in the referat
(kandidat / kortliste / valgt / fravalgt), while the meeting file keeps the stable values
(candidate / shortlisted / chosen / rejected) so files move between versions."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.meeting_builders import build
from workshop.candidate_status import LABELS, STATUSES
from workshop.db import Database
from workshop.meetingfile.export import meeting_document
from workshop.room.view import member_view, read_snapshot
from workshop.services import agenda, candidates, capture, meetings, voting
from workshop.services import referat as referat_service

from ui.context import AppContext
from ui.models.candidate_model import STATUS
from ui.models.item_models import candidate_model
from ui.panels.dot_voting import VotesView
from ui.panels.meeting_edits import MeetingEdits

WORDS = {"candidate": "kandidat", "shortlisted": "kortliste", "chosen": "valgt", "rejected": "fravalgt"}


def test_one_word_per_status_everywhere_and_stable_values_in_the_file(sqlite_db: Database, qtbot: QtBot) -> None:
    assert LABELS == WORDS and tuple(WORDS) == STATUSES
    db = sqlite_db
    w = build(db)
    item = w.items[2]
    group = capture.add_group(db, item, name="Gruppe 1", member_ids=w.member_ids[:3]).id
    assert group is not None
    titles = {"candidate": "Tillid", "shortlisted": "Nærhed", "chosen": "Tryghed", "rejected": "Fart"}
    ids = {}
    for n, (status, title) in enumerate(titles.items()):
        cand = candidates.add_candidate(db, item, title=title).id
        assert cand is not None
        voting.set_member_votes(db, cand, w.member_ids[n], 1)
        candidates.update_candidate(db, cand, status=status)
        ids[status] = cand
    meetings.set_current_step(db, w.meeting_id, item, "votes")

    # The layouts: the candidate tree and the ranking are views of the one model's status column.
    ctx = AppContext(db)
    model = candidate_model(ctx, item)
    assert {model.title(i): model.item(model.row_of(i), STATUS).text() for i in ids.values()} == {
        titles[s]: WORDS[s] for s in WORDS}
    votes = VotesView(ctx, MeetingEdits(ctx))
    qtbot.addWidget(votes)
    votes.set_item(agenda.get_item(db, item))
    ranked = votes.ranked
    assert ranked is not None
    assert {ranked.index(r, 0).data(): ranked.index(r, STATUS).data() for r in range(ranked.rowCount())} == {
        titles[s]: WORDS[s] for s in WORDS}

    # The phones (the votes step leaves out the rejected ones).
    phone = member_view(read_snapshot(db, w.meeting_id), w.member_ids[0])
    assert {c["title"]: c["status"] for c in phone["votes"]["candidates"]} == {
        titles[s]: WORDS[s] for s in WORDS if s != "rejected"}

    # The referat's results of the item, as the decision editor and the PDF draft them.
    _locked, blocks = referat_service.printed_results(db, w.meeting_id)
    rows = {row[0]: row[-1] for block in blocks[item] if block.kind == "table" and block.rows[0][-1] == "Status"
            for row in block.rows[1:]}
    printed = " ".join(block.text + " ".join(block.items) for block in blocks[item])
    assert rows == {titles[s]: WORDS[s] for s in WORDS if s != "chosen"}, rows  # "Øvrige kandidater"
    assert titles["chosen"] in printed  # the chosen ones are listed as "Valgte pejlemærker"

    # The meeting file: the stable values, never the words.
    [doc_item] = [i for i in meeting_document(db, w.meeting_id)["meeting"]["items"] if i.get("candidates")]
    assert {c["title"]: c["status"] for c in doc_item["candidates"]} == {titles[s]: s for s in WORDS}

