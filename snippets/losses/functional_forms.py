# Each loss layer has a function beside it: torch.nn.functional (F) and
# paddle.nn.functional (PF). The function of a layer gives its values;
# the ports are the layers' ports, with PyTorch's target named label.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rng = np.random.default_rng(9)
x = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)  # N, C, H, W
y = rng.integers(0, 3, (2, 4, 5))
t = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
w = np.array([0.5, 1.0, 2.0], np.float32)
t_x, t_y, t_t, t_w = (torch.from_numpy(a) for a in (x, y, t, w))
p_x, p_y, p_t, p_w = (paddle.to_tensor(a) for a in (x, y, t, w))
log_q, p_log_q = F.log_softmax(t_x, dim=1), PF.log_softmax(p_x, axis=1)
sig_t, p_sig_t = torch.sigmoid(t_t), PF.sigmoid(p_t)
pairs = {  # PyTorch call: (PyTorch value, Paddle value)
    "F.cross_entropy(x, y, w)": (
        F.cross_entropy(t_x, t_y, t_w),
        PF.cross_entropy(p_x, p_y, p_w, axis=1)),
    "F.nll_loss(log_q, y, w)": (
        F.nll_loss(log_q, t_y, t_w), PF.nll_loss(p_log_q, p_y, p_w)),
    "F.binary_cross_entropy_with_logits(x, sigmoid(t))": (
        F.binary_cross_entropy_with_logits(t_x, sig_t),
        PF.binary_cross_entropy_with_logits(p_x, p_sig_t)),
    "F.mse_loss(x, t)": (F.mse_loss(t_x, t_t), PF.mse_loss(p_x, p_t)),
    "F.l1_loss(x, t, reduction='sum')": (
        F.l1_loss(t_x, t_t, reduction="sum"),
        PF.l1_loss(p_x, p_t, reduction="sum")),
    "F.smooth_l1_loss(x, t, beta=0.5)": (
        F.smooth_l1_loss(t_x, t_t, beta=0.5),
        PF.smooth_l1_loss(p_x, p_t, delta=0.5, is_huber=False)),
    "F.huber_loss(x, t, delta=0.5)": (
        F.huber_loss(t_x, t_t, delta=0.5),
        PF.smooth_l1_loss(p_x, p_t, delta=0.5)),
}
for call, (torch_value, paddle_value) in pairs.items():
    print(f"{call:50} {torch_value.item():.6f} "
          f"{paddle_value.item():.6f}")
print("paddle.nn.functional.huber_loss exists:", hasattr(PF, "huber_loss"))

# Checks: each pair agrees; each function equals its PyTorch layer.
layers = [torch.nn.CrossEntropyLoss(t_w), torch.nn.NLLLoss(t_w),
          torch.nn.BCEWithLogitsLoss(), torch.nn.MSELoss(),
          torch.nn.L1Loss(reduction="sum"), torch.nn.SmoothL1Loss(beta=0.5),
          torch.nn.HuberLoss(delta=0.5)]
inputs = [(t_x, t_y), (log_q, t_y), (t_x, sig_t)] + [(t_x, t_t)] * 4
for (torch_value, paddle_value), layer, args in zip(pairs.values(),
                                                    layers, inputs):
    np.testing.assert_allclose(paddle_value.numpy(), torch_value.numpy(),
                               1e-5, 1e-6)
    assert torch.equal(layer(*args), torch_value)
assert not hasattr(PF, "huber_loss")
