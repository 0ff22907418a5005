"""Porting a trained nn.LayerNorm: its state, and a call copied as is."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
torch_ln = nn.LayerNorm([4, 5], eps=1e-6)
with torch.no_grad():
    torch_ln.weight.copy_(torch.from_numpy(rng.standard_normal((4, 5))))
    torch_ln.bias.copy_(torch.from_numpy(rng.standard_normal((4, 5))))
state = {k: v.numpy() for k, v in torch_ln.state_dict().items()}
want = torch_ln(torch.from_numpy(x)).detach().numpy()

# The keys are the same, the shapes are not: Paddle skips each tensor
# with a warning, and the layer keeps its initial scale and shift.
literal = paddle.nn.LayerNorm([4, 5], epsilon=1e-6)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    literal.set_state_dict(state)
for w in caught:
    print("warning:", w.message)
literal_gap = np.abs(literal(paddle.to_tensor(x)).numpy() - want).max()
print("copied as is, largest difference:", literal_gap.round(4))

# Flatten each tensor first.
paddle_ln = paddle.nn.LayerNorm([4, 5], epsilon=1e-6)
paddle_ln.set_state_dict({k: v.reshape(-1) for k, v in state.items()})
gap = np.abs(paddle_ln(paddle.to_tensor(x)).numpy() - want).max()
print(f"flattened, largest difference: {gap:.1e}")

# A positional call: eps is second in both, the rest is keyword-only
# in Paddle.
try:
    paddle.nn.LayerNorm([4, 5], 1e-6, False)
except TypeError as error:
    print("TypeError:", error)

# Paddle's LayerNorm takes an epsilon of at most 0.001, and says so
# only when called.
big_eps = paddle.nn.LayerNorm([4, 5], epsilon=0.01)
try:
    big_eps(paddle.to_tensor(x))
except ValueError as error:
    big_eps_error = str(error).splitlines()[0]
    print("ValueError:", big_eps_error)

# Checks: two skipped tensors and the initial values kept; the flattened
# state gives PyTorch's output; back to PyTorch is a reshape too.
assert len(caught) == 2 and all("Skip loading" in str(w.message)
                                for w in caught)
np.testing.assert_array_equal(literal.weight.numpy(), np.ones(20))
assert literal_gap > 0.1
assert "between0.0 and 0.001" in big_eps_error
paddle.nn.LayerNorm([4, 5], epsilon=1e-3)(paddle.to_tensor(x))  # the limit
np.testing.assert_allclose(paddle_ln(paddle.to_tensor(x)).numpy(), want,
                           rtol=1e-5, atol=1e-5)
back = nn.LayerNorm([4, 5], eps=1e-6)
back.load_state_dict({k: torch.from_numpy(v.numpy().reshape(4, 5))
                      for k, v in paddle_ln.state_dict().items()})
np.testing.assert_array_equal(back(torch.from_numpy(x)).detach().numpy(),
                              want)
