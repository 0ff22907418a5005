"""The same seed gives the same values within a framework, not across
the two: equal values take copied weights."""
import math

import numpy as np
import paddle
import torch



def torch_layer(seed):
    torch.manual_seed(seed)
    return torch.nn.Linear(4, 3)


def paddle_layer(seed):
    """PyTorch's default distribution, drawn by Paddle."""
    paddle.seed(seed)
    b = 1 / math.sqrt(4)
    attr = paddle.ParamAttr(initializer=paddle.nn.initializer.Uniform(-b, b))
    return paddle.nn.Linear(4, 3, weight_attr=attr, bias_attr=attr)


t, p = torch_layer(0), paddle_layer(0)
torch_w = t.weight.detach().numpy()
paddle_w = p.weight.numpy().T  # as [out, in]
print("PyTorch, seed 0:\n", np.round(torch_w, 4))
print("Paddle, seed 0, the same distribution:\n", np.round(paddle_w, 4))

# Equal values: copy them (Paddle's Linear weight is the transpose).
p.weight.set_value(t.weight.detach().numpy().T)
p.bias.set_value(t.bias.detach().numpy())
x = np.random.default_rng(0).standard_normal((5, 4)).astype(np.float32)
gap = np.abs(t(torch.from_numpy(x)).detach().numpy()
             - p(paddle.to_tensor(x)).numpy()).max()
print(f"after copying: largest output difference {gap:.1e}")

# Checks: a seed repeats its framework's values; across the frameworks
# no weight is equal, though both lie within PyTorch's bound; copied
# weights give the same outputs up to float32 rounding.
bound = 1 / math.sqrt(4)
assert (torch_layer(0).weight.detach().numpy() == torch_w).all()
assert (paddle_layer(0).weight.numpy().T == paddle_w).all()
assert not np.isclose(torch_w, paddle_w).any()
assert np.abs(torch_w).max() <= bound and np.abs(paddle_w).max() <= bound
assert gap < 1e-6
