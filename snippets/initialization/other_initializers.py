"""The other initializers of torch.nn.init and their Paddle names."""
import numpy as np
import paddle
import torch

from init_stats import (check_normal, check_truncated_normal,
                        check_uniform, values)

I, init = paddle.nn.initializer, torch.nn.init
torch.manual_seed(0)
paddle.seed(0)


def orthonormal_rows(w, gain):
    """The [out, in] matrix's rows are orthogonal, each of length gain."""
    np.testing.assert_allclose(w @ w.T, gain ** 2 * np.eye(len(w)),
                               atol=1e-4)


# PyTorch call, Paddle initializer, the check of the distribution
ports = {
    "normal_(w, 0, 0.02)": (
        lambda w: init.normal_(w, 0.0, 0.02), I.Normal(0.0, 0.02),
        lambda w: check_normal(w, 0.0, 0.02)),
    "uniform_(w, -0.1, 0.3)": (
        lambda w: init.uniform_(w, -0.1, 0.3), I.Uniform(-0.1, 0.3),
        lambda w: check_uniform(w, -0.1, 0.3)),
    "constant_(w, 0.5)": (
        lambda w: init.constant_(w, 0.5), I.Constant(0.5),
        lambda w: np.testing.assert_array_equal(w, 0.5)),
    "zeros_(w)": (init.zeros_, I.Constant(0.0),
                  lambda w: np.testing.assert_array_equal(w, 0.0)),
    "ones_(w)": (init.ones_, I.Constant(1.0),
                 lambda w: np.testing.assert_array_equal(w, 1.0)),
    # a and b are values, not multiples of std, in both
    "trunc_normal_(w, 0, 0.02, -2, 2)": (
        lambda w: init.trunc_normal_(w, 0.0, 0.02, -2.0, 2.0),
        I.TruncatedNormal(0.0, 0.02, -2.0, 2.0),
        lambda w: check_truncated_normal(w, 0.0, 0.02, -2.0, 2.0)),
    "trunc_normal_(w, 0, 1, -0.5, 0.5)": (
        lambda w: init.trunc_normal_(w, 0.0, 1.0, -0.5, 0.5),
        I.TruncatedNormal(0.0, 1.0, -0.5, 0.5),
        lambda w: check_truncated_normal(w, 0.0, 1.0, -0.5, 0.5)),
    "trunc_normal_(w, 1, 1, 0, 3)": (
        lambda w: init.trunc_normal_(w, 1.0, 1.0, 0.0, 3.0),
        I.TruncatedNormal(1.0, 1.0, 0.0, 3.0),
        lambda w: check_truncated_normal(w, 1.0, 1.0, 0.0, 3.0)),
    "orthogonal_(w, gain=2)": (
        lambda w: init.orthogonal_(w, 2.0), I.Orthogonal(2.0),
        lambda w: orthonormal_rows(w, 2.0)),
}
weights = {}  # name: (PyTorch weight, Paddle weight), both as [out, in]
for name, (torch_init, paddle_init, _) in ports.items():
    t = torch.nn.Linear(600, 200)
    torch_init(t.weight)
    p = paddle.nn.Linear(
        600, 200, weight_attr=paddle.ParamAttr(initializer=paddle_init))
    weights[name] = (values(t.weight).reshape(200, 600),
                     values(p.weight).reshape(600, 200).T)
    tw, pw = weights[name]
    print(f"{name:34} mean, std: PyTorch {tw.mean():7.4f} {tw.std():.4f},"
          f" Paddle {pw.mean():7.4f} {pw.std():.4f}")

# Checks: each pair draws from the same distribution, the truncated
# ones cut at the values a and b; orthogonal_ gives the [out, in]
# matrix orthonormal rows (times the gain) in both.
for name, (_, _, check) in ports.items():
    for w in weights[name]:
        check(w)
