"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import torch

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import Api, NotPortable, Var, source  # noqa: E402


def optimizer_port(call, name, keywords):
    """Paddle's optimizer with `params` by keyword (its first parameter
    is the learning rate); maximize has no counterpart."""
    if call.arguments.get("maximize"):
        raise NotPortable("maximize=True")
    return source(name, [], keywords | {"parameters": Var("params")})


def port_sgd(call):
    a = call.arguments
    momentum = a.get("momentum", 0)
    k = {"learning_rate": a.get("lr", 0.001)}
    if not momentum:  # PyTorch ignores dampening without momentum
        name = "paddle.optimizer.SGD"
    elif a.get("dampening", 0):
        raise NotPortable("dampening with momentum")
    else:
        name = "paddle.optimizer.Momentum"
        k["momentum"] = momentum
        if a.get("nesterov"):
            k["use_nesterov"] = True
    if a.get("weight_decay", 0):
        k["weight_decay"] = a["weight_decay"]  # L2 in both
    return optimizer_port(call, name, k)


def port_adam(call):
    a = call.arguments
    adamw = call.api.name == "torch.optim.AdamW"
    decoupled = adamw or a.get("decoupled_weight_decay", False)
    beta1, beta2 = a.get("betas", (0.9, 0.999))
    k = {"learning_rate": a.get("lr", 0.001), "beta1": beta1,
         "beta2": beta2, "epsilon": a.get("eps", 1e-08)}
    weight_decay = a.get("weight_decay", 0.01 if adamw else 0)
    if decoupled or weight_decay:
        # Paddle's AdamW defaults to 0.01: always written out
        k["weight_decay"] = weight_decay
    if a.get("amsgrad"):
        k["amsgrad"] = True
    name = "paddle.optimizer.AdamW" if decoupled else "paddle.optimizer.Adam"
    return optimizer_port(call, name, k)


def port_rmsprop(call):
    a = call.arguments
    eps = a.get("eps", 1e-08)
    if eps > 1e-8:
        # outside the root in PyTorch, inside in Paddle: eps**2 is close
        # only while eps is negligible beside the root
        raise NotPortable("eps above 1e-8")
    k = {"learning_rate": a.get("lr", 0.01), "rho": a.get("alpha", 0.99),
         "epsilon": Var(f"{eps!r} ** 2")}
    for key in ("momentum", "centered", "weight_decay"):
        if a.get(key):
            k[key] = a[key]
    return optimizer_port(call, "paddle.optimizer.RMSProp", k)


CALLS = [
    Api("torch.optim.SGD", torch.optim.SGD, "paddle.optimizer.SGD",
        port_sgd,
        full={"params": Var("params"), "lr": 0.1, "momentum": 0.9,
              "dampening": 0.0, "weight_decay": 0.01, "nesterov": True,
              "maximize": False, "foreach": None, "differentiable": False,
              "fused": None},
        required=1,
        values={"lr": [0.5], "momentum": [0.5], "dampening": [0.5],
                "weight_decay": [0.1], "maximize": [True],
                "foreach": [True]},
        extra=[{"momentum": 0.9, "nesterov": True},
               {"momentum": 0.9, "dampening": 0.5},
               {"momentum": 0.9, "weight_decay": 0.1}],
        optimizer=True),
    Api("torch.optim.Adam", torch.optim.Adam, "paddle.optimizer.Adam",
        port_adam,
        full={"params": Var("params"), "lr": 0.01, "betas": (0.8, 0.99),
              "eps": 1e-06, "weight_decay": 0.1, "amsgrad": True,
              "foreach": None, "maximize": False, "capturable": False,
              "differentiable": False, "fused": None,
              "decoupled_weight_decay": False},
        required=1,
        values={"lr": [0.01], "betas": [(0.8, 0.99)], "eps": [1e-06],
                "weight_decay": [0.1], "amsgrad": [True],
                "maximize": [True], "foreach": [True],
                "decoupled_weight_decay": [True]},
        extra=[{"weight_decay": 0.1, "decoupled_weight_decay": True}],
        optimizer=True),
    Api("torch.optim.AdamW", torch.optim.AdamW, "paddle.optimizer.AdamW",
        port_adam,
        full={"params": Var("params"), "lr": 0.01, "betas": (0.8, 0.99),
              "eps": 1e-06, "weight_decay": 0.1, "amsgrad": True,
              "maximize": False, "foreach": None, "capturable": False,
              "differentiable": False, "fused": None},
        required=1,
        values={"lr": [0.01], "betas": [(0.8, 0.99)], "eps": [1e-06],
                "weight_decay": [0.0, 0.1], "amsgrad": [True],
                "maximize": [True], "foreach": [True]},
        optimizer=True),
    Api("torch.optim.RMSprop", torch.optim.RMSprop,
        "paddle.optimizer.RMSProp", port_rmsprop,
        full={"params": Var("params"), "lr": 0.001, "alpha": 0.9,
              "eps": 1e-09, "weight_decay": 0.1, "momentum": 0.5,
              "centered": True, "capturable": False, "foreach": None,
              "maximize": False, "differentiable": False},
        required=1,
        values={"lr": [0.001], "alpha": [0.9], "eps": [1e-09, 0.01],
                "weight_decay": [0.1], "momentum": [0.5],
                "centered": [True], "maximize": [True], "foreach": [True]},
        optimizer=True),
]
