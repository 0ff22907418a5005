# When does one kernel and stride reproduce adaptive pooling? The blog's
# rule, stride = n // m and kernel = n - (m - 1) * stride, gives the
# same values exactly when n % m is 0 or 1: then every bin has the same
# size and the bins start stride rows apart. Otherwise no single kernel
# and stride does, and the bins always overlap.
import math

import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(0)
holds = {}  # (n, m) -> the rule gives adaptive pooling's values
bins = {}  # (n, m) -> the bins [start, end) of adaptive pooling
for n in range(1, 17):
    for m in range(1, n + 1):
        stride = n // m
        kernel = n - (m - 1) * stride
        x = rng.standard_normal((1, 1, n, 1)).astype(np.float32)
        t_x, p_x = torch.from_numpy(x), paddle.to_tensor(x)
        torch_gap = np.abs(
            nn.AdaptiveAvgPool2d((m, 1))(t_x).numpy()
            - nn.AvgPool2d((kernel, 1), (stride, 1))(t_x).numpy()).max()
        paddle_gap = np.abs(
            paddle.nn.AdaptiveAvgPool2D((m, 1))(p_x).numpy()
            - paddle.nn.AvgPool2D((kernel, 1), (stride, 1))(p_x).numpy()
        ).max()
        holds[n, m] = (torch_gap < 1e-6, paddle_gap < 1e-6)
        bins[n, m] = [(math.floor(i * n / m), math.ceil((i + 1) * n / m))
                      for i in range(m)]

undivided = [(n, m) for n, m in holds if n % m]
rule_holds = [(n, m) for n, m in undivided if all(holds[n, m])]
print(f"{len(undivided)} pairs n -> m up to 16 where m does not divide "
      f"n;\nthe rule holds in {len(rule_holds)}, all with n % m = 1: "
      f"{rule_holds[:6]} ...")
print("6 -> 4 bins:", bins[6, 4], "(equal sizes, still overlapping)")
print("7 -> 3 bins:", bins[7, 3], "(kernel 3, stride 2)")


def one_kernel(edges):
    """Do the bins have one size and start at multiples of one stride?"""
    sizes = {end - start for start, end in edges}
    step = edges[1][0] if len(edges) > 1 else 0
    return len(sizes) == 1 and all(start == i * step
                                   for i, (start, _) in enumerate(edges))


def overlap(edges):
    return any(edges[i][1] > edges[i + 1][0]
               for i in range(len(edges) - 1))


# Checks: the rule holds in both frameworks exactly when n % m is 0 or
# 1; exactly then one kernel and stride describe the bins; bins overlap
# whenever m does not divide n; equal sizes do not rule out overlap.
for (n, m), (in_torch, in_paddle) in holds.items():
    assert in_torch == in_paddle == (n % m in (0, 1)), (n, m)
    assert one_kernel(bins[n, m]) == (n % m in (0, 1)), (n, m)
    assert overlap(bins[n, m]) == (n % m != 0), (n, m)
assert {e - s for s, e in bins[6, 4]} == {2} and overlap(bins[6, 4])
assert all(holds[7, 3]) and bins[7, 3] == [(0, 3), (2, 5), (4, 7)]
