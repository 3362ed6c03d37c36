"""The pictures of the analysis as plain arrays, drawn the same on screen (ui/analysis.py) and in
the signed report (observer_app/export/report_pdf.py): an RGB image of the turnout x leader-share
fingerprint. numpy only."""

from __future__ import annotations

import numpy as np

# White (no voters) through light blue to near black (the most voters): reads in print and in
# grey, and for the colour-blind (one hue, lightness alone carries the value).
_STOPS = np.array([[255, 255, 255], [198, 219, 239], [107, 174, 214], [33, 113, 181],
                   [8, 48, 107], [10, 10, 30]], dtype=float)


def fingerprint_rgb(grid: np.ndarray) -> np.ndarray:
    """grid: voters per (turnout bin, leader-share bin), rows = turnout from 0. Returns an image
    (height x width x 3, uint8) with turnout along x (left to right) and the leader's share along
    y (bottom to top), the lightness on a log scale (a cell of one voter is still seen beside
    one of a million), empty cells white."""
    grid = np.asarray(grid, dtype=float)
    image = np.empty((grid.shape[1], grid.shape[0], 3), dtype=np.uint8)
    filled = grid > 0
    level = np.zeros_like(grid)
    if filled.any():
        logs = np.log10(grid[filled])
        low, high = float(logs.min()), float(logs.max())
        level[filled] = 0.15 + 0.85 * ((logs - low) / (high - low) if high > low else 1.0)
    position = level * (len(_STOPS) - 1)
    lower = np.minimum(position.astype(int), len(_STOPS) - 2)
    frac = (position - lower)[..., None]
    colours = _STOPS[lower] * (1 - frac) + _STOPS[lower + 1] * frac
    # rows of the grid are turnout (x), columns leader share (y, the image's top is 100 %)
    image[:] = np.rint(colours.transpose(1, 0, 2)[::-1]).astype(np.uint8)
    return image
