# The names differ: PyTorch says start_dim / end_dim, Paddle says
# start_axis / stop_axis. Paddle's function (not its layer) also takes
# PyTorch's names.
import paddle
import torch
from torch import nn

x_torch, x_paddle = torch.zeros(2, 3, 4, 5), paddle.zeros([2, 3, 4, 5])
calls = {
    "nn.Flatten(start_dim=2)":
        lambda: nn.Flatten(start_dim=2)(x_torch),
    "nn.Flatten(start_axis=2)":
        lambda: nn.Flatten(start_axis=2)(x_torch),
    "torch.flatten(x, start_axis=2)":
        lambda: torch.flatten(x_torch, start_axis=2),
    "paddle.nn.Flatten(start_axis=2)":
        lambda: paddle.nn.Flatten(start_axis=2)(x_paddle),
    "paddle.nn.Flatten(start_dim=2)":
        lambda: paddle.nn.Flatten(start_dim=2)(x_paddle),
    "paddle.flatten(x, start_dim=2, end_dim=3)":
        lambda: paddle.flatten(x_paddle, start_dim=2, end_dim=3),
}
works = {}
for name, call in calls.items():
    try:
        shape = list(call().shape)
        works[name] = True
        print(f"{name:42} {shape}")
    except TypeError:
        works[name] = False
        print(f"{name:42} TypeError")

# Checks
assert works == {
    "nn.Flatten(start_dim=2)": True,
    "nn.Flatten(start_axis=2)": False,
    "torch.flatten(x, start_axis=2)": False,
    "paddle.nn.Flatten(start_axis=2)": True,
    "paddle.nn.Flatten(start_dim=2)": False,
    "paddle.flatten(x, start_dim=2, end_dim=3)": True,
}
