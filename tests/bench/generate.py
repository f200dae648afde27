"""Deterministic large committee data for the benchmark, as meeting-file dicts.

One seeded ``random.Random`` builds a committee with its members and tasks and a
series of meetings in the meeting-file format (/work/shared/spec/meeting-file.md).
The last meeting by date is the large one: the one the app opens on start, with
all group inputs, candidates and working groups. ``write`` puts the whole series
into a database, through A's importer when it exists, else by bulk insert
through the ORM in one session.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

FORMAT = "workshop-meeting/1"
COMMITTEE_NAME = "Opgaveudvalg for digitalisering og teknologi"


@dataclass(frozen=True)
class Sizes:
    """How much data: the full committee scale, or tiny for the smoke test."""

    meetings: int = 100
    large_items: int = 200
    members: int = 11
    inputs: int = 5000
    candidates: int = 300
    working_groups: int = 20
    groups: int = 4
    small_items: int = 8


SCALES = {
    "full": Sizes(),
    "tiny": Sizes(meetings=3, large_items=12, inputs=50, candidates=6, working_groups=2, small_items=6),
}

_FIRST = ["Mikael", "Anne", "Søren", "Mette", "Jørgen", "Birgitte", "Ahmad", "Lærke", "Ørsted",
          "Kirsten", "Ulla", "Niels", "Åse", "Hanne", "Peter", "Zeynep"]
_LAST = ["Fenger", "Hjorth", "Kızılkaya", "Ravn", "Bøgh", "Østergaard", "Lund", "Mørch", "Holm",
         "Dahl", "Krogh", "Sørensen", "Ærø", "Vestergaard"]
_WORD_TEXT = ("borgerne digitalisering velfærd kommunen teknologi data fællesskab skolen ældreplejen "
          "tryghed adgang selvbetjening kompetencer etik persondata gevinster forankring ledelse "
          "pejlemærker bibliotek erhvervslivet grøn omstilling robotter kunstig intelligens sundhed "
          "samarbejde frivillige foreninger infrastruktur bredbånd undervisning innovation dialog "
          "inddragelse gennemsigtighed fleksibilitet nærhed kvalitet borgerservice hjemmeplejen "
          "dagtilbud klima mobilitet sikkerhed ansvar muligheder udfordringer fremtiden")
_WORDS = _WORD_TEXT.split()
_VERBS = ["styrker", "udfordrer", "understøtter", "forandrer", "åbner for", "kræver", "forbedrer",
          "forenkler", "giver plads til", "sikrer"]


class _Text:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def phrase(self, lo: int = 3, hi: int = 7) -> str:
        return " ".join(self.rng.choice(_WORDS) for _ in range(self.rng.randint(lo, hi)))

    def sentence(self) -> str:
        s = f"{self.phrase(1, 3)} {self.rng.choice(_VERBS)} {self.phrase(2, 6)}"
        return s[0].upper() + s[1:] + self.rng.choice([".", ".", ".", "?", " – især for de ældre."])

    def paragraph(self, lo: int = 2, hi: int = 6) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def title(self) -> str:
        s = self.phrase(2, 5)
        return s[0].upper() + s[1:]


def _members(rng: random.Random, n: int) -> list[dict[str, Any]]:
    names: list[str] = []
    while len(names) < n:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if name not in names:
            names.append(name)
    members = []
    for i, name in enumerate(names):
        role = "formand" if i == 0 else "næstformand" if i == 1 else "medlem"
        group = "politiker" if i < n // 2 else "borger"
        member: dict[str, Any] = {"name": name, "role": role, "group": group}
        if group == "politiker":
            member["party"] = rng.choice(["A", "C", "V", "F", "Ø", "B"])
        members.append(member)
    return members


def committee(seed: int = 2017, sizes: Sizes = SCALES["full"]) -> dict[str, Any]:
    rng = random.Random(seed)
    text = _Text(rng)
    return {
        "name": COMMITTEE_NAME,
        "kind": "opgaveudvalg",
        "period": "2024-2026",
        "members": _members(rng, sizes.members),
        "tasks": [{"title": text.title(), "description": text.paragraph(1, 2), "due": "andet kvartal 2026",
                   "status": "open"} for _ in range(5)],
    }


def _case_item(text: _Text, rng: random.Random, n: int, names: list[str]) -> dict[str, Any]:
    item: dict[str, Any] = {
        "title": text.title(), "kind": "case", "case_id": f"EMN-2025-{n:05d}",
        "planned_minutes": rng.choice([5, 10, 15, 20, 30]),
        "summary": text.paragraph(), "background": text.paragraph(3, 8),
        "presentation": "\n\n".join(text.paragraph(3, 8) for _ in range(rng.randint(1, 3))),
        "economy": text.paragraph(1, 2), "recommended_by": "Tværgående Funktioner",
        "recommendations": [text.sentence() for _ in range(rng.randint(1, 3))],
        "decided_by": "Opgaveudvalget", "decision": text.paragraph(1, 3),
        "attachments": [{"title": text.title(), "recommended": rng.random() < 0.3}
                        for _ in range(rng.randint(0, 3))],
    }
    if rng.random() < 0.1:
        item["remarks"] = [{"member": rng.choice(names), "text": text.sentence()}]
    if rng.random() < 0.05:
        item["absent"] = [rng.choice(names)]
    return item


def _question_round(text: _Text, names: list[str]) -> dict[str, Any]:
    return {"title": "Spørgerunde", "kind": "question_round", "planned_minutes": 20,
            "question": "Hvad er det vigtigste, digitaliseringen skal give borgerne?",
            "answers": [{"member": name, "text": text.sentence()} for name in names]}


def _group_work(text: _Text, rng: random.Random, names: list[str], sizes: Sizes) -> dict[str, Any]:
    candidates = []
    titles: set[str] = set()
    while len(candidates) < sizes.candidates:
        title = text.title()
        if title in titles:
            continue
        titles.add(title)
        candidates.append({"title": title, "description": text.sentence(),
                           "votes": rng.randint(0, 11), "status": rng.choice(
                               ["candidate", "candidate", "shortlisted", "chosen", "rejected"])})
    groups = [{"name": f"Gruppe {g + 1}", "members": names[g::sizes.groups], "inputs": []}
              for g in range(sizes.groups)]
    for i in range(sizes.inputs):
        inp: dict[str, Any] = {"text": text.sentence()}
        if candidates and rng.random() < 0.6:
            inp["candidate"] = rng.choice(candidates)["title"]
        groups[i % sizes.groups]["inputs"].append(inp)
    return {"title": "Gruppearbejde om pejlemærker", "kind": "group_work", "planned_minutes": 45,
            "discussion_questions": [text.sentence() for _ in range(3)],
            "perspectives": ["Borgeren", "Medarbejderen", "Erhvervslivet"],
            "groups": groups, "candidates": candidates}


def _working_groups(text: _Text, rng: random.Random, names: list[str], n: int, day: date) -> dict[str, Any]:
    return {"title": "Nedsættelse af arbejdsgrupper", "kind": "working_groups", "planned_minutes": 15,
            "working_groups": [{"name": f"Arbejdsgruppe {i + 1}: {text.title()}", "mandate": text.paragraph(1, 2),
                                "members": rng.sample(names, 3),
                                "meets_on": (day + timedelta(days=7 + i)).isoformat(),
                                "reports_to": (day + timedelta(days=35)).isoformat()}
                               for i in range(n)]}


def meetings(seed: int = 2017, sizes: Sizes = SCALES["full"]) -> list[dict[str, Any]]:
    """All meeting files of the committee, oldest first; the last one is the large one."""
    com = committee(seed, sizes)
    names = [m["name"] for m in com["members"]]
    rng = random.Random(seed + 1)
    text = _Text(rng)
    files = []
    start = datetime(2024, 1, 10, 18, 0)
    for n in range(1, sizes.meetings + 1):
        starts_at = start + timedelta(weeks=n - 1)
        large = n == sizes.meetings
        count = sizes.large_items if large else sizes.small_items
        items: list[dict[str, Any]] = [{"title": "Velkomst", "kind": "welcome", "planned_minutes": 5},
                                       _question_round(text, names)]
        if large:
            items.append(_group_work(text, rng, names, sizes))
            items.append(_working_groups(text, rng, names, sizes.working_groups, starts_at.date()))
        while len(items) < count - 2:
            items.append(_case_item(text, rng, n * 1000 + len(items), names))
        items.append({"title": "Godkendelse af referat", "kind": "approval", "planned_minutes": 5})
        items.append({"title": "Eventuelt og afslutning", "kind": "closing", "planned_minutes": 5})
        attendance = [{"member": name, "status": "present"} for name in names]
        attendance[rng.randrange(len(names))]["status"] = "excused"
        files.append({
            "format": FORMAT,
            "committee": com,
            "meeting": {
                "title": f"{n}. møde i {COMMITTEE_NAME}", "number": n,
                "starts_at": starts_at.strftime("%Y-%m-%dT%H:%M"), "location": "Udvalgsværelse G",
                "case_id": f"EMN-2025-{n:05d}", "purpose": text.paragraph(1, 2),
                "ended_at": "21:00" if not large else None,
                "attendance": attendance, "items": items[:count],
            },
        })
        if large:
            del files[-1]["meeting"]["ended_at"]  # the large meeting is the one still running
    return files


def importer() -> Any | None:
    """A's ``import_document(db, doc)`` when it has landed, else None."""
    try:
        from workshop.meetingfile import import_document  # type: ignore[attr-defined]
    except ImportError:
        return None
    return import_document


