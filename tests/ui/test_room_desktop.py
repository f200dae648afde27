"""The room from the chair's layout: three phones (real Chromium) join, answer, add inputs in two groups
and vote; run mode and the projector show every one, with the phone inputs' origin.

Set WORKSHOP_SCREENSHOTS=<folder> to save projector-room.png and run-room.png.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem

from tests.room.browser import PHONE, chromium
from tests.room.meeting import make_meeting
from tests.ui.meeting_builders import capture_on
from workshop.db import Database
from workshop.services import capture, voting

from ui.context import AppContext
from ui.models.input_model import HIDDEN_ROLE, ORIGIN_ROLE
from ui.panels.run_mode import RunModePanel

PHONES = ("Anne Hansen", "Bo Jensen", "Carl Nielsen")


def _shots(widget: Any, name: str) -> None:
    folder = os.environ.get("WORKSHOP_SCREENSHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _qr_painted_is(qr: Any, url: str) -> None:
    """The widget paints the QR code of ``url``: every module's centre, read back from its pixels."""
    import segno

    expected = [list(row) for row in segno.make_qr(url, error="m").matrix]
    assert [list(row) for row in qr.matrix] == expected
    image = qr.grab().toImage()
    side = min(image.width(), image.height())
    cell = side / (len(expected) + 8)  # four modules of quiet zone each side
    painted = [[image.pixelColor(int((x + 4.5) * cell), int((y + 4.5) * cell)).lightness() < 128
                for x in range(len(row))] for y, row in enumerate(expected)]
    assert painted == [[bool(v) for v in row] for row in expected]


