"""paddle.enable_compat(): `import torch` then imports a proxy that
hands out Paddle's APIs. Run in a fresh Python process, because in this
one `torch` is PyTorch."""
import subprocess
import sys

# PyTorch code, run as it is under the proxy
LINES = [
    "torch.nn.Conv2d is paddle.nn.Conv2D",
    "torch.nn.AdaptiveAvgPool2d is paddle.nn.AdaptiveAvgPool2D",
    "torch.nn.Linear is paddle.compat.nn.Linear",
    "torch.nn.functional.conv2d is paddle.nn.functional.conv2d",
    "type(torch.randn(1, 4, 5, 5)).__name__",
    "nn.Conv2d(4, 6, 3)(torch.randn(1, 4, 5, 5)).shape",
    "nn.Conv2d(4, 6, 3, dtype=torch.float64).weight.dtype",
    "nn.Conv2d(4, 6, 3, 1, 0, 1, 1, False)",
    "nn.Conv2d(4, 6, 3, device=torch.device('cpu'))",
    "nn.BatchNorm2d(4)",
]
PROGRAM = f"""
import paddle
paddle.enable_compat()
import torch
from torch import nn
for line in {LINES!r}:
    try:
        result = str(eval(line))
    except Exception as error:
        result = type(error).__name__ + ": " + str(error)[:60]
    print(line, "->", result)
paddle.disable_compat()
"""

run = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True,
                     text=True, check=True)
results = dict(line.split(" -> ") for line in run.stdout.splitlines())
for line, result in results.items():
    print(f"{line}\n    {result}")

# Checks: names map to Paddle's; the positional bias and BatchNorm2d fail
assert list(results) == LINES
assert all(results[line] == "True" for line in LINES[:4])
assert results["type(torch.randn(1, 4, 5, 5)).__name__"] == "Tensor"
assert results[LINES[6]] == "paddle.float64"
assert results[LINES[7]].startswith("TypeError")
assert results[LINES[8]].startswith("TypeError")
assert results[LINES[9]].startswith("AttributeError")
