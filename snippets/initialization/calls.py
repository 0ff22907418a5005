"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import math
import sys
from pathlib import Path

import numpy as np
import paddle
import torch
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import NAMESPACE, Api, Var, source  # noqa: E402
from initialization.init_stats import (Z, std_error,  # noqa: E402
                                       truncated_normal_mean,
                                       truncated_normal_std)

I = "paddle.nn.initializer"
W, G = Var("w"), Var("g")  # the weight, a torch.Generator


def port_named(name, renames=None):
    """An initializer that takes PyTorch's arguments in PyTorch's order
    (renamed where Paddle renames them), without the tensor and the
    generator: Paddle draws from its global generator (paddle.seed)."""
    renames = renames or {}

    def port(call):
        a = {renames.get(k, k): v for k, v in call.arguments.items()
             if k not in ("tensor", "generator")}
        positional = [a.pop(renames.get(n, n)) for n in call.positional
                      if renames.get(n, n) in a]
        return source(f"{I}.{name}", positional, a)
    return port


def port_uniform(call):
    # Paddle's Uniform defaults to [-1, 1], PyTorch's uniform_ to [0, 1]
    a = call.arguments
    return source(f"{I}.Uniform", [a.get("a", 0.0), a.get("b", 1.0)], {})


def port_eye(call):
    """No Eye initializer: the identity of the weight's shape, [in, out]
    for a Linear weight."""
    (out_features, in_features), = call.api.x_shape
    return f"{I}.Assign(paddle.eye({in_features}, {out_features}))"


def port_xavier(name):
    # Paddle's first parameter is fan_in: gain by keyword
    return lambda call: source(f"{I}.{name}", [], {
        k: v for k, v in call.arguments.items() if k == "gain"})


def port_kaiming(name):
    """a is negative_slope; the nonlinearity always written: Paddle's
    default is "relu", PyTorch's "leaky_relu". conv_transpose2d is
    conv2d_transpose, the only spelling Paddle took before 3.2."""
    def port(call):
        a = call.arguments
        keywords = {"negative_slope": a["a"]} if "a" in a else {}
        nonlinearity = a.get("nonlinearity", "leaky_relu")
        if nonlinearity.startswith("conv_transpose"):
            nonlinearity = f"conv{nonlinearity[-2:]}_transpose"
        keywords["nonlinearity"] = nonlinearity
        if "mode" in a:
            keywords["mode"] = a["mode"]
        return source(f"{I}.{name}", [], keywords)
    return port


# -- The rules random values are checked against ---------------------------

def fans(shape):
    """fan_in and fan_out of a weight in PyTorch's layout,
    [out, in, *kernel]: a Linear weight is [out, in]."""
    field = math.prod(shape[2:])
    return {"fan_in": shape[1] * field, "fan_out": shape[0] * field}


def z_pair(measured, expected, error):
    """A statistic as its distance in standard errors, clipped at Z: the
    pair differs by as many standard errors as it lies beyond Z."""
    z = np.float64((measured - expected) / error)
    return np.clip(z, -Z, Z), z


def uniform_rule(w, low, high):
    """No value outside [low, high], and the ends reached: the smallest
    and the largest of n values lie within a share 20 / n of the width
    from them (missed with a probability of about exp(-20)); the mean
    and std of U(low, high)."""
    n, sigma = w.size, (high - low) / math.sqrt(12)
    w64, slack = w.astype(np.float64), (high - low) * 20 / n
    return {"bounds": (np.clip(w, low, high), w),
            "ends": (np.zeros(2), np.maximum(0, [w64.min() - low - slack,
                                                 high - slack - w64.max()])),
            "mean": z_pair(w64.mean(), (low + high) / 2,
                           sigma / math.sqrt(n)),
            "std": z_pair(w64.std(), sigma, std_error(sigma, n, 1.8))}


def normal_rule(w, mean, sigma):
    """The mean, the std and the share within one std (0.6827) of
    N(mean, sigma^2); std 0 gives the mean itself."""
    if sigma == 0:
        return {"values": (np.full_like(w, mean), w)}
    n, w64 = w.size, w.astype(np.float64)
    p = math.erf(1 / math.sqrt(2))
    return {"mean": z_pair(w64.mean(), mean, sigma / math.sqrt(n)),
            "std": z_pair(w64.std(), sigma, std_error(sigma, n, 3.0)),
            "within one std": z_pair(np.mean(np.abs(w64 - mean) <= sigma),
                                     p, math.sqrt(p * (1 - p) / n))}