def test_three_phones_on_the_desktop_and_the_projector(qtbot: Any, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path}/room.db")  # a file: the room writes from its own thread
    m = make_meeting(db)
    ctx = AppContext(db)
    panel = RunModePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    ctx.select_meeting(m.id)
    projector = panel.show_projector(True)
    assert projector is not None
    projector.resize(1600, 900)
    assert not projector.room_badge.isVisible()

    # "Åbn for deltagere" from the Møde menu's action; the projector shows the QR code and the address.
    assert panel.room.action in panel.menu_actions() and panel.room.action.text() == "Åbn for deltagere"
    url = panel.room.open(host="127.0.0.1")
    assert url is not None and url.startswith("http://127.0.0.1:")
    assert panel.room.action.text() == "Luk for deltagere"
    assert projector.room_badge.isVisible() and projector.room_badge.address.text() == url
    _qr_painted_is(projector.room_badge.qr, url)  # the code of this very address, as drawn
    assert url in panel.room.address.text()

    try:
        with chromium() as browser:
            phones = {}
            for name in PHONES:
                page = browser.new_context(**PHONE).new_page()
                page.goto(url)
                page.get_by_role("button", name=name).click()
                page.get_by_text(f"Du deltager som {name}").wait_for()
                phones[name] = page

            # A second device asks for Anne's name: the secretary is asked and approves.
            extra = browser.new_context(**PHONE).new_page()
            extra.goto(url)
            extra.get_by_role("button", name="Anne Hansen").click()
            extra.get_by_role("heading", name="Venter på sekretæren").wait_for()
            qtbot.waitUntil(lambda: bool(panel.room.prompts))
            prompt = panel.room.prompts[0]
            assert "Anne Hansen" in prompt.text()
            next(b for b in prompt.buttons() if b.text() == "Godkend").click()
            extra.get_by_text("Du deltager som Anne Hansen").wait_for()

            # Question round: the chair moves on, every phone follows and answers.
            panel.step.go_to(m.question)
            for name, page in phones.items():
                page.get_by_label("Dit svar").fill(f"Svar fra {name}")
                page.get_by_role("button", name="Send svar").click()
                page.get_by_text("Dit svar er modtaget").wait_for()
            expected = [f"{n}: Svar fra {n}" for n in PHONES]
            qtbot.waitUntil(lambda: sorted(projector.answer_texts()) == expected)
            rounds = panel.view.question_round  # the chair's answer fields follow the phones'
            qtbot.waitUntil(lambda: {r.member.id: r.edit.toPlainText() for r in rounds.rows
                                     if r.edit.toPlainText()} == {m.members[n]: f"Svar fra {n}" for n in PHONES})

            # Group work: the chair chooses the inputs tab, the phones get the input field.
            panel.step.go_to(m.groups_item)
            panel.view.group_tabs.setCurrentIndex(1)  # the tab is the meeting's step: the phones follow
            sent = {"Anne Hansen": "Trygge skoleveje", "Bo Jensen": "<b>Fed</b> & <i>kursiv</i>",
                    "Carl Nielsen": "Flere fællesarrangementer"}
            for name, page in phones.items():
                page.get_by_label("Nyt input").fill(sent[name])
                page.get_by_role("button", name="Tilføj input").click()
                page.locator("#input-list").get_by_text(sent[name]).wait_for()

            def cards() -> dict[str, list[str]]:
                return projector.group_cards()

            qtbot.waitUntil(lambda: sum(len(v) for v in cards().values()) == 3)
            assert cards() == {"Gruppe 1": ["Trygge skoleveje\n— Anne Hansen · telefon",
                                            "<b>Fed</b> & <i>kursiv</i>\n— Bo Jensen · telefon"],
                               "Gruppe 2": ["Flere fællesarrangementer\n— Carl Nielsen · telefon"]}
            # Shown as text, never as markup: the cards are plain-text labels.
            labels = [card for column in projector.inputs.columns.values() for card in column.cards]
            assert len(labels) == 3 and all(c.textFormat() == Qt.TextFormat.PlainText for c in labels)
            # The chair's columns (the same model as the secretary's): the text, a phone mark, who in the tooltip.
            rows = [column.inputs.row_index(r) for column in panel.view.inputs.columns.values()
                    for r in range(len(column.inputs.texts()))]
            assert [(i.data(), i.data(ORIGIN_ROLE)) for i in rows] == [
                ("Trygge skoleveje", "Anne Hansen · telefon"), ("<b>Fed</b> & <i>kursiv</i>", "Bo Jensen · telefon"),
                ("Flere fællesarrangementer", "Carl Nielsen · telefon")]
            assert all(i.data(Qt.ItemDataRole.DecorationRole) is not None for i in rows)
            assert "Fra Anne Hansen · telefon" in rows[0].data(Qt.ItemDataRole.ToolTipRole)
            _shots(projector, "projector-room")
            _shots(panel, "run-room")

            # The secretary hides Bo's input: it leaves the projector and the phones, stays in the meeting.
            bo_input = next(i for i in capture.list_inputs(db, m.groups_item) if i.text == sent["Bo Jensen"])
            shown = panel.view.inputs.model.shown(bo_input.pk)  # type: ignore[union-attr]
            assert shown is not None and panel.step.edits.set_inputs_hidden([shown], True)
            qtbot.waitUntil(lambda: len(cards()["Gruppe 1"]) == 1)
            phones["Anne Hansen"].locator("#input-list").get_by_text(sent["Bo Jensen"]).wait_for(state="detached")
            assert len(capture.list_inputs(db, m.groups_item)) == 3

            # Dot voting: the chair opens it; each phone places dots; the projector's bars add up.
            panel.view.group_tabs.setCurrentIndex(2)
            plan = {"Anne Hansen": ["Tryghed", "Tryghed"], "Bo Jensen": ["Nærhed"],
                    "Carl Nielsen": ["Tryghed", "Fællesskab", "Fællesskab"]}
            for name, titles in plan.items():
                page = phones[name]
                page.get_by_text("Du har 3 af 3 stemmer tilbage.").wait_for()
                for n, title in enumerate(titles, start=1):
                    page.get_by_role("button", name=f"Giv en stemme til {title}").click()
                    page.get_by_text(f"Du har {3 - n} af 3 stemmer tilbage.").wait_for()
            totals = {"Tryghed": 3, "Nærhed": 1, "Fællesskab": 2}

            def bars() -> dict[str, float]:
                return {b.label: b.value for b in projector.bars.bars()}

            qtbot.waitUntil(lambda: bars() == totals)
            assert sum(voting.used_dots(db, m.groups_item).values()) == 6
            grid = panel.view.votes.dots_model
            assert grid is not None and grid.rowCount() >= 3  # the chair's grid holds the members' dots too
            qtbot.waitUntil(lambda: grid.votes == voting.member_votes(db, m.groups_item))
    finally:
        panel.room.close()
    assert panel.room.action.text() == "Åbn for deltagere" and not projector.room_badge.isVisible()
    for box in panel.findChildren(QMessageBox):
        box.close()
    QApplication.processEvents()


