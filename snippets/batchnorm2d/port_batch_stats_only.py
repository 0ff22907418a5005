"""track_running_stats=False in PyTorch versus use_global_stats=False."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(9)
batches = rng.normal(1.0, 2.0, size=(3, 4, 2, 3, 3)).astype(np.float32)
tol = dict(rtol=1e-5, atol=1e-5)

torch_bn = nn.BatchNorm2d(2, track_running_stats=False)
paddle_bn = paddle.nn.BatchNorm2D(2, use_global_stats=False)
pairs, paddle_means = [], {}
for training in [True, False]:
    torch_bn.train(training)
    paddle_bn.train() if training else paddle_bn.eval()
    mean_before = paddle_bn._mean.numpy()
    for batch in batches:  # batch statistics in both modes
        pairs.append((torch_bn(torch.from_numpy(batch)).detach().numpy(),
                      paddle_bn(paddle.to_tensor(batch)).numpy()))
    # PyTorch keeps no running statistics; Paddle keeps updating its
    # own, in both modes, but never uses them.
    paddle_means[training] = mean_before, paddle_bn._mean.numpy()
    mode = "train" if training else "eval"
    print(f"{mode:5s} torch running_mean: {torch_bn.running_mean}, "
          f"paddle _mean: {mean_before.round(4)} -> "
          f"{paddle_bn._mean.numpy().round(4)}")

# Checks
for torch_y, paddle_y in pairs:
    np.testing.assert_allclose(paddle_y, torch_y, **tol)
assert torch_bn.running_mean is None
for training, (before, after) in paddle_means.items():
    assert not np.array_equal(after, before), training
