"""Labels for the domain's codes (obstruction kinds, stages, incident categories, sources)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_tr = QCoreApplication.translate


def obstruction_kind(code: str) -> str:
    return {
        "removed": _tr("Labels", "Removed from the station"),
        "not_admitted": _tr("Labels", "Not admitted"),
        "protocol_not_shown": _tr("Labels", "Protocol not shown"),
        "copy_refused": _tr("Labels", "Certified copy refused"),
        "photo_forbidden": _tr("Labels", "Photo/video forbidden"),
        "view_restricted": _tr("Labels", "View of the count restricted"),
        "other": _tr("Labels", "Other obstruction"),
    }.get(code, code)


def stage(code: str) -> str:
    return {
        "": _tr("Labels", "(not set)"),
        "opening": _tr("Labels", "Opening"),
        "voting": _tr("Labels", "Voting"),
        "counting": _tr("Labels", "Counting"),
        "tabulation": _tr("Labels", "Tabulation"),
    }.get(code, code)


def incident_category(code: str) -> str:
    return {
        "ballot_stuffing": _tr("Labels", "Ballot stuffing"),
        "carousel": _tr("Labels", "Carousel voting"),
        "multiple_voting": _tr("Labels", "Multiple voting"),
        "pressure": _tr("Labels", "Pressure on voters"),
        "vote_buying": _tr("Labels", "Vote buying"),
        "group_voting": _tr("Labels", "Group voting"),
        "mobile_box": _tr("Labels", "Mobile ballot box"),
        "other": _tr("Labels", "Other"),
    }.get(code, code)


def protocol_source(code: str) -> str:
    return {
        "certified_copy": _tr("Labels", "Certified copy"),
        "posted_copy": _tr("Labels", "Copied from the posted protocol"),
        "own_count": _tr("Labels", "Own count"),
        "not_shown": _tr("Labels", "Protocol not shown"),
        "imported": _tr("Labels", "Imported"),
    }.get(code, code)


def protocol_status(code: str) -> str:
    return {"draft": _tr("Labels", "Draft"), "final": _tr("Labels", "Final")}.get(code, code)


def relation_status(code: str) -> str:
    return {"pass": _tr("Labels", "passes"), "fail": _tr("Labels", "fails"),
            "unknown": _tr("Labels", "incomplete")}.get(code, code)
