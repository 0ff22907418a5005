import math

import numpy as np
import torch
from torch import nn


def bin_edges(n_in, n_out):
    return [(math.floor(i * n_in / n_out),
             math.ceil((i + 1) * n_in / n_out)) for i in range(n_out)]


def weights_from_formula(n_in, n_out):
    # column i holds the weight of every input position in output i
    want = np.zeros((n_in, n_out), dtype=np.float32)
    for i, (start, end) in enumerate(bin_edges(n_in, n_out)):
        want[start:end, i] = 1 / (end - start)
    return want


rtol = 1e-6  # weights 1 / size; zeros must be exact (atol=0)
pairs = [(n_in, n_out) for n_in in range(1, 13)
         for n_out in range(1, 17)]
results = {}  # (n_in, n_out) -> (along H, along W, formula)
for n_in, n_out in pairs:
    # one input per position, each with a single 1 in it: the output
    # shows which bins contain that position and with what weight
    eye = np.eye(n_in, dtype=np.float32)
    want = weights_from_formula(n_in, n_out)
    x = torch.from_numpy(eye.reshape(n_in, 1, n_in, 1))
    pool = nn.AdaptiveAvgPool2d((n_out, 1))
    rows = pool(x).numpy().reshape(n_in, n_out)
    x = torch.from_numpy(eye.reshape(n_in, 1, 1, n_in))
    pool = nn.AdaptiveAvgPool2d((1, n_out))
    cols = pool(x).numpy().reshape(n_in, n_out)
    results[n_in, n_out] = rows, cols, want

n_even = sum(n_in % n_out == 0 for n_in, n_out in pairs)
n_larger = sum(n_out > n_in for n_in, n_out in pairs)
n_uneven = len(pairs) - n_even - n_larger
print(f"pairs checked on H and on W: {len(pairs)}")
print(f"  evenly dividing: {n_even}, not dividing: {n_uneven}, "
      f"output larger than input: {n_larger}")

# Checks: both axes give the formula's weights; a position outside a bin
# gives exactly 0 (atol=0).
for (n_in, n_out), (rows, cols, want) in results.items():
    for got, axis in [(rows, "H"), (cols, "W")]:
        np.testing.assert_allclose(
            got, want, rtol=rtol, atol=0,
            err_msg=f"{axis}: {n_in} -> {n_out}")
