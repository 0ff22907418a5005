"""paddle.mean(input[0][0]) passes no axis: it averages all 12 values of
channel 0, not "axis 0, the channel axis" as the article's comment says.
"""
import subprocess
import sys

import numpy as np
import paddle

rng = np.random.default_rng(0)
x_np = rng.normal(0.2, 1.2, size=(1, 2, 3, 4)).astype(np.float32)
x = paddle.to_tensor(x_np)
channel = x[0][0]  # indexing has already picked sample 0, channel 0
mean = paddle.mean(channel)  # the article's call: no axis
rows = paddle.mean(channel, axis=0)  # what axis=0 would do here
print(f"x[0][0]: shape {list(channel.shape)}, {channel.size} values")
print(f"paddle.mean(x[0][0]):         shape {list(mean.shape)}, "
      f"{mean.item():.4f}")
print(f"paddle.mean(x[0][0], axis=0): shape {list(rows.shape)}, "
      f"{np.round(rows.numpy(), 4)}")

# The next line of the article, paddle.var, writes a C++ warning to
# stderr once per process; run it where that cannot reach this page.
VAR = """
import numpy as np, paddle
x = paddle.to_tensor(np.ones((3, 4), dtype=np.float32))
for _ in range(3):
    paddle.var(x, unbiased=False)
"""
run = subprocess.run([sys.executable, "-c", VAR], capture_output=True,
                     text=True, check=True)
warning = [line for line in run.stderr.splitlines() if line.strip()]
print(f"paddle.var, called 3 times, wrote {len(warning)} line to "
      f"stderr:\n  {warning[0].split('] ')[-1]}")

# Checks: no axis means all 12 values, the channel mean batch norm uses
np.testing.assert_allclose(mean.item(), x_np[0, 0].mean(), rtol=1e-6)
np.testing.assert_allclose(mean.item(), x_np.mean(axis=(0, 2, 3))[0],
                           rtol=1e-6)
assert channel.size == 12 and mean.shape == []
assert list(rows.shape) == [4]  # axis=0 of x[0][0] is the height
np.testing.assert_allclose(rows.numpy(), x_np[0, 0].mean(axis=0),
                           rtol=1e-6)
assert len(warning) == 1 and warning[0].startswith("W"), run.stderr