def truncated_rule(w, mean, sigma, a, b):
    """No value outside [a, b]; the cut distribution's mean and std."""
    n, w64 = w.size, w.astype(np.float64)
    cut_mean = truncated_normal_mean(mean, sigma, a, b)
    cut_std = truncated_normal_std(mean, sigma, a, b)
    return {"bounds": (np.clip(w, a, b), w),
            "mean": z_pair(w64.mean(), cut_mean, cut_std / math.sqrt(n)),
            "std": z_pair(w64.std(), cut_std, std_error(cut_std, n, 3.0))}


def kaiming_rule(uniform):
    """PyTorch's gain for the nonlinearity and a, over the fan of the
    mode, both read from PyTorch's layout."""
    def rule(a, shape, w):
        gain = torch.nn.init.calculate_gain(
            a.get("nonlinearity", "leaky_relu"), a.get("a", 0))
        sigma = gain / math.sqrt(fans(shape)[a.get("mode", "fan_in")])
        if uniform:
            return uniform_rule(w, -sigma * math.sqrt(3),
                                sigma * math.sqrt(3))
        return normal_rule(w, 0.0, sigma)
    return rule


def xavier_rule(uniform):
    def rule(a, shape, w):
        f = fans(shape)
        sigma = a.get("gain", 1.0) * math.sqrt(
            2 / (f["fan_in"] + f["fan_out"]))
        if uniform:
            return uniform_rule(w, -sigma * math.sqrt(3),
                                sigma * math.sqrt(3))
        return normal_rule(w, 0.0, sigma)
    return rule


def orthogonal_rule(a, shape, w):
    """The weight as [out, everything else] over gain: its shorter side
    orthonormal."""
    m = w.reshape(shape[0], -1).astype(np.float64) / a.get("gain", 1)
    m = m @ m.T if m.shape[0] <= m.shape[1] else m.T @ m
    return {"orthonormal": (np.eye(len(m)), m)}


def init_runner(rule=None):
    """Each weight shape of x_shape, in PyTorch's layout (a 2-D one is a
    Linear weight, [out, in]): PyTorch's call on a tensor `w`, Paddle's
    initializer on a parameter of Paddle's layout ([in, out] for
    Linear), or the literal call on it. Deterministic initializers
    compare the values; random ones check each framework's values
    against the rule of PyTorch's call (verdict "same rule")."""
    def runner(call, paddle_code, rng):
        pairs = {}
        for i, shape in enumerate(call.api.x_shape):
            torch_w = torch.empty(shape)
            generator = torch.Generator().manual_seed(0)
            eval(call.code, NAMESPACE | {"w": torch_w, "g": generator})
            paddle_shape = shape[::-1] if len(shape) == 2 else shape
            param = paddle.create_parameter(list(paddle_shape), "float32")
            made = eval(paddle_code, NAMESPACE | {"w": param,
                                                  "g": generator})
            if isinstance(made, paddle.nn.initializer.Initializer):
                made(param)
            paddle_w = param.numpy()
            if len(shape) == 2:
                paddle_w = paddle_w.T  # back to [out, in]
            if rule is None:
                pairs[f"weight {i}"] = (torch_w.numpy(), paddle_w)
                continue
            for framework, w in (("PyTorch", torch_w.numpy()),
                                 ("Paddle", paddle_w)):
                for what, pair in rule(call.arguments, shape, w).items():
                    pairs[f"{framework} rule: {what} {i}"] = pair
        return pairs
    return runner


# Weights of a Linear layer, [out, in], and of a Conv2d, [out, in, k, k]:
# large enough for the statistics, with fans that differ.
SHAPES = ((64, 256), (32, 16, 3, 3))
SAME_RULE = ("same rule: ", "规则一致：")


def api(name, port, full, rule=None, rule_text=None, **more):
    """An entry of torch.nn.init: its literal copy is paddle.nn.init's
    function of the same name."""
    texts = (None if rule_text is None else
             tuple(word + text for word, text in zip(SAME_RULE, rule_text)))
    return Api(f"nn.init.{name}", getattr(nn.init, name),
               f"paddle.nn.init.{name}", port, full=full,
               required=more.pop("required", 1),
               runner=init_runner(rule), rule=texts,
               **({"x_shape": SHAPES} | more))


