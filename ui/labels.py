"""Labels for the domain's codes (obstruction kinds, stages, incident categories, sources)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate sees only literal QCoreApplication.translate("Labels", "...") calls: no alias.


def obstruction_kind(code: str) -> str:
    return {
        "removed": QCoreApplication.translate("Labels", "Removed from the station"),
        "not_admitted": QCoreApplication.translate("Labels", "Not admitted"),
        "protocol_not_shown": QCoreApplication.translate("Labels", "Protocol not shown"),
        "copy_refused": QCoreApplication.translate("Labels", "Certified copy refused"),
        "photo_forbidden": QCoreApplication.translate("Labels", "Photo/video forbidden"),
        "view_restricted": QCoreApplication.translate("Labels", "View of the count restricted"),
        "other": QCoreApplication.translate("Labels", "Other obstruction"),
    }.get(code, code)


def stage(code: str) -> str:
    return {
        "": QCoreApplication.translate("Labels", "(not set)"),
        "opening": QCoreApplication.translate("Labels", "Opening"),
        "voting": QCoreApplication.translate("Labels", "Voting"),
        "counting": QCoreApplication.translate("Labels", "Counting"),
        "tabulation": QCoreApplication.translate("Labels", "Tabulation"),
    }.get(code, code)


def incident_category(code: str) -> str:
    return {
        "ballot_stuffing": QCoreApplication.translate("Labels", "Ballot stuffing"),
        "carousel": QCoreApplication.translate("Labels", "Carousel voting"),
        "multiple_voting": QCoreApplication.translate("Labels", "Multiple voting"),
        "pressure": QCoreApplication.translate("Labels", "Pressure on voters"),
        "vote_buying": QCoreApplication.translate("Labels", "Vote buying"),
        "group_voting": QCoreApplication.translate("Labels", "Group voting"),
        "mobile_box": QCoreApplication.translate("Labels", "Mobile ballot box"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(code, code)


def protocol_source(code: str) -> str:
    return {
        "certified_copy": QCoreApplication.translate("Labels", "Certified copy"),
        "posted_copy": QCoreApplication.translate("Labels", "Copied from the posted protocol"),
        "own_count": QCoreApplication.translate("Labels", "Own count"),
        "not_shown": QCoreApplication.translate("Labels", "Protocol not shown"),
        "imported": QCoreApplication.translate("Labels", "Imported"),
        "": QCoreApplication.translate("Labels", "not given"),  # no source chosen by the observer
    }.get(code, code)


def protocol_status(code: str) -> str:
    return {"draft": QCoreApplication.translate("Labels", "Draft"), "final": QCoreApplication.translate("Labels", "Final")}.get(code, code)


def relation_status(code: str) -> str:
    return {"pass": QCoreApplication.translate("Labels", "passes"), "fail": QCoreApplication.translate("Labels", "fails"),
            "unknown": QCoreApplication.translate("Labels", "incomplete")}.get(code, code)
