"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import numpy as np
import paddle
import torch
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import NAMESPACE, Api, NotPortable, Var, source  # noqa: E402


# The norms paddle.nn.utils.clip_grad_norm_ takes; it raises ValueError
# on any other p.
PADDLE_NORMS = (0.0, 1.0, 2.0, float("inf"))


def port_clip_grad_norm(call):
    """ClipGradByGlobalNorm passed to the optimizer (the Gradient
    clipping page), which clips every parameter of the optimizer by the
    L2 norm. Another norm, error_if_nonfinite or only some parameters:
    keep the call, as paddle.nn.utils.clip_grad_norm_. foreach goes."""
    a = dict(call.arguments)
    a.pop("foreach", None)
    if float(a.get("norm_type", 2.0)) not in PADDLE_NORMS:
        raise NotPortable("a norm Paddle does not take")
    if (a.get("norm_type", 2.0) == 2 and not a.get("error_if_nonfinite")
            and a["parameters"] == "params"):
        return source("paddle.nn.ClipGradByGlobalNorm", [a["max_norm"]],
                      {})
    positional = [a.pop(n) for n in call.positional if n in a]
    return source("paddle.nn.utils.clip_grad_norm_", positional, a)


def port_clip_grad_value(call):
    """ClipGradByValue passed to the optimizer; for only some
    parameters, paddle.nn.utils.clip_grad_value_. foreach goes."""
    a = call.arguments
    if a["parameters"] == "params":
        return source("paddle.nn.ClipGradByValue", [a["clip_value"]], {})
    return source("paddle.nn.utils.clip_grad_value_",
                  [a["parameters"], a["clip_value"]], {})


def clip_runner(call, paddle_code, rng):
    """The same gradients on the parameters (params, one per shape of
    x_shape) in both frameworks.
    PyTorch clips them with the call. Paddle's code is a clipper, given
    to SGD with learning rate 1 and weights of zero, so that the new
    weights are minus the clipped gradients, or a call that clips in
    place. Compared: the gradients, and the total norm both return."""
    shapes = call.api.x_shape
    grads = [(rng.standard_normal(s) * 3).astype(np.float32)
             for s in shapes]
    torch_params = [torch.zeros(s, requires_grad=True) for s in shapes]
    for p, g in zip(torch_params, grads):
        p.grad = torch.from_numpy(g.copy())
    torch_total = eval(call.code, NAMESPACE | {"params": torch_params})
    paddle_params = [paddle.create_parameter(list(s), "float32")
                     for s in shapes]
    for p in paddle_params:
        p.set_value(np.zeros(p.shape, np.float32))
    sum((p * paddle.to_tensor(g)).sum()
        for p, g in zip(paddle_params, grads)).backward()
    paddle_total = eval(paddle_code, NAMESPACE | {"params": paddle_params})
    if isinstance(paddle_total, paddle.nn.clip.ClipGradBase):
        paddle.optimizer.SGD(1.0, parameters=paddle_params,
                             grad_clip=paddle_total).step()
        paddle_grads, paddle_total = [-p.numpy() for p in paddle_params], None
    else:
        paddle_grads = [p.grad.numpy() for p in paddle_params]
    pairs = {f"gradient {i}": (p.grad.numpy(), g) for i, (p, g) in
             enumerate(zip(torch_params, paddle_grads))}
    if torch_total is not None and paddle_total is not None:
        pairs["total norm"] = (torch_total.numpy(), paddle_total.numpy())
    return pairs


CALLS = [
    Api("nn.utils.clip_grad_norm_", nn.utils.clip_grad_norm_,
        "paddle.nn.utils.clip_grad_norm_", port_clip_grad_norm,
        full={"parameters": Var("params"), "max_norm": 1.0,
              "norm_type": 1.0, "error_if_nonfinite": True,
              "foreach": False},
        required=2,
        values={"max_norm": [100.0],
                "norm_type": [2.0, 1.0, float("inf"), 0.0, 3.0],
                "error_if_nonfinite": [True], "foreach": [True, False]},
        extra=[{"parameters": Var("params[:1]")},
               (Var("params"), 1.0, float("inf"))],
        x_shape=((4, 3), (3,)), runner=clip_runner),  # the parameters
    Api("nn.utils.clip_grad_value_", nn.utils.clip_grad_value_,
        "paddle.nn.utils.clip_grad_value_", port_clip_grad_value,
        full={"parameters": Var("params"), "clip_value": 0.5,
              "foreach": False},
        required=2,
        values={"clip_value": [100.0], "foreach": [True, False]},
        extra=[{"parameters": Var("params[:1]")}],
        x_shape=((4, 3), (3,)), runner=clip_runner),  # the parameters
]