UNIFORM_TEXT = ("PyTorch's bound, mean and std",
                "不超出 PyTorch 的边界，均值和标准差相同")
NORMAL_TEXT = ("PyTorch's mean, std and share within one std",
               "均值、标准差和一倍标准差内的占比与 PyTorch 相同")
NONLINEARITIES = ["linear", "conv1d", "conv2d", "conv3d",
                  "conv_transpose1d", "conv_transpose2d",
                  "conv_transpose3d", "sigmoid", "tanh", "relu", "selu"]


def kaiming_api(kind):
    return api(f"kaiming_{kind}_", port_kaiming(f"Kaiming{kind.title()}"),
               {"tensor": W, "a": 0.2, "mode": "fan_out",
                "nonlinearity": "leaky_relu", "generator": G},
               kaiming_rule(kind == "uniform"),
               UNIFORM_TEXT if kind == "uniform" else NORMAL_TEXT,
               values={"a": [math.sqrt(5)], "mode": ["fan_out"],
                       "nonlinearity": NONLINEARITIES},
               extra=[{"a": 0.2, "nonlinearity": "relu"}])


def xavier_api(kind):
    return api(f"xavier_{kind}_", port_xavier(f"Xavier{kind.title()}"),
               {"tensor": W, "gain": 5 / 3, "generator": G},
               xavier_rule(kind == "uniform"),
               UNIFORM_TEXT if kind == "uniform" else NORMAL_TEXT,
               values={"gain": [math.sqrt(2)]})


CALLS = [
    # Deterministic: the values compared
    api("constant_", port_named("Constant", {"val": "value"}),
        {"tensor": W, "val": 0.5}, required=2, values={"val": [-3]},
        x_shape=((3, 5), (4, 2, 3, 3))),
    api("zeros_", lambda call: f"{I}.Constant(0.0)", {"tensor": W},
        x_shape=((3, 5), (4, 2, 3, 3))),
    api("ones_", lambda call: f"{I}.Constant(1.0)", {"tensor": W},
        x_shape=((3, 5), (4, 2, 3, 3))),
    api("eye_", port_eye, {"tensor": W}, x_shape=((3, 5),)),
    api("dirac_", port_named("Dirac"), {"tensor": W, "groups": 2},
        x_shape=((8, 4, 3, 3), (6, 2, 3))),
    # Random: each framework's values against the rule
    api("uniform_", port_uniform,
        {"tensor": W, "a": -0.5, "b": 2.0, "generator": G},
        lambda a, shape, w: uniform_rule(w, a.get("a", 0.0),
                                         a.get("b", 1.0)),
        ("in [a, b], its mean and std", "取值在 [a, b] 内，均值和标准差相同")),
    api("normal_", port_named("Normal"),
        {"tensor": W, "mean": 1.0, "std": 0.02, "generator": G},
        lambda a, shape, w: normal_rule(w, a.get("mean", 0.0),
                                        a.get("std", 1.0)),
        NORMAL_TEXT, values={"std": [0.0]}),
    api("trunc_normal_", port_named("TruncatedNormal"),
        {"tensor": W, "mean": 0.5, "std": 1.0, "a": -1.0, "b": 1.5,
         "generator": G},
        lambda a, shape, w: truncated_rule(
            w, a.get("mean", 0.0), a.get("std", 1.0), a.get("a", -2.0),
            a.get("b", 2.0)),
        ("in [a, b], the cut distribution's mean and std",
         "取值在 [a, b] 内，截断分布的均值和标准差相同"),
        values={"std": [0.02]}),
    xavier_api("uniform"),
    xavier_api("normal"),
    kaiming_api("uniform"),
    kaiming_api("normal"),
    api("orthogonal_", port_named("Orthogonal"),
        {"tensor": W, "gain": 2.0, "generator": G}, orthogonal_rule,
        ("orthonormal rows or columns, times gain",
         "行或列标准正交，再乘以 gain"),
        x_shape=((16, 48), (48, 16), (8, 4, 3, 3))),  # wide, tall, conv
]
