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


def test_the_sagsfremstilling_is_shown_too(qtbot: QtBot) -> None:
    """The Velkomst template has only a Sagsfremstilling: Indfangning and Afvikling showed
    "Skriv beslutningen …" instead of what the item is about."""
    view = ItemSummary()
    qtbot.addWidget(view)
    view.show_item(AgendaItem(meeting_id=1, title="Velkomst", kind="welcome",
                              presentation="Formanden byder velkommen\nog gennemgår dagsordenen."))
    lines = [line.strip() for line in view.toPlainText().splitlines() if line.strip()]
    assert lines == ["Sagsfremstilling", "Formanden byder velkommen", "og gennemgår dagsordenen."]


def test_the_item_text_speaks_english(qtbot: QtBot, qapp: object) -> None:
    """Its headings were tr() calls inside f-strings, which lupdate does not read: in English the
    capture and run screens said "Resumé", "Drøftelsesspørgsmål", "Perspektiver"."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.app import install_translators

    installed = install_translators(qapp, "en")  # type: ignore[arg-type]
    try:
        view = ItemSummary()
        qtbot.addWidget(view)
        view.show_item(AgendaItem(meeting_id=1, title="x", kind="group_work", summary="s", presentation="p",
                                  discussion_questions=["q"], perspectives=["a"]))
        text = view.toPlainText()
        for english in ("Summary", "Presentation of the case", "Discussion questions", "Perspectives"):
            assert english in text
        view.show_item(AgendaItem(meeting_id=1, title="x", kind="welcome"))
        assert view.toPlainText().startswith("Write the decision")
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


def test_the_projectors_item_text_speaks_english(qapp: object) -> None:
    """The wall's "Perspektiver:" was a plain string, Danish in the English UI too."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.app import install_translators
    from ui.projector.window import ProjectorWindow

    item = AgendaItem(meeting_id=1, title="x", kind="case", summary="s", perspectives=["Borgeren"])
    tr = QCoreApplication.translate
    assert "Perspektiver:\n• Borgeren" in ProjectorWindow._item_text(
        type("W", (), {"tr": staticmethod(lambda s: tr("ProjectorWindow", s))})(), item)
    installed = install_translators(qapp, "en")  # type: ignore[arg-type]
    try:
        assert "Perspectives:\n• Borgeren" in ProjectorWindow._item_text(
            type("W", (), {"tr": staticmethod(lambda s: tr("ProjectorWindow", s))})(), item)
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


def test_the_wall_shows_the_sagsfremstilling_of_an_item_without_a_resume() -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.projector.window import ProjectorWindow

    tr = QCoreApplication.translate
    wall = type("W", (), {"tr": staticmethod(lambda s: tr("ProjectorWindow", s))})()
    welcome = AgendaItem(meeting_id=1, title="Velkomst", kind="welcome",
                         presentation="Formanden byder velkommen og gennemgår dagsordenen.")
    assert ProjectorWindow._item_text(wall, welcome) == "Formanden byder velkommen og gennemgår dagsordenen."
    case = AgendaItem(meeting_id=1, title="Sag", kind="case", summary="Kort resumé", presentation="Lang tekst")
    assert ProjectorWindow._item_text(wall, case) == "Kort resumé"  # the resumé is what the wall shows
