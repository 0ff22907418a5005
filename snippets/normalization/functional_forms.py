"""The functions beside the layers: F.layer_norm, F.group_norm,
F.instance_norm and Paddle's, called the way each framework writes them."""
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rng = np.random.default_rng(0)
x, w4, b4, w33, b33 = (rng.standard_normal(s).astype(np.float32) for s in
                       ((2, 4, 3, 3), 4, 4, (3, 3), (3, 3)))
t = {k: torch.from_numpy(v) for k, v in dict(
    x=x, w4=w4, b4=b4, w33=w33, b33=b33).items()}
p = {k: paddle.to_tensor(v) for k, v in dict(
    x=x, w4=w4, b4=b4, w33=w33, b33=b33).items()}

# layer_norm: Paddle takes a flat weight and bias, and epsilon for eps.
ln_t = F.layer_norm(t["x"], [3, 3], t["w33"], t["b33"], eps=1e-3)
ln_p = PF.layer_norm(p["x"], [3, 3], p["w33"].flatten(),
                     p["b33"].flatten(), epsilon=1e-3)
try:
    PF.layer_norm(p["x"], [3, 3], p["w33"], p["b33"], epsilon=1e-3)
except ValueError as error:
    print("ValueError:", str(error).splitlines()[0].split(", but")[0])

# group_norm: PyTorch's order is (input, num_groups, weight, bias, eps),
# Paddle's (x, num_groups, epsilon, weight, bias).
gn_t = F.group_norm(t["x"], 2, t["w4"], t["b4"], 1e-3)
gn_p = PF.group_norm(p["x"], 2, epsilon=1e-3, weight=p["w4"],
                     bias=p["b4"])
gn_copied = PF.group_norm(p["x"], 2, p["w4"], p["b4"], 1e-3)

# instance_norm: PyTorch updates the running statistics it is given and
# uses them when use_input_stats=False; Paddle ignores both.
stats_t = [torch.zeros(4), torch.ones(4)]
stats_p = [paddle.zeros([4]), paddle.ones([4])]
in_t = F.instance_norm(t["x"], *stats_t, t["w4"], t["b4"])
in_p = PF.instance_norm(p["x"], *stats_p, p["w4"], p["b4"])
print("running mean, PyTorch:", stats_t[0].numpy().round(4))
print("running mean, Paddle: ", stats_p[0].numpy().round(4))
frozen_t = F.instance_norm(t["x"], *stats_t, use_input_stats=False)
frozen_p = PF.instance_norm(p["x"], *stats_p, use_input_stats=False)
# The running statistics are batch_norm's in eval mode.
frozen_port = PF.batch_norm(p["x"], paddle.to_tensor(stats_t[0].numpy()),
                            paddle.to_tensor(stats_t[1].numpy()))
frozen_gap = np.abs(frozen_t.numpy() - frozen_p.numpy()).max()
print("use_input_stats=False, largest difference:", frozen_gap.round(4))

# Checks: the ports agree; the positional group_norm call copied as is
# agrees on this Paddle, which reads a tensor third as PyTorch's order;
# Paddle's running statistics stay at 0 and 1.
tol = dict(rtol=1e-5, atol=1e-5)
for want, got in ((ln_t, ln_p), (gn_t, gn_p), (gn_t, gn_copied),
                  (in_t, in_p), (frozen_t, frozen_port)):
    np.testing.assert_allclose(want.numpy(), got.numpy(), **tol)
np.testing.assert_allclose(stats_t[0].numpy(), 0.1 * x.mean((0, 2, 3)),
                           **tol)
np.testing.assert_array_equal(stats_p[0].numpy(), np.zeros(4))
np.testing.assert_array_equal(stats_p[1].numpy(), np.ones(4))
np.testing.assert_allclose(frozen_p.numpy(), PF.instance_norm(
    p["x"]).numpy(), **tol)
assert frozen_gap > 0.1
