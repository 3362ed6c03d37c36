"""Run as a process by test_merge_kill: merges bundles one commit at a time until killed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from observer_app.merge import merge_bundles  # noqa: E402
from observer_app.storage.store import Store  # noqa: E402


def main(coord: str, trust: str, *bundles: str) -> None:
    def progress(done, total, check, status):
        print(f"{status} {done}", flush=True)

    with Store.open(coord, kind="coordinator") as store:
        merge_bundles(store, bundles, [Path(trust).read_bytes()], workers=1, progress=progress,
                      commit_every=1)


if __name__ == "__main__":
    main(*sys.argv[1:])
