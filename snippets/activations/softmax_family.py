# nn.Softmax, nn.LogSoftmax, F.softmax and F.log_softmax without dim:
# PyTorch picks the axis from the rank of the input (and warns), Paddle
# takes the last axis. Each warning is caught and counted here.
import warnings

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

TORCH = {"nn.Softmax()": lambda x, **d: nn.Softmax(**d)(x),
         "nn.LogSoftmax()": lambda x, **d: nn.LogSoftmax(**d)(x),
         "F.softmax(x)": F.softmax, "F.log_softmax(x)": F.log_softmax}
PADDLE = {"nn.Softmax()": lambda x, **a: paddle.nn.Softmax(**a)(x),
          "nn.LogSoftmax()": lambda x, **a: paddle.nn.LogSoftmax(**a)(x),
          "F.softmax(x)": PF.softmax, "F.log_softmax(x)": PF.log_softmax}


def chosen_axis(call, x):
    """The axis PyTorch picked: the dim= whose output it equals."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        y = TORCH[call](torch.from_numpy(x))
    dims = [d for d in range(max(x.ndim, 1)) if torch.equal(
        y, TORCH[call](torch.from_numpy(x), dim=d))]
    return dims, [str(w.message) for w in caught]


rng = np.random.default_rng(0)
axes, warned = {}, {}
for call in TORCH:
    for rank in range(6):
        x = rng.standard_normal((2, 3, 4, 5, 2)[:rank]).astype(np.float32)
        axes[call, rank], warned[call, rank] = chosen_axis(call, x)
messages = {m for caught in warned.values() for m in caught}
print("rank:              ", *range(6))
for call in TORCH:
    print(f"{call:19}", *(axes[call, rank][0] for rank in range(6)))
print("warning:", *sorted(m.split(".")[0] for m in messages), sep="\n  ")

# A literal port on [N, C, H, W], and the port that names the axis.
x = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
literal, ported = {}, {}
for call in TORCH:
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        want = TORCH[call](torch.from_numpy(x)).numpy()
    literal[call] = np.abs(PADDLE[call](paddle.to_tensor(x)).numpy()
                           - want).max()
    ported[call] = np.abs(PADDLE[call](paddle.to_tensor(x), axis=1)
                          .numpy() - want).max()
    print(f"{call:18} literal port: differs by {literal[call]:.2f}; "
          f"axis=1: {ported[call]:.1e}")

# Checks: _get_softmax_dim's rule for every call and rank 0 to 5, each
# call warned, and only the named axis ports.
rule = {rank: 0 if rank in (0, 1, 3) else 1 for rank in range(6)}
assert all(axes[call, rank] == [rule[rank]]
           for call in TORCH for rank in range(6)), axes
assert all(len(caught) == 1 and "Implicit dimension choice" in caught[0]
           for caught in warned.values())
assert all(literal[call] > 0.1 for call in TORCH)
assert all(ported[call] < 1e-5 for call in TORCH)
