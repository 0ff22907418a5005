# Every mode, rank and length of the pad list: what each framework takes,
# and the port of what PyTorch takes (calls.py of this folder writes it,
# for the mapping page too). Widths from -2 (crop) to one past the size.
import itertools
import sys
import warnings
from pathlib import Path

import numpy as np
import paddle
import paddle.compat.nn.functional as CF
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

# Run alone: snippets/ on the path, as the build's kernel has it.
if "__file__" in globals():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from padding.calls import NotPortable, paddle_pad  # noqa: E402

MODES = ["constant", "reflect", "replicate", "circular"]


def attempt(f):
    """The result as an array, or the name of the error."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return f().numpy()
    except Exception as error:
        return type(error).__name__


def widths(sides, rng):
    """Every pair of widths on one axis; a sample on several."""
    if len(sides) == 1:
        n = sides[0]
        return [list(p) for p in itertools.product(range(-2, n + 2),
                                                   repeat=2)]
    fixed = [[w] * 2 * len(sides) for w in (0, 1)]  # within every limit
    return fixed + [rng.integers(-1, min(sides) + 1, 2 * len(sides)).tolist()
                    for _ in range(12)]


def side_sets(pairs):
    """Sides of 1 and 3 (one pixel, and more than a width of 2)."""
    if pairs == 1:
        return [(1,), (3,)]
    return [(1,) * pairs, (3,) * pairs, (1, 3) * (pairs // 2) + (1,) * (
        pairs % 2)]


rng = np.random.default_rng(0)
lengths = {mode: set() for mode in MODES}  # (rank, len) PyTorch takes
paddle_lengths = {mode: set() for mode in MODES}
counts = {"ported": 0, "not ported": 0, "compat differs": 0}
# (PyTorch refuses, Paddle refuses): batched input, widths of 0 or more
refused = {mode: dict.fromkeys(itertools.product([False, True], repeat=2),
                               0) for mode in MODES}
widest = {}  # (mode, framework, side) -> the widest width taken
for ndim, mode in itertools.product(range(1, 6), MODES):
    for pairs in range(1, ndim + 1):
        for sides in side_sets(pairs):
            shape = (2, 2, 2, 2, 2)[:ndim - pairs] + sides[::-1]
            x = rng.integers(-9, 10, shape).astype(np.float32)
            for pad in widths(sides, rng):
                want = attempt(lambda: F.pad(torch.from_numpy(x), pad, mode))
                spatial = pairs == ndim - 2 and min(pad) >= 0
                if isinstance(want, str) and not spatial:
                    continue  # Paddle may crash on a crop past the edge
                literal = attempt(lambda: PF.pad(paddle.to_tensor(x), pad,
                                                 mode))
                if spatial:  # a batch, widths of 0 or more
                    refused[mode][isinstance(want, str),
                                  isinstance(literal, str)] += 1
                    if pairs == 1:  # the widest each takes, by side
                        for framework, y in (("PyTorch", want),
                                             ("Paddle", literal)):
                            if not isinstance(y, str):
                                widest[mode, framework, sides[0]] = max(
                                    widest.get((mode, framework, sides[0]),
                                               0), max(pad))
                if isinstance(want, str):
                    continue  # PyTorch refuses: nothing to port
                lengths[mode].add((ndim, 2 * pairs))
                if min(pad) >= 0 and not isinstance(literal, str):
                    paddle_lengths[mode].add((ndim, 2 * pairs))
                compat = attempt(lambda: CF.pad(paddle.to_tensor(x), pad,
                                                mode))
                counts["compat differs"] += not (
                    isinstance(compat, np.ndarray)
                    and np.array_equal(compat, want))
                try:
                    code = paddle_pad("x", pad, mode, None, shape)
                except NotPortable:
                    counts["not ported"] += 1
                    continue
                got = eval(code, {"x": paddle.to_tensor(x), "PF": PF})
                # Checks: the port gives PyTorch's tensor, on every call
                # PyTorch takes; non-negative widths take the same way
                # through paddle.compat's pad.
                np.testing.assert_array_equal(got.numpy(), want)
                if min(pad) >= 0:
                    np.testing.assert_array_equal(compat, want)
                counts["ported"] += 1

print("lengths of the pad list each framework runs")
print(f"{'rank':>4}  {'constant':14}  other modes: PyTorch, Paddle")
for r in range(1, 6):
    def taken(found):
        return ", ".join(str(n) for rank, n in sorted(found) if rank == r)
    print(f"{r:4}  {taken(lengths['constant']):14}  "
          f"{taken(lengths['reflect']) or '-':13}  "
          f"{taken(paddle_lengths['reflect']) or '-'}")
print(f"calls PyTorch takes: {counts['ported']} ported, "
      f"{counts['not ported']} not")
print("widths of 0 or more on a batch, refused by one framework only:")
print("  " + ", ".join(
    f"{mode} {refused[mode][True, False] + refused[mode][False, True]}"
    for mode in MODES))

# value outside constant mode: PyTorch takes None and 0 only, Paddle
# ignores it.
x = rng.integers(-9, 10, (1, 2, 3, 3)).astype(np.float32)
taken = {}
for mode, value in itertools.product(MODES[1:], [None, 0, 1.5, -2]):
    want = F.pad(torch.from_numpy(x), [1] * 4, mode).numpy()
    got = attempt(lambda: F.pad(torch.from_numpy(x), [1] * 4, mode,
                                value=value))
    taken[mode, value] = not isinstance(got, str)
    if value is not None:
        ignored = PF.pad(paddle.to_tensor(x), [1] * 4, mode, value=value)
        np.testing.assert_array_equal(ignored.numpy(), want)
print("value in the other modes, PyTorch takes:",
      sorted({str(v) for (_, v), ok in taken.items() if ok}),
      "refuses:", sorted({str(v) for (_, v), ok in taken.items() if not ok}))
print("Paddle takes them all and ignores them")

# Checks: constant pads any rank and any length in both frameworks; the
# other modes, for 3-D to 5-D input, 2 x (ndim - 2) widths in both, and
# in PyTorch also 2 x (ndim - 1): the input without its batch axis.
assert lengths["constant"] == paddle_lengths["constant"] == {
    (r, 2 * p) for r in range(1, 6) for p in range(1, r + 1)}
for mode in MODES[1:]:
    assert paddle_lengths[mode] == {(r, 2 * (r - 2)) for r in (3, 4, 5)}
    assert lengths[mode] == paddle_lengths[mode] | {
        (r, 2 * (r - 1)) for r in (2, 3, 4)}
assert all(ok == (value in (None, 0)) for (_, value), ok in taken.items())
# Both refuse the same widths (reflect: one below the side at most),
# except in circular mode: Paddle wraps a width larger than the side,
# which PyTorch refuses.
for mode in MODES[:3]:
    assert refused[mode][True, False] == refused[mode][False, True] == 0
assert refused["circular"][True, False] > 0
assert refused["circular"][False, True] == 0
# On one axis of side n (widths up to n + 1 tried): reflect takes up to
# n - 1 in both, PyTorch's circular up to n.
for n in (1, 3):
    assert widest["reflect", "PyTorch", n] == widest[
        "reflect", "Paddle", n] == n - 1
    assert widest["circular", "PyTorch", n] == n
    assert widest["replicate", "PyTorch", n] == n + 1
