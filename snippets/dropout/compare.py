# The two frameworks draw their masks from different random generators:
# the same seed does not give the same mask. Compare the layers by what
# does not depend on the draw, then share one mask.
import math

import numpy as np
import paddle
import torch
from torch import nn

p = 0.3
rng = np.random.default_rng(0)
x = rng.uniform(1, 2, size=(400, 1000)).astype(np.float32)  # no zeros
torch.manual_seed(0)
paddle.seed(0)
torch_y = nn.Dropout(p)(torch.from_numpy(x)).numpy()
paddle_y = paddle.nn.Dropout(p)(paddle.to_tensor(x)).numpy()
torch_mask, paddle_mask = torch_y != 0, paddle_y != 0

# 1. The masks differ: they agree about as often as two independent ones.
agree = np.mean(torch_mask == paddle_mask)
independent = p**2 + (1 - p) ** 2
print(f"masks agree on {agree:.4f} of the elements "
      f"(independent masks: {independent:.4f})")

# 2. The rule is the same: every output is 0 or x/(1-p).
for name, y, mask in (("torch ", torch_y, torch_mask),
                      ("paddle", paddle_y, paddle_mask)):
    scaled = np.allclose(y[mask], x[mask] / (1 - p), rtol=1e-6)
    print(f"{name}: dropped {1 - mask.mean():.4f}, kept = x/(1-p): "
          f"{scaled}, mean(y)/mean(x) = {y.mean() / x.mean():.4f}")

# 3. The statistics match: the dropped share is p within a few standard
# deviations of a binomial count, and the mean is kept.
share_atol = 5 * math.sqrt(p * (1 - p) / x.size)
mean_rtol = 0.01

# 4. One mask for both: read it off PyTorch's output, apply it in Paddle.
shared = paddle.to_tensor(torch_mask.astype(np.float32))
paddle_shared = (paddle.to_tensor(x) * shared / (1 - p)).numpy()
print("PyTorch's mask applied in Paddle gives PyTorch's y:",
      np.allclose(paddle_shared, torch_y, rtol=1e-6, atol=0))

# Checks
assert abs(agree - independent) < 0.01, "masks look related"
for y, mask in ((torch_y, torch_mask), (paddle_y, paddle_mask)):
    np.testing.assert_allclose(y[mask], x[mask] / (1 - p), rtol=1e-6)
    assert np.all(y[~mask] == 0)
    assert abs((1 - mask.mean()) - p) < share_atol
    np.testing.assert_allclose(y.mean(), x.mean(), rtol=mean_rtol)
np.testing.assert_allclose(paddle_shared, torch_y, rtol=1e-6, atol=0)
