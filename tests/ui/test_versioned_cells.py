"""A table cell's text saved on top of another laptop's: both texts are shown until a person chooses
(``ui/versioned.py``). Closing that dialog without a choice (Esc, the window's close button) would
lose the typed text, which no field holds: it stays open, says so, and only an explicit
"Kassér min tekst" closes it without keeping a text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.live_laptops import OnGuiThread, committee_on_two
from tests.ui.meeting_builders import SmallMeeting
from tests.ui.shell import Dialogs
from workshop.db import Database
from workshop.services import committees

from ui import versioned
from ui.conflict_dialog import ConflictDialog
from ui.panels.committee import CommitteePanel


@pytest.fixture
def meeting(pg_db: Database) -> SmallMeeting:
    return SmallMeeting(pg_db)


@pytest.fixture
def committees_on_two(pg_db: Database, meeting: SmallMeeting,
                      qtbot: QtBot) -> Iterator[tuple[CommitteePanel, CommitteePanel]]:
    with committee_on_two(pg_db.url, meeting.committee_id, qtbot) as pair:  # type: ignore[arg-type]
        yield pair  # no live link: B's table stays as it read it


def _rename(panel: CommitteePanel, member_id: int, name: str) -> None:
    model = panel.members
    column = next(n for n, c in enumerate(model.columns) if c.field == "name")
    model.setData(model.index(model.row_of(member_id), column), name)


def _both_texts(a: CommitteePanel, b: CommitteePanel, member: int,
                theirs: str = "Anne Hansen-Berg", mine: str = "Anne B. Hansen") -> ConflictDialog:
    """A renames the member; B, whose table still shows the old name, renames it too: both texts."""
    before = len(versioned.open_dialogs)
    _rename(a, member, theirs)
    _rename(b, member, mine)
    assert len(versioned.open_dialogs) == before + 1
    dialog = versioned.open_dialogs[-1]
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    assert (dialog.mine.toPlainText(), dialog.theirs.toPlainText()) == (mine, theirs)
    return dialog


def test_closing_a_cells_conflict_without_a_choice_keeps_the_typed_text_until_a_person_chooses(
        committees_on_two: tuple[CommitteePanel, CommitteePanel], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = committees_on_two
    member = meeting.members[0]
    assert member is not None
    dialog = _both_texts(a, b, member)
    assert not dialog.warning.isVisible() and not dialog.discard.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc: the typed text would be gone, so it stays open
    assert dialog.isVisible() and dialog.mine.toPlainText() == "Anne B. Hansen"
    assert dialog.warning.isVisible() and "Din tekst er ikke gemt" in dialog.warning.text()
    assert dialog.discard.isVisible()
    dialog.close()  # the window's close button: the same
    assert dialog.isVisible() and dialog in versioned.open_dialogs
    assert committees.get_member(a.ctx.db, member).name == "Anne Hansen-Berg"  # nothing written meanwhile
    dialog.keep_mine.click()  # a person chose: saved on top of A's name
    assert not dialog.isVisible()
    assert committees.get_member(a.ctx.db, member).name == "Anne B. Hansen"


def test_only_kassér_closes_a_cells_conflict_without_keeping_a_text(
        committees_on_two: tuple[CommitteePanel, CommitteePanel], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = committees_on_two
    member = meeting.members[1]
    assert member is not None
    dialog = _both_texts(a, b, member)
    dialog.reject()
    assert dialog.isVisible()
    dialog.discard.click()  # explicit: B's text is not kept
    assert not dialog.isVisible() and dialog not in versioned.open_dialogs
    assert committees.get_member(a.ctx.db, member).name == "Anne Hansen-Berg"


def test_a_text_chosen_after_the_other_laptop_saved_again_is_shown_against_theirs_now(
        committees_on_two: tuple[CommitteePanel, CommitteePanel], meeting: SmallMeeting) -> None:
    a, b = committees_on_two
    member = meeting.members[2]
    assert member is not None
    dialog = _both_texts(a, b, member)
    committees.update_member(a.ctx.db, member, name="Anne Hansen (formand)")  # A again, while B decides
    dialog.merge.setPlainText("Anne B. Hansen-Berg")
    dialog.save_merged.click()  # refused: based on A's first name; B's merge is offered against A's new one
    assert committees.get_member(a.ctx.db, member).name == "Anne Hansen (formand)"
    again = versioned.open_dialogs[-1]
    assert again is not dialog and isinstance(again, ConflictDialog) and again.isVisible()
    assert (again.mine.toPlainText(), again.theirs.toPlainText()) == ("Anne B. Hansen-Berg", "Anne Hansen (formand)")
    again.keep_mine.click()
    assert committees.get_member(a.ctx.db, member).name == "Anne B. Hansen-Berg"


def test_a_cells_conflict_reads_the_row_off_the_gui_thread(
        committees_on_two: tuple[CommitteePanel, CommitteePanel], meeting: SmallMeeting) -> None:
    """The reads of what is stored now, for the first dialog and for the one after A saved again,
    run on the database's lane: a slow network does not hold the window while they wait."""
    a, b = committees_on_two
    member = meeting.members[3]
    assert member is not None
    statements = OnGuiThread(b.ctx.db)
    try:
        dialog = _both_texts(a, b, member)
        committees.update_member(a.ctx.db, member, name="Anne Hansen (formand)")
        dialog.save_merged.click()
        again = versioned.open_dialogs[-1]
        assert again is not dialog and again.theirs.toPlainText() == "Anne Hansen (formand)"
        assert statements.sent and statements.on_gui == []
    finally:
        statements.close()
    again.discard.click()  # no dialog left open for the next test


