"""Trap: a square Linear weight loads untransposed, without a word."""
import warnings

import numpy as np
import paddle
import torch

from convert import torch_to_paddle

torch.manual_seed(0)
torch_linear = torch.nn.Linear(32, 32)
paddle_linear = paddle.nn.Linear(32, 32)

# copied as is: [out, in] read as [in, out], and the shapes agree
state = {k: v.detach().numpy() for k, v in torch_linear.state_dict().items()}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    missing, unexpected = paddle_linear.set_state_dict(state)
print("warnings:", len(caught), " missing:", missing,
      " unexpected:", unexpected)

x = np.random.default_rng(0).random((4, 32), dtype=np.float32)
torch_y = torch_linear(torch.from_numpy(x)).detach().numpy()
paddle_y = paddle_linear(paddle.to_tensor(x)).numpy()
wrong_gap = np.abs(paddle_y - torch_y).max()
print(f"copied as is,        max |paddle - torch|: {wrong_gap:.4f}")

# the converter sees a Linear layer in the target and transposes
paddle_linear.set_state_dict(
    torch_to_paddle(torch_linear.state_dict(), paddle_linear))
paddle_y = paddle_linear(paddle.to_tensor(x)).numpy()
right_gap = np.abs(paddle_y - torch_y).max()
print(f"through the converter, max |paddle - torch|: {right_gap:.1e}")

# Checks
assert not caught and not missing and not unexpected
assert wrong_gap > 0.1
np.testing.assert_allclose(paddle_y, torch_y, rtol=1e-5, atol=1e-5)
