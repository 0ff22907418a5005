"""What weight_decay means: L2 added to the gradient in Adam (both
frameworks), decay of the weights themselves in AdamW (both)."""
import numpy as np
import paddle
import torch

rng = np.random.default_rng(4)
w0 = rng.standard_normal(6).astype(np.float32)
grads = rng.standard_normal((3, 6)).astype(np.float32)
lr, wd = 0.1, 0.5  # a large decay, so that its share shows


def torch_step(make, **kwargs):
    w = torch.nn.Parameter(torch.from_numpy(w0.copy()))
    optimizer = make([w], lr=lr, **kwargs)
    for g in grads:
        w.grad = torch.from_numpy(g.copy())
        optimizer.step()
    return w.detach().numpy()


def paddle_step(make, **kwargs):
    w = paddle.create_parameter([6], "float32")
    w.set_value(w0)
    optimizer = make(lr, parameters=[w], **kwargs)
    for g in grads:
        optimizer.clear_grad()
        (w * paddle.to_tensor(g)).sum().backward()  # gradient g
        optimizer.step()
    return w.numpy()


def adam_by_hand(l2=0.0, decoupled=0.0, b1=0.9, b2=0.999, eps=1e-8):
    """Adam in float64 with L2 (added to g) or decoupled decay."""
    w, m, v = w0.astype(np.float64), np.zeros(6), np.zeros(6)
    for t, g in enumerate(grads, start=1):
        g = g + l2 * w
        w = w * (1 - lr * decoupled)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g ** 2
        m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
        w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
    return w


P = paddle.optimizer
runs = {
    "torch Adam, weight_decay": torch_step(torch.optim.Adam,
                                           weight_decay=wd),
    "paddle Adam, weight_decay": paddle_step(P.Adam, weight_decay=wd),
    "paddle Adam, L2Decay": paddle_step(
        P.Adam, weight_decay=paddle.regularizer.L2Decay(wd)),
    "torch Adam, decoupled": torch_step(
        torch.optim.Adam, weight_decay=wd, decoupled_weight_decay=True),
    "torch AdamW, weight_decay": torch_step(torch.optim.AdamW,
                                            weight_decay=wd),
    "paddle AdamW, weight_decay": paddle_step(P.AdamW, weight_decay=wd),
}
l2, decoupled = adam_by_hand(l2=wd), adam_by_hand(decoupled=wd)
for name, w in runs.items():
    print(f"{name:27}", np.round(w, 4))
swap_gap = float(np.abs(l2 - decoupled).max())
print(f"Adam(weight_decay) ported as AdamW: weights {swap_gap:.3f} apart "
      f"after {len(grads)} steps")

# Checks: Adam's weight_decay is L2 in both, AdamW's is decoupled in both.
for name, w in runs.items():
    want = decoupled if "AdamW" in name or "decoupled" in name else l2
    np.testing.assert_allclose(w, want, rtol=1e-5, atol=1e-6)
assert swap_gap > 0.01
