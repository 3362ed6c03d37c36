"""Where the bundled resources (election templates, fonts, translations) are."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ELECTIONS = RESOURCES / "elections"
DEMO_ELECTION = ELECTIONS / "kz-2021-majilis.election.json"


def default_database() -> Path:
    """observer.sqlite in the user's data folder (e.g. ~/.local/share/observer-app)."""
    from platformdirs import user_data_path

    return user_data_path("observer-app", appauthor=False) / "observer.sqlite"