def test_capture_columns_show_a_phone_inputs_origin_and_hide_it_with_ctrl_h(qtbot: Any, tmp_path: Path) -> None:
    from workshop.services import meetings


    db = Database(f"sqlite:///{tmp_path}/capture.db")
    m = make_meeting(db)
    meetings.set_current_step(db, m.id, m.groups_item, "inputs")
    phone = capture.add_input(db, m.group1, "Fra telefonen", member_id=m.members["Anne Hansen"], origin="phone").id
    capture.add_input(db, m.group1, "Skrevet af sekretæren")
    ctx = AppContext(db)
    panel = capture_on(ctx, m.id, qtbot)
    column = panel.groups.columns[m.group1]
    rows = column.inputs
    first, second = rows.row_index(0), rows.row_index(1)
    assert first.data(ORIGIN_ROLE) == "Anne Hansen · telefon"
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None  # the phone mark
    assert "Fra Anne Hansen · telefon" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert second.data(ORIGIN_ROLE) == "" and second.data(Qt.ItemDataRole.DecorationRole) is None
    # The sender is written under the text, as on the projector (not only in the tooltip).
    delegate = rows.itemDelegate()
    for index, painted in ((first, "Fra telefonen\u2028— Anne Hansen · telefon"), (second, "Skrevet af sekretæren")):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert option.text == painted
    assert rows.visualRect(first).height() > rows.visualRect(second).height()  # room for the second line
    rows.setFocus()
    qtbot.waitUntil(rows.hasFocus)
    rows.setCurrentIndex(first)
    qtbot.keyClick(rows, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert capture.get_input(db, phone).hidden  # type: ignore[arg-type,union-attr]
    first = rows.row_index(0)
    assert first.data(HIDDEN_ROLE) is True and "Skjult" in first.data(Qt.ItemDataRole.ToolTipRole)
    ctx.undo_stack.undo()
    assert not capture.get_input(db, phone).hidden  # type: ignore[arg-type,union-attr]
    assert rows.row_index(0).data(HIDDEN_ROLE) is False


def test_the_chair_picks_the_network_when_there_are_several(qtbot: Any, tmp_path: Path,
                                                            monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QInputDialog

    from workshop.room import address

    db = Database(f"sqlite:///{tmp_path}/net.db")
    m = make_meeting(db)
    panel = RunModePanel(AppContext(db))
    qtbot.addWidget(panel)
    panel.ctx.select_meeting(m.id)
    nets = [address.Address("wlan0", "10.0.0.1"), address.Address("eth0", "10.0.0.2")]
    monkeypatch.setattr(address, "addresses", lambda: nets)
    monkeypatch.setattr(address, "default_address", lambda: address.Address("eth0", "10.0.0.2"))
    asked: list[tuple[list[str], int]] = []

    def pick(parent: Any, title: str, label: str, items: list[str], current: int, editable: bool) -> tuple[str, bool]:
        asked.append((items, current))
        return items[current], False  # the chair cancels

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    assert panel.room.open() is None and panel.room.control.room is None
    assert asked == [(["10.0.0.1 (wlan0)", "10.0.0.2 (eth0)"], 1)]  # the default route's proposed


def _open_room(qtbot: Any, tmp_path: Path, name: str) -> tuple[Database, Any, RunModePanel, str]:
    db = Database(f"sqlite:///{tmp_path}/{name}.db")
    m = make_meeting(db)
    ctx = AppContext(db)
    panel = RunModePanel(ctx)
    qtbot.addWidget(panel)
    ctx.select_meeting(m.id)
    url = panel.room.open(host="127.0.0.1")
    assert url is not None and httpx.get(url).status_code == 200
    return db, m, panel, url


def _room_ended(panel: RunModePanel, url: str) -> None:
    """The room is closed as a user sees it: the action offers to open again and the address answers nothing."""
    assert panel.room.action.text() == "Åbn for deltagere" and not panel.room.is_open
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)


def test_haev_modet_from_the_chairs_layout_ends_the_room(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    _db, _m, panel, url = _open_room(qtbot, tmp_path, "close")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert panel.step.start()  # "Hæv mødet" is offered once the meeting has started
    assert panel.close_meeting()
    _room_ended(panel, url)


def test_a_meeting_closed_elsewhere_or_another_meeting_shown_ends_the_room(qtbot: Any, tmp_path: Path) -> None:
    from datetime import datetime

    from workshop.changes import changed
    from workshop.services import meetings

    db, m, panel, url = _open_room(qtbot, tmp_path, "elsewhere")
    # Hæv mødet from the secretary's layout or another laptop: the meeting's row changes, the chair's step follows.
    meetings.close_meeting(db, m.id)
    panel.ctx.broadcast(changed("meetings", meeting_id=m.id, id=m.id))
    qtbot.waitUntil(lambda: not panel.room.is_open)
    _room_ended(panel, url)
    # Open again on a second meeting, then the navigator shows the first one: the room (of the second) closes.
    committee = meetings.get_meeting(db, m.id).committee_id
    other = meetings.create_meeting(db, committee, title="3. møde", starts_at=datetime(2026, 12, 10, 17)).id
    assert other is not None
    panel.ctx.select_meeting(other)
    second = panel.room.open(host="127.0.0.1")
    assert second is not None and second != url and httpx.get(second).status_code == 200
    panel.ctx.select_meeting(m.id)
    qtbot.waitUntil(lambda: not panel.room.is_open)
    _room_ended(panel, second)


def test_quitting_the_app_ends_the_room(qtbot: Any, tmp_path: Path) -> None:
    _db, _m, panel, url = _open_room(qtbot, tmp_path, "quit")
    app = QApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # what QApplication sends as it quits (last window closed, Ctrl+Q)
    _room_ended(panel, url)


def test_luk_for_deltagere_ends_the_room_and_a_new_opening_has_a_new_token(qtbot: Any, tmp_path: Path) -> None:
    _db, _m, panel, url = _open_room(qtbot, tmp_path, "toggle")
    assert panel.room.action.text() == "Luk for deltagere"
    panel.room.action.trigger()  # Ctrl+Shift+D / the Møde menu
    _room_ended(panel, url)
    again = panel.room.open(host="127.0.0.1")
    assert again is not None and again.rsplit("/", 2)[-2] != url.rsplit("/", 2)[-2]
    assert httpx.get(again).status_code == 200
    panel.room.close()


def test_the_secretary_merges_phone_inputs_with_ctrl_m_and_undoes_it(qtbot: Any, tmp_path: Path) -> None:
    """Two phones sent the same thing: selected in their group's column, Ctrl+M merges them into the
    top one (its origin kept); Ctrl+Z brings both back as they were, each with its own origin."""
    from workshop.services import meetings


    db = Database(f"sqlite:///{tmp_path}/merge.db")
    m = make_meeting(db)
    meetings.set_current_step(db, m.id, m.groups_item, "inputs")
    capture.add_input(db, m.group1, "Trygge skoleveje", member_id=m.members["Anne Hansen"], origin="phone")
    capture.add_input(db, m.group1, "Lys på stierne", member_id=m.members["Bo Jensen"], origin="phone")
    capture.add_input(db, m.group1, "Flere bænke")
    ctx = AppContext(db)
    panel = capture_on(ctx, m.id, qtbot)
    rows = panel.groups.columns[m.group1].inputs

    def shown() -> list[tuple[str, str]]:
        return [(rows.row_index(r).data(), rows.row_index(r).data(ORIGIN_ROLE)) for r in range(len(rows.texts()))]

    before = [("Trygge skoleveje", "Anne Hansen · telefon"), ("Lys på stierne", "Bo Jensen · telefon"),
              ("Flere bænke", "")]
    assert shown() == before
    rows.setFocus()
    qtbot.waitUntil(rows.hasFocus)
    rows.setCurrentIndex(rows.row_index(0))
    rows.selectionModel().select(rows.row_index(1), rows.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(rows, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(rows.texts()) == 2)
    assert shown() == [("Trygge skoleveje\nLys på stierne", "Anne Hansen · telefon"), ("Flere bænke", "")]
    assert [(i.text, i.origin) for i in capture.list_inputs(db, m.groups_item)] == [
        ("Trygge skoleveje\nLys på stierne", "phone"), ("Flere bænke", "")]
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(rows.texts()) == 3)
    assert shown() == before
    assert sorted((i.text, i.member_id) for i in capture.list_inputs(db, m.groups_item)) == sorted([
        ("Trygge skoleveje", m.members["Anne Hansen"]), ("Lys på stierne", m.members["Bo Jensen"]),
        ("Flere bænke", None)])