def _kept(panel: CommitteePanel) -> list[tuple[str, str, str]]:
    """What B's laptop keeps on disk: read back from its file, as the next start would."""
    from workshop.unsaved import UnsavedTexts

    again = UnsavedTexts(panel.ctx.db.url, panel.ctx.unsaved.folder)
    return [(u.field, u.text, u.label) for u in again.all()]


def test_a_cells_text_waiting_in_its_dialog_is_on_disk_until_a_text_is_stored_or_discarded(
        committees_on_two: tuple[CommitteePanel, CommitteePanel], meeting: SmallMeeting, qtbot: QtBot) -> None:
    """A crash or a kill while the dialog waits loses nothing: the typed text is kept on disk,
    and forgotten once a person chose (stored) or discarded it."""
    a, b = committees_on_two
    first, second, third = meeting.members[0], meeting.members[1], meeting.members[2]
    assert first is not None and second is not None and third is not None
    dialog = _both_texts(a, b, first)
    assert [(f, t) for f, t, _ in _kept(b)] == [("cell:member.name", "Anne B. Hansen")]
    dialog.keep_mine.click()
    assert _kept(b) == []  # stored
    dialog = _both_texts(a, b, second, "Bo Hansen-Berg", "Bo B. Hansen")
    assert len(_kept(b)) == 1
    dialog.reject()
    assert len(_kept(b)) == 1  # Esc: still waiting, still kept
    dialog.discard.click()
    assert _kept(b) == []  # a person discarded it
    dialog = _both_texts(a, b, third, "Carl Hansen-Berg", "Carl B. Hansen")
    committees.update_member(a.ctx.db, third, name="Carl Hansen (formand)")
    dialog.merge.setPlainText("Carl B. Hansen-Berg")
    dialog.save_merged.click()  # refused again: the merged text is what waits now
    assert [(f, t) for f, t, _ in _kept(b)] == [("cell:member.name", "Carl B. Hansen-Berg")]
    versioned.open_dialogs[-1].keep_theirs.click()
    assert _kept(b) == []


def test_a_cells_text_kept_from_last_time_is_listed_to_copy_or_discard(
        committees_on_two: tuple[CommitteePanel, CommitteePanel], meeting: SmallMeeting, qtbot: QtBot,
        dialogs: Dialogs) -> None:
    from PySide6.QtGui import QGuiApplication

    from ui.unsaved_dialog import UnsavedDialog

    a, b = committees_on_two
    member = meeting.members[0]
    assert member is not None
    dialog = _both_texts(a, b, member)
    listed = UnsavedDialog(b.ctx)  # as after a crash with the dialog open: no field shows this text
    qtbot.addWidget(listed)
    assert listed.list.count() == 1 and listed.text.toPlainText() == "Anne B. Hansen"
    listed.copy.click()
    assert QGuiApplication.clipboard().text() == "Anne B. Hansen"
    dialogs.answers.append(QMessageBox.StandardButton.No)
    listed.discard.click()  # asked first: "No" keeps it
    assert listed.list.count() == 1 and len(_kept(b)) == 1
    listed.discard.click()  # "Yes"
    assert listed.list.count() == 0 and _kept(b) == []
    dialog.discard.click()
