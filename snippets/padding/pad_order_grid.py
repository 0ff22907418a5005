# Constant padding: every rank from 1 to 5 and every length of the pad
# list, each list copied as it is and ported, against PyTorch's F.pad.
import itertools

import numpy as np
import paddle
import paddle.compat.nn.functional as CF
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F


def reordered(pad):
    """PyTorch's pairs in reverse order: from the first axis."""
    pairs = len(pad) // 2
    return [w for k in reversed(range(pairs)) for w in pad[2 * k:2 * k + 2]]


rng = np.random.default_rng(0)
counts = {"cases": 0, "literal differs": 0}
for ndim in range(1, 6):
    shape = (1, 2, 3, 2, 3)[:ndim]  # sides 1 to 3
    x = rng.integers(-9, 10, shape).astype(np.float32)
    for pairs, _ in itertools.product(range(1, ndim + 1), range(3)):
        pad = rng.integers(0, 4, 2 * pairs).tolist()
        value = float(rng.integers(1, 9))
        want = F.pad(torch.from_numpy(x), pad, value=value).numpy()
        literal = PF.pad(paddle.to_tensor(x), pad, value=value).numpy()
        same = literal.shape == want.shape and np.array_equal(literal, want)
        counts["cases"] += 1
        counts["literal differs"] += not same
        all_axes = pairs == ndim
        ports = [PF.pad(paddle.to_tensor(x), pad, value=value,
                        pad_from_left_axis=False),
                 CF.pad(paddle.to_tensor(x), pad, value=value)]
        if all_axes:
            ports.append(PF.pad(paddle.to_tensor(x), reordered(pad),
                                value=value))
        # Checks: copied as is, a list shorter than all axes pads as in
        # PyTorch; a list as long as all axes is read from the first axis
        # (which is PyTorch's reading of the reversed pairs). Reversing
        # the pairs, pad_from_left_axis=False and paddle.compat's pad
        # give PyTorch's result.
        if not all_axes:
            assert same, (ndim, pad)
        else:
            from_first = F.pad(torch.from_numpy(x), reordered(pad),
                               value=value).numpy()
            np.testing.assert_array_equal(literal, from_first)
        for port in ports:
            np.testing.assert_array_equal(port.numpy(), want)

print(f"{counts['cases']} lists, ranks 1 to 5, every length:")
print(f"  copied as is, {counts['literal differs']} differ, "
      "each as long as all axes")
print("  reversed pairs, pad_from_left_axis=False, paddle.compat: "
      "all agree")

# data_format: for a list of 2 x (ndim - 2) widths, or another mode, the
# spatial axes; a list of another length pads from the last axis anyway.
for ndim, layout in ((3, "NLC"), (4, "NHWC"), (5, "NDHWC")):
    x = rng.integers(-9, 10, (1, 2, 3, 2, 3)[:ndim]).astype(np.float32)
    last = np.moveaxis(x, 1, -1)  # the same tensor, channels last
    for pairs in range(1, ndim + 1):
        pad = rng.integers(0, 4, 2 * pairs).tolist()
        got = PF.pad(paddle.to_tensor(last), pad, data_format=layout).numpy()
        # Checks: a spatial list pads the spatial axes of the channels-last
        # tensor, as PyTorch pads them in the channels-first one; a list
        # of any other length gives what it gives without data_format.
        if pairs == ndim - 2:
            want = F.pad(torch.from_numpy(x), pad).numpy()
            np.testing.assert_array_equal(got, np.moveaxis(want, 1, -1))
        else:
            want = PF.pad(paddle.to_tensor(last), pad).numpy()
            np.testing.assert_array_equal(got, want)
