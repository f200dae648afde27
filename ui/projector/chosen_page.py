"""The chosen pejlemærker of the meeting and its working groups, for the wall.

The pejlemærker come from the candidate models of the meeting's group-work items (the
same models the layouts show); the working groups from the services.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.models import AgendaItem
from workshop.services import committees, meetings, working_groups

from ui.context import AppContext
from ui.models.candidate_model import ID_ROLE, RANK_ROLE, STATUS_ROLE, CandidateModel
from ui.models.item_models import candidate_model
from ui.projector.input_cards import card_label


class ChosenPage(QWidget):
    """"Valgte pejlemærker" (most votes first) and "Arbejdsgrupper" as cards."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projector_chosen")
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.items: list[AgendaItem] = []
        self.models: list[CandidateModel] = []
        self.layout_ = QVBoxLayout(self)

    def show_meeting(self, meeting_id: int | None, items: list[AgendaItem]) -> None:
        self.meeting_id, self.items = meeting_id, items
        for model in self.models:
            model.dataChanged.disconnect(self.rebuild)
            model.rowsInserted.disconnect(self.rebuild)
            model.rowsRemoved.disconnect(self.rebuild)
        self.models = [candidate_model(self.ctx, i.pk) for i in items if i.kind == "group_work"]
        for model in self.models:
            model.dataChanged.connect(self.rebuild)
            model.rowsInserted.connect(self.rebuild)
            model.rowsRemoved.connect(self.rebuild)
        self.rebuild()

    def _clear(self) -> None:
        while self.layout_.count():
            taken = self.layout_.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def rebuild(self, *_args: object) -> None:
        self._clear()
        if self.meeting_id is None:
            return
        chosen: list[str] = []
        for model in self.models:
            rows = sorted((model.item(r) for r in range(model.rowCount()) if model.item(r).data(STATUS_ROLE) == "chosen"),
                          key=lambda i: i.data(RANK_ROLE))
            chosen += [i.text() for i in rows if i.data(ID_ROLE) is not None]
        self.layout_.addWidget(card_label(self.tr("Valgte pejlemærker"), "projector_heading"))
        for n, title in enumerate(chosen, start=1):
            self.layout_.addWidget(card_label(f"{n}. {title}", "card"))
        if not chosen:
            self.layout_.addWidget(card_label(self.tr("Ingen valgt endnu"), "card_small"))
        committee = self.ctx.read(meetings.get_meeting, self.meeting_id).committee_id
        names = {m.id: m.name for m in self.ctx.read(committees.list_members, committee)}
        groups = [wg for item in self.items if item.kind == "working_groups"
                  for wg in self.ctx.read(working_groups.list_working_groups, item.pk)]
        if groups:
            self.layout_.addSpacing(16)
            self.layout_.addWidget(card_label(self.tr("Arbejdsgrupper"), "projector_heading"))
        for wg in groups:
            lines = [wg.name]
            if wg.mandate:
                lines.append(wg.mandate)
            # Who is in it as the referat prints them: members in the committee's order, the
            # tovholder marked, then the people from outside with their organisation.
            people = self.ctx.read(working_groups.working_group_people, wg.pk)
            members = [self.tr("{name} (tovholder)").format(name=name) if mid == people["convener"] else name
                       for mid, name in names.items() if mid in people["members"]]
            members += [self.tr("{name} ({organisation})").format(name=name, organisation=organisation)
                        if organisation else name for name, organisation in people["guests"]]
            if members:
                lines.append(", ".join(members))
            dates = []
            if wg.meets_on:
                dates.append(self.tr("Første møde {date}").format(date=wg.meets_on.strftime("%d.%m.%Y")))
            if wg.reports_to:
                dates.append(self.tr("melder tilbage {date}").format(date=wg.reports_to.strftime("%d.%m.%Y")))
            if dates:
                lines.append(", ".join(dates))
            self.layout_.addWidget(card_label("\n".join(lines), "card"))
        self.layout_.addStretch(1)

    def texts(self) -> list[str]:
        """Every card, in order (for tests)."""
        widgets = [item.widget() for i in range(self.layout_.count()) if (item := self.layout_.itemAt(i)) is not None]
        return [w.text() for w in widgets if isinstance(w, QLabel) and w.objectName() == "card"]
