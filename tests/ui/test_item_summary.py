"""The item's text on Indfangning and Afvikling keeps the lines the secretary typed in Dagsorden."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workshop.models import AgendaItem

from ui.panels.item_step import ItemSummary

SUMMARY = ("Udvalget arbejder med tre opgaver:\n\n"
           "- Opsummere udviklingstendenser\n- Fremlægge 3 til 5 pejlemærker\n- Fremlægge en model\n\n"
           "Mødet runder den første opgave af.")


def test_the_resume_keeps_its_lines_and_paragraphs(qtbot: QtBot) -> None:
    view = ItemSummary()
    qtbot.addWidget(view)
    view.show_item(AgendaItem(meeting_id=1, title="Velkomst", kind="welcome", summary=SUMMARY))
    lines = [line.strip() for line in view.toPlainText().splitlines() if line.strip()]
    assert lines == ["Resumé", "Udvalget arbejder med tre opgaver:", "- Opsummere udviklingstendenser",
                     "- Fremlægge 3 til 5 pejlemærker", "- Fremlægge en model", "Mødet runder den første opgave af."]


def test_the_resume_is_shown_literally(qtbot: QtBot) -> None:
    view = ItemSummary()
    qtbot.addWidget(view)
    view.show_item(AgendaItem(meeting_id=1, title="x", kind="welcome", summary="<b>fed</b> & <i>ikke</i>"))
    assert "<b>fed</b> & <i>ikke</i>" in view.toPlainText()
