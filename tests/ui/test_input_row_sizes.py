"""A group's input rows carry their own wrapped size, equal to what Qt measures, at every width."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.panels.capture_groups import InputList

LONG = ("Borgeren skal kunne følge sin sag digitalt fra ansøgning til afgørelse, også når flere "
        "forvaltninger er involveret, og uden at skulle oplyse de samme ting flere gange")


def _qt_size(view: InputList, row: QListWidgetItem) -> QSize:
    """Qt's own measure of the row's text at the view's width, ignoring the stored size."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.viewport().rect()
    delegate = view.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, view.indexFromItem(row))
    return view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view)


def _measured(view: InputList) -> bool:
    return all(view.item(i).sizeHint() == _qt_size(view, view.item(i)) for i in range(view.count()))


def test_rows_store_their_wrapped_size_and_follow_the_width(qtbot: QtBot) -> None:
    view = InputList(object())  # type: ignore[arg-type]
    qtbot.addWidget(view)
    rows = [QListWidgetItem(text)
            for text in ["kort", LONG, "mellem langt input med nogle ord", LONG + " – og på mobilen"] * 10]
    for row in rows:
        view.addItem(row)
    view.rows_added(rows)  # hidden: measured when shown, at the width it is shown with
    assert not view.item(0).sizeHint().isValid()
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.viewport().width() < 300 and _measured(view))
    short, long = view.item(0), view.item(1)
    assert long.sizeHint().height() >= 3 * short.sizeHint().height() - 6  # wrapped over 3+ lines
    wide_height = long.sizeHint().height()
    for i in range(view.count()):
        row = view.item(i)
        assert row.sizeHint() == _qt_size(view, row)
        assert view.visualItemRect(row).height() == row.sizeHint().height()  # laid out as stored, not clipped

    view.resize(200, 400)
    qtbot.waitUntil(lambda: view.viewport().width() < 200 and _measured(view))
    assert long.sizeHint().height() > wide_height  # narrower: more lines
    added = QListWidgetItem(LONG + " (ny)")
    view.addItem(added)
    view.rows_added([added])  # on screen and measured: measured at once
    assert added.sizeHint() == _qt_size(view, added)


def test_edited_text_is_measured_again(qtbot: QtBot) -> None:
    view = InputList(object())  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(260, 300)
    view.show()
    qtbot.waitExposed(view)
    row = QListWidgetItem("kort")
    view.addItem(row)
    view.size_rows([row])
    before = row.sizeHint().height()
    row.setText(LONG)
    view.size_rows([row])
    assert row.sizeHint().height() > before
    assert row.sizeHint() == _qt_size(view, row)


def test_measuring_keeps_what_is_being_typed(qtbot: QtBot) -> None:
    view = InputList(object())  # type: ignore[arg-type]
    qtbot.addWidget(view)
    rows = [QListWidgetItem(text) for text in ("kort", LONG, "Ingen efterlades")]
    for row in rows:
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        view.addItem(row)
    view.resize(300, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: _measured(view))
    edited: list[str] = []
    view.itemChanged.connect(lambda row: edited.append(row.text()))
    view.setCurrentItem(rows[2])
    view.editItem(rows[2])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Ingen borgere efterlades")
    view.resize(220, 300)  # all rows are measured again while the editor is open
    qtbot.waitUntil(lambda: view.viewport().width() < 220)
    qtbot.wait(20)
    assert editor.text() == "Ingen borgere efterlades"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edited == ["Ingen borgere efterlades"])
    qtbot.waitUntil(lambda: _measured(view))  # the edited row too, once its editor closed