def write(db: Any, files: list[dict[str, Any]], *, use_importer: bool = True) -> str:
    """Put every meeting into ``db``; returns how ("importer" or "orm")."""
    imp = importer() if use_importer else None
    if imp is not None:
        for doc in files:
            imp(db, doc)
        return "importer"
    _bulk_insert(db, files)
    return "orm"


def _bulk_insert(db: Any, files: list[dict[str, Any]]) -> None:
    """Insert the meetings straight through the ORM, in one session, flushing once per table."""
    from workshop import models as m

    com = files[0]["committee"]
    with db.session() as s:
        committee_row = m.Committee(name=com["name"], kind=com.get("kind", ""), period=com.get("period", ""))
        s.add(committee_row)
        s.flush()
        cid = committee_row.id
        members = [m.Member(committee_id=cid, position=i, name=x["name"], role=x.get("role", "medlem"),
                            group=x.get("group", ""), party=x.get("party", ""))
                   for i, x in enumerate(com["members"])]
        s.add_all(members)
        s.add_all(m.Task(committee_id=cid, position=i, **t) for i, t in enumerate(com.get("tasks", [])))
        s.flush()
        mid = {x.name: x.id for x in members}
        for doc in files:
            _insert_meeting(s, m, cid, mid, doc["meeting"])


