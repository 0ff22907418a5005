"""Device arguments: PyTorch takes a string or a torch.device, Paddle's
layers take a string (or a Paddle place), and read 'cuda' as 'gpu'."""
import re

import paddle
import torch
from torch import nn

device = torch.device("cuda:0")
print(f"str(torch.device('cuda:0')) = {str(device)!r}")

conv = paddle.nn.Conv2D(2, 3, 3, device="cpu")
print(f"Conv2D(..., device='cpu'): weight on {conv.weight.place}")
try:
    paddle.nn.Conv2D(2, 3, 3, device=torch.device("cpu"))
except ValueError:
    print("Conv2D(..., device=torch.device('cpu')): ValueError")

# This Paddle is a CPU build: a GPU string fails, and the message shows
# what Paddle read the string as.
compiled_with_cuda = paddle.is_compiled_with_cuda()
print(f"paddle.is_compiled_with_cuda(): {compiled_with_cuda}")
messages = {}
for name in ["cuda", "cuda:0", "gpu:0"]:
    try:
        paddle.nn.Conv2D(2, 3, 3, device=name)
    except ValueError as error:
        messages[name] = read_as = re.search(r"gpu(:\d)?", str(error))[0]
        print(f"device={name!r}: ValueError, read as {read_as!r}")

# BatchNorm2D has no device argument: it is made on the current device.
bn = paddle.nn.BatchNorm2D(3)
print(f"BatchNorm2D(3) on paddle.get_device() = {paddle.get_device()!r}:"
      f" {bn.weight.place}")

# Checks: strings work, torch.device objects do not; cuda reads as gpu
assert str(device) == "cuda:0"
assert conv.weight.place.is_cpu_place()
assert bn.weight.place.is_cpu_place() and paddle.get_device() == "cpu"
assert not compiled_with_cuda  # the site is built on CPUs
assert messages == {"cuda": "gpu", "cuda:0": "gpu:0", "gpu:0": "gpu:0"}
try:
    nn.Conv2d(2, 3, 3, device="gpu")
except RuntimeError:
    print("PyTorch nn.Conv2d(..., device='gpu'): RuntimeError")
else:
    raise AssertionError("PyTorch accepted 'gpu'")
