"""paddle.enable_compat(): `import torch` then imports Paddle. Run in a
fresh Python process, because in this one `torch` is PyTorch."""
import subprocess
import sys

PROGRAM = """
import paddle
paddle.enable_compat()
import torch
print("torch is paddle:", torch is paddle)
print("torch.nn.Conv2d is paddle.nn.Conv2D:",
      torch.nn.Conv2d is paddle.nn.Conv2D)
print("torch.nn.AdaptiveAvgPool2d is paddle.nn.AdaptiveAvgPool2D:",
      torch.nn.AdaptiveAvgPool2d is paddle.nn.AdaptiveAvgPool2D)
print("torch.nn.Linear is paddle.compat.nn.Linear:",
      torch.nn.Linear is paddle.compat.nn.Linear)
print("torch.nn.BatchNorm2d exists:", hasattr(torch.nn, "BatchNorm2d"))
print("type of torch.randn(2, 3):", type(torch.randn(2, 3)).__name__)
paddle.disable_compat()
"""

run = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True,
                     text=True, check=True)
print(run.stdout, end="")
lines = dict(line.rsplit(": ", 1) for line in run.stdout.splitlines()
             if ": " in line)

# Checks: the proxy maps names to Paddle; BatchNorm2d is not there
assert lines["torch is paddle"] == "False"  # a proxy module
assert lines["torch.nn.Conv2d is paddle.nn.Conv2D"] == "True"
assert lines["torch.nn.Linear is paddle.compat.nn.Linear"] == "True"
assert lines["torch.nn.BatchNorm2d exists"] == "False"
assert lines["type of torch.randn(2, 3)"] == "Tensor"