def _insert_meeting(s: Any, m: Any, cid: int, mid: dict[str, int], meeting: dict[str, Any]) -> None:
    row = m.Meeting(committee_id=cid, number=meeting.get("number"), title=meeting["title"],
                    starts_at=datetime.fromisoformat(meeting["starts_at"]),
                    location=meeting.get("location", ""), case_id=meeting.get("case_id", ""),
                    purpose=meeting.get("purpose", ""), ended_at=meeting.get("ended_at"))
    s.add(row)
    s.flush()
    s.add_all(m.Attendance(meeting_id=row.id, member_id=mid[a["member"]], status=a["status"])
              for a in meeting.get("attendance", []))
    plain = {"title", "kind", "open", "case_id", "planned_minutes", "summary", "background",
             "presentation", "economy", "previous_decisions", "recommended_by", "recommendations",
             "decided_by", "decision", "question", "discussion_questions", "perspectives"}
    items = []
    for pos, spec in enumerate(meeting.get("items", [])):
        item = m.AgendaItem(meeting_id=row.id, position=pos, **{k: v for k, v in spec.items() if k in plain})
        items.append((item, spec))
    s.add_all(i for i, _ in items)
    s.flush()
    for item, spec in items:
        s.add_all(m.Attachment(item_id=item.id, position=i, title=a["title"], recommended=a["recommended"])
                  for i, a in enumerate(spec.get("attachments", [])))
        s.add_all(m.ItemAbsence(item_id=item.id, member_id=mid[n], kind="absent") for n in spec.get("absent", []))
        s.add_all(m.Remark(item_id=item.id, member_id=mid[r["member"]], position=i, text=r["text"])
                  for i, r in enumerate(spec.get("remarks", [])))
        s.add_all(m.Answer(item_id=item.id, member_id=mid[a["member"]], text=a["text"])
                  for a in spec.get("answers", []))
        for i, wg in enumerate(spec.get("working_groups", [])):
            wrow = m.WorkingGroup(item_id=item.id, position=i, name=wg["name"], mandate=wg["mandate"],
                                  meets_on=date.fromisoformat(wg["meets_on"]),
                                  reports_to=date.fromisoformat(wg["reports_to"]))
            s.add(wrow)
            s.flush()
            s.add_all(m.WorkingGroupMember(working_group_id=wrow.id, member_id=mid[n]) for n in wg["members"])
        if spec.get("groups"):
            cands = [m.Candidate(item_id=item.id, position=i, **c) for i, c in enumerate(spec["candidates"])]
            groups = [m.Group(item_id=item.id, position=i, name=g["name"]) for i, g in enumerate(spec["groups"])]
            s.add_all(cands + groups)
            s.flush()
            cand_id = {c.title: c.id for c in cands}
            for group, g in zip(groups, spec["groups"], strict=True):
                s.add_all(m.GroupMember(group_id=group.id, member_id=mid[n]) for n in g["members"])
                s.add_all(m.Input(group_id=group.id, position=i, text=x["text"],
                                  candidate_id=cand_id.get(x.get("candidate", "")))
                          for i, x in enumerate(g["inputs"]))
    s.flush()


def large_meeting_id(db: Any) -> int:
    """The id of the large meeting: the latest one."""
    from workshop.services.meetings import list_meetings

    return list_meetings(db)[-1].id  # type: ignore[return-value]


def group_work_item(db: Any, meeting_id: int) -> int:
    from workshop.services.agenda import list_items

    return next(i.id for i in list_items(db, meeting_id) if i.kind == "group_work")  # type: ignore[return-value]
