"""Cut a text into pieces at every mark boundary, so overlapping and nested marks render as flat spans.

Each piece lists the marks covering it; the browser styles a piece from its marks (stacked underlines,
one lane per overlapping mark), so no mark needs to be split into nested elements. Pieces are made
here, in Python, because record offsets count code points while JavaScript strings count UTF-16 units.
"""

from __future__ import annotations

from typing import Sequence


def segment(text: str, spans: Sequence[tuple[int, int]]) -> list[list]:
    """``[[piece, [mark ids]], ...]`` covering ``text``; mark id = index in ``spans``. Empty or
    out-of-range spans are clipped or skipped, never an error."""
    n = len(text)
    clipped = [(max(0, min(a, n)), max(0, min(b, n))) for a, b in spans]
    cuts = sorted({0, n, *(a for a, _ in clipped), *(b for _, b in clipped)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for mark, (a, b) in enumerate(clipped):
        if b > a:
            starts.setdefault(a, []).append(mark)
            ends.setdefault(b, []).append(mark)
    active: set[int] = set()
    pieces: list[list] = []
    for left, right in zip(cuts, cuts[1:]):
        active.difference_update(ends.get(left, ()))
        active.update(starts.get(left, ()))
        pieces.append([text[left:right], sorted(active)])
    return pieces


def lanes(spans: Sequence[tuple[int, int]]) -> list[int]:
    """A lane per span such that overlapping spans never share one (greedy interval colouring in
    start order, the longer span first): each lane is one underline, so every overlap stays visible."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -(spans[i][1] - spans[i][0])))
    lane_end: list[int] = []
    out = [0] * len(spans)
    for i in order:
        a, b = spans[i]
        for lane, end in enumerate(lane_end):
            if end <= a:
                lane_end[lane] = b
                out[i] = lane
                break
        else:
            out[i] = len(lane_end)
            lane_end.append(b)
    return out
