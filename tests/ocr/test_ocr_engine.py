"""Engine internals a user relies on indirectly: recognition batches waste little padding."""

from __future__ import annotations

from courtdoc.ocr.engine import plan_batches


def _padded(widths, spans):
    return sum((j - i) * widths[j - 1] for i, j in spans)


def test_batches_cover_every_line_once_in_order():
    widths = sorted([23, 40, 172, 346, 357, 592, 658, 889, 891, 907, 909, 932, 934, 953, 1004, 1005])
    spans = plan_batches(widths, overhead=64, max_cols=8000)
    assert spans[0][0] == 0 and spans[-1][1] == len(widths)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(i < j for i, j in spans)


def test_short_lines_are_not_padded_to_full_width():
    widths = [30, 40, 50] + [1000] * 8
    spans = plan_batches(widths, overhead=64, max_cols=8000)
    # the three short lines form their own batch: padding them to 1000 would triple the work
    assert (0, 3) in spans
    assert _padded(widths, spans) < 1.05 * sum(widths) + 64 * len(spans)


def test_batch_size_bounded_but_a_single_wide_line_still_runs():
    spans = plan_batches([900] * 20, overhead=64, max_cols=4000)
    assert all((j - i) * 900 <= 4000 for i, j in spans)
    assert plan_batches([9000], overhead=64, max_cols=4000) == [(0, 1)]
    assert plan_batches([], overhead=64, max_cols=4000) == []
