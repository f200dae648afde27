"""Issue 12: a refused edit is said in Danish next to what caused it and goes when fixed — for the
group-work tools' cells too (an input's text in its column, a pejlemærke's title), not only in
the status bar, which is where a refusal of these two went."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from tests.ui.test_typing_keys import Screen, _two_groups, screen  # noqa: F401
from workshop.services import candidates, capture

from ui.field_errors import error_at


def _edit(s: Screen, view: QAbstractItemView, text: str) -> None:
    """F2 on the current row, the text replaced by ``text`` (empty: deleted), Enter."""
    s.focus(view)
    s.qtbot.keyClick(view, Qt.Key.Key_F2)
    s.qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    s.qtbot.keyClick(editor, Qt.Key.Key_Delete)
    s.qtbot.keyClicks(editor, text)
    s.qtbot.keyClick(editor, Qt.Key.Key_Return)
    s.qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_an_input_or_a_pejlemaerke_left_empty_says_so_under_its_row_until_fixed(screen: Screen) -> None:  # noqa: F811
    s = screen
    g1, _g2 = _two_groups(s)
    item = s.w.items[2]
    first = capture.add_input(s.db, g1, "Borgeren").id
    cand = candidates.add_candidate(s.db, item, title="Først", input_ids=[]).id
    assert first is not None and cand is not None
    for tab in ("capture", "run"):
        inputs = s.step(tab, item, "inputs").inputs  # type: ignore[attr-defined]
        column = inputs.columns[g1].inputs
        column.setCurrentIndex(column.row_index(0))
        before = capture.get_input(s.db, first).text  # type: ignore[union-attr]
        _edit(s, column, "")
        assert error_at(column.viewport()) == "Teksten må ikke være tom"
        assert capture.get_input(s.db, first).text == before  # type: ignore[union-attr]
        _edit(s, column, f"Borgeren i centrum ({tab})")
        assert error_at(column.viewport()) == ""
        assert capture.get_input(s.db, first).text == f"Borgeren i centrum ({tab})"  # type: ignore[union-attr]

        tree = inputs.candidates.tree
        inputs.candidates.select([cand])
        _edit(s, tree, "")
        message = error_at(tree.viewport())
        assert message.endswith("må ikke være tom") and "title" not in message, message
        _edit(s, tree, f"Borgeren først ({tab})")
        assert error_at(tree.viewport()) == ""
        assert candidates.list_candidates(s.db, item)[0].title == f"Borgeren først ({tab})"


def test_a_remark_left_empty_says_so_under_its_row_until_fixed(screen: Screen) -> None:  # noqa: F811
    from workshop.services import capture as capture_service

    s = screen
    item = s.w.items[0]
    s.step("capture", item)
    assert s.window.ctx is not None
    s.window.ctx.broadcast(capture_service.add_remark(s.db, item, s.w.member_ids[1],
                                                      "Anne ønskede det ført til protokol"))
    decision = s.window.panels["capture"].decision  # type: ignore[attr-defined]
    remarks = decision.remarks
    remarks.setCurrentItem(remarks.topLevelItem(0), 1)
    _edit(s, remarks, "")
    assert error_at(remarks.viewport()) == "Teksten må ikke være tom"
    assert [r.text for r in capture_service.list_remarks(s.db, item)] == ["Anne ønskede det ført til protokol"]
    remarks.setCurrentItem(remarks.topLevelItem(0), 1)
    _edit(s, remarks, "Anne ønskede sin holdning ført til protokol")
    assert error_at(remarks.viewport()) == ""
    assert [r.text for r in capture_service.list_remarks(s.db, item)] == ["Anne ønskede sin holdning ført til protokol"]


def test_too_many_dots_typed_in_the_grid_say_so_under_the_cell_until_fixed(screen: Screen) -> None:  # noqa: F811
    s = screen
    item = s.w.items[2]
    cand = candidates.add_candidate(s.db, item, title="Tryghed").id
    assert cand is not None
    for tab in ("capture", "run"):
        votes = s.step(tab, item, "votes").votes  # type: ignore[attr-defined]
        grid = votes.grid
        anne = s.w.member_ids[1]
        for typed in ("9", "2"):
            s.focus(grid)
            grid.setCurrentIndex(votes.cell(cand, anne))
            s.qtbot.keyClicks(grid, typed)
            editor = QApplication.focusWidget()
            assert isinstance(editor, QLineEdit)
            editor.selectAll()
            s.qtbot.keyClicks(editor, typed)
            s.qtbot.keyClick(editor, Qt.Key.Key_Return)
            QApplication.processEvents()
            if typed == "9":  # three dots each
                assert "Anne Hjorth har kun 3 stemmer" in error_at(grid.viewport()), error_at(grid.viewport())
            else:
                assert error_at(grid.viewport()) == ""
        assert [c.votes for c in candidates.list_candidates(s.db, item)] == [2]
        s.window.ctx.undo_stack.undo()  # type: ignore[union-attr]


def test_hævet_kl_is_corrected_at_its_field_until_the_referat_is_sent(screen: Screen) -> None:  # noqa: F811
    from datetime import datetime

    from workshop.services import meetings
    from workshop.services import referat as referat_service

    s = screen
    assert s.window.ctx is not None
    closing = s.step("capture", s.w.items[4]).closing  # type: ignore[attr-defined]
    s.window.ctx.broadcast(meetings.close_meeting(s.db, s.w.meeting_id, datetime(2017, 11, 15, 19, 4)))
    ended = closing.ended
    assert ended.text() == "19:04" and ended.isEnabled()
    for typed, shown, saved in (("kvart over syv", '"kvart over syv" er ikke et klokkeslæt; skriv fx 21:05', "19:04"),
                                ("19.10", "", "19:10")):
        s.focus(ended)
        ended.selectAll()
        s.qtbot.keyClicks(ended, typed)
        s.qtbot.keyClick(ended, Qt.Key.Key_Return)
        assert error_at(ended) == shown and ended.text() == saved
        assert meetings.get_meeting(s.db, s.w.meeting_id).ended_at == saved
    s.window.ctx.broadcast(referat_service.send_for_approval(s.db, s.w.meeting_id))
    assert not ended.isEnabled()  # sent: the referat says 19:10, and so does the meeting
