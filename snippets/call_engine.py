"""The call matrix's engine: a PyTorch call, its styles, and running it
and its port in both frameworks (snippets/mapping/call_matrix.py says
how an API enters the matrix). Each layer's entries live in its page's
folder, in calls.py, and import what they need from here. It is not in
snippets/mapping/ because the page's code download is mapping.py: run
from its own folder, that file would stand in for a package `mapping`.
"""
import inspect
import warnings
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

# Paddle warns on each training-mode call of BatchNorm2D that it tracks
# running statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")
# PyTorch warns that 'same' with an even kernel may copy the input to
# pad it; the copy costs time, not correctness.
warnings.filterwarnings("ignore", message="Using padding='same' with even")
# nn.Softmax() without dim warns that it picks the axis; the matrix
# runs that call on purpose, to port the axis PyTorch picks.
warnings.filterwarnings("ignore", message="Implicit dimension choice")
# The loss layers' size_average and reduce are deprecated; the matrix
# passes them on purpose, to port them.
warnings.filterwarnings("ignore", message="size_average and reduce args")

# Largest difference allowed. float64 is not tighter than 1e-7: Paddle
# rounds the momentum to float32 even in a float64 layer (call_matrix.py
# checks it).
TOL = {"float32": 1e-5, "float64": 1e-7}


class NotPortable(Exception):
    """No Paddle code does what this PyTorch call does."""


class Var(str):
    """A tensor argument, written by its variable name."""

    def __repr__(self):
        return str(self)


def src(value):
    """A value as the source code a reader would write."""
    if isinstance(value, torch.dtype):
        return str(value)  # torch.float64
    if isinstance(value, torch.device):
        return f"torch.device({str(value)!r})"
    if isinstance(value, float) and np.isinf(value):
        return f"float({str(value)!r})"  # float('inf')
    return repr(value)


def source(name, positional, keywords):
    """`name(a, b, key=value)` from values and a keyword dict."""
    parts = [src(v) for v in positional]
    parts += [f"{k}={src(v)}" for k, v in keywords.items()]
    return f"{name}({', '.join(parts)})"


@dataclass
class Call:
    api: "Api"
    args: tuple
    kwargs: dict
    style: str

    @property
    def arguments(self):
        names = self.api.parameters[:len(self.args)]
        return dict(zip(names, self.args)) | self.kwargs

    @property
    def positional(self):
        return self.api.parameters[:len(self.args)]

    @property
    def code(self):
        return source(self.api.name, self.args, self.kwargs)


@dataclass
class Api:
    name: str               # as a reader writes it: nn.Conv2d, F.conv2d
    torch_api: Callable
    paddle_name: str        # Paddle's own spelling
    port: Callable          # Call -> Paddle source code
    full: dict              # a value for every argument, PyTorch's order
    required: int           # how many of them every call passes
    values: dict = field(default_factory=dict)
    extra: list = field(default_factory=list)
    x_shape: tuple = ()
    names: dict = field(default_factory=dict)
    after: Callable = None
    tensors: Callable = None
    outputs: Callable = None  # what to compare when outputs are random
    target: Callable = None   # losses: (rng, call, x_shape) -> target
    constants: Callable = None  # losses: x_shape -> {name: array}
    unsafe: Callable = None   # call -> True: the literal copy is not run
    casts: bool = False     # dtype is the output's; the input is float32
    literal: Callable = None  # Call -> the call copied with Paddle's names
    runner: Callable = None   # (call, paddle_code, rng) -> compared pairs
    optimizer: bool = False  # trained a few steps; the weights compared
    # False: PyTorch refuses the required arguments alone (interpolate
    # needs a size or a scale factor), so that call is left out.
    bare: bool = True
    rule: tuple = None  # random values: the rule checked, English, Chinese

    @property
    def parameters(self):
        return list(self.full)

    def keyword_only(self):
        try:
            parameters = inspect.signature(self.torch_api).parameters
        except (TypeError, ValueError):  # compiled: all positional
            return set()
        return {name for name, p in parameters.items()
                if p.kind is p.KEYWORD_ONLY}

    def calls(self):
        """Each call once, in the order of the styles."""
        seen = set()
        for call in self.styles():
            if call.code not in seen:
                seen.add(call.code)
                yield call

    def styles(self):
        head = tuple(self.full.values())[:self.required]
        rest = dict(list(self.full.items())[self.required:])
        only = self.keyword_only()
        by_position = tuple(v for k, v in rest.items() if k not in only)
        by_keyword = {k: v for k, v in rest.items() if k in only}
        everything = dict(self.full)
        if self.bare:
            yield Call(self, head, {}, "defaults")
        yield Call(self, head + by_position, by_keyword, "positional")
        yield Call(self, (), everything, "keywords")
        yield Call(self, (), dict(reversed(everything.items())),
                   "keywords reordered")
        for name, values in self.values.items():
            for value in values:
                yield self.with_head({name: value}, "one value")
        for extra in self.extra:
            if isinstance(extra, tuple):  # positional only
                yield Call(self, extra, {}, "positional")
            else:
                yield self.with_head(extra, "combination")

    def with_head(self, keywords, style):
        """The required arguments by position, the rest by keyword."""
        names = self.parameters[:self.required]
        head = tuple(keywords.get(n, self.full[n]) for n in names)
        rest = {k: v for k, v in keywords.items() if k not in names}
        return Call(self, head, rest, style)


# -- Shared by several ports: padding, dtypes, pooling ---------------------

def same_padding(kernel_size, dilation):
    """PyTorch's 'same' as numbers: the total d * (k - 1) split in two,
    the odd pixel at the bottom and right."""
    kernel = np.broadcast_to(kernel_size, 2)
    dilation = np.broadcast_to(dilation, 2)
    total = dilation * (kernel - 1)
    before, after = total // 2, total - total // 2
    if (before == after).all():
        return int(before[0]) if before[0] == before[1] else tuple(
            int(p) for p in before)
    return [int(before[0]), int(after[0]), int(before[1]), int(after[1])]


def port_padding(arguments):
    """Paddle runs 'same' undilated: with a dilation, write numbers."""
    padding = arguments.get("padding", 0)
    dilation = arguments.get("dilation", 1)
    if padding == "same" and np.any(np.asarray(dilation) != 1):
        return same_padding(arguments["kernel_size"], dilation)
    return padding


def port_dtype(dtype):
    return str(dtype).removeprefix("torch.")


def dtypes(api, call):
    """The input's dtype and the output's: a layer's dtype is its
    weights', so its input's too; softmax's casts a float32 input."""
    out = port_dtype(call.arguments.get("dtype") or torch.float32)
    return ("float32" if api.casts else out), out


def pool_size(size, kernel, stride, padding, ceil_mode, drop=True):
    """The output size along one axis. With ceil_mode, PyTorch drops a
    last window that starts in the padding (drop); Paddle keeps it."""
    span = size + 2 * padding - kernel
    out = -(-span // stride) + 1 if ceil_mode else span // stride + 1
    if drop and ceil_mode and (out - 1) * stride >= size + padding:
        out -= 1
    return out


def port_pool(name):
    """Max or average pooling; the names Paddle renames, and a slice
    where ceil_mode lets Paddle keep a last window of padding only."""
    return lambda call: port_pool_call(call, name)


def port_pool_call(call, name):
    x_shape = call.api.x_shape or call.api.tensors(call.arguments)["x"]
    a = {"x" if k == "input" else k: v
         for k, v in call.arguments.items()}
    function = "x" in a
    if a.get("dilation", 1) != 1:
        if a.get("return_indices"):
            raise NotPortable("dilation with indices")
        pool = source("paddle_max_pool2d_dilated", [Var("x")] + [
            a.get(n, d) for n, d in (("kernel_size", None), ("stride", None),
                                     ("padding", 0), ("dilation", 1),
                                     ("ceil_mode", False))], {})
        return pool if function else f"lambda x: {pool}"
    a.pop("dilation", None)
    keep = ["x", "kernel_size", "stride", "padding"]
    if "count_include_pad" in call.api.full:  # average pooling
        keep.append("ceil_mode")  # same position in both
        a["exclusive"] = not a.pop("count_include_pad", True)
        if a.get("divisor_override") is not None:
            a["exclusive"] = False
    if "return_indices" in a:
        a["return_mask"] = a.pop("return_indices")
    if a.get("divisor_override") is not None and a.get("ceil_mode"):
        return pad_then_pool(call, name, x_shape, a)
    positional = [a.pop(n) for n in keep
                  if n in call.positional or (n == "x" and function)]
    code = source(name, positional, a)
    if call.arguments.get("ceil_mode"):
        k, s, p = (np.broadcast_to(call.arguments.get(n, d), 2)
                   for n, d in (("kernel_size", None), ("stride", None),
                                ("padding", 0)))
        if call.arguments.get("stride") is None:
            s = k
        h, w = (pool_size(x_shape[2 + i], k[i], s[i], p[i], True)
                for i in range(2))
        paddle_h, paddle_w = (pool_size(x_shape[2 + i], k[i], s[i], p[i],
                                        True, drop=False)
                              for i in range(2))
        if (paddle_h, paddle_w) != (h, w):
            cut = f"[:, :, :{h}, :{w}]"
            if a.get("return_mask"):  # cut the values and the indices
                code = (f"tuple(t{cut} for t in {code})" if function else
                        f"lambda x: tuple(t{cut} for t in {code}(x))")
            else:
                code = (f"{code}{cut}" if function
                        else f"lambda x: {code}(x){cut}")
    return code


def pad_then_pool(call, name, x_shape, a):
    """divisor_override with ceil_mode: Paddle rescales a last window
    that hangs over the input even with exclusive=False. Pad with zeros
    until every window fits, then pool without padding or ceil_mode."""
    k, s, p = (np.broadcast_to(call.arguments.get(n, d), 2)
               for n, d in (("kernel_size", None), ("stride", None),
                            ("padding", 0)))
    if call.arguments.get("stride") is None:
        s = k
    out = [pool_size(x_shape[2 + i], k[i], s[i], p[i], True)
           for i in range(2)]
    after = [int((out[i] - 1) * s[i] + k[i] - x_shape[2 + i] - p[i])
             for i in range(2)]
    pad = [int(p[1]), after[1], int(p[0]), after[0]]  # l, r, t, b
    keywords = {"exclusive": False,
                "divisor_override": a["divisor_override"]}
    kernel = call.arguments["kernel_size"]
    stride = call.arguments.get("stride")
    if "x" in a:
        padded = source("PF.pad", [Var("x"), pad], {})
        return source(name, [Var(padded), kernel, stride], keywords)
    return source("paddle.nn.Sequential", [
        Var(source("paddle.nn.Pad2D", [pad], {})),
        Var(source(name, [kernel, stride], keywords))], {})


# -- Running a call in both frameworks -------------------------------------

# The names a call and its port are run with. A layer's calls.py adds the
# helpers its ports call by name (NAMESPACE[name] = helper).
NAMESPACE = {"torch": torch, "nn": nn, "F": F, "paddle": paddle, "PF": PF}


def copy_weights(api, torch_layer, paddle_layer, rng):
    """The same random weights in both layers, matched by name."""
    state = torch_layer.state_dict()
    if not state:  # pooling, activations: nothing to copy
        return
    targets = dict(paddle_layer.named_parameters())
    for name, tensor in state.items():
        if name.endswith("num_batches_tracked"):
            continue
        *prefix, leaf = name.split(".")
        if "var" in leaf:
            value = rng.uniform(0.5, 1.5, tensor.shape)
        else:
            value = rng.standard_normal(tensor.shape)
        value = value.astype(str(tensor.dtype).removeprefix("torch."))
        with torch.no_grad():
            tensor.copy_(torch.from_numpy(value))
        leaf = api.names.get(leaf, leaf)
        target, = [t for n, t in targets.items()
                   if n.split(".")[-1] == leaf]
        if isinstance(paddle_layer, paddle.nn.Linear) and leaf in (
                "weight", "weight_v"):
            value = value.T  # [in, out] in Paddle, square ones too
        if len(target.shape) == 1 and value.shape != tuple(target.shape):
            # flat in Paddle: weight_g ([out, 1] in PyTorch), LayerNorm's
            # scale and shift (normalized_shape in PyTorch); any other
            # shape that differs is the port's to get right
            value = value.reshape(target.shape)
        target.set_value(value)


def arrays_of(y):
    """A tensor, or a tuple of them (values and indices), as arrays."""
    ys = y if isinstance(y, tuple) else (y,)
    return [t.detach().numpy() if isinstance(t, torch.Tensor)
            else t.numpy() for t in ys]


def train(call, paddle_code, rng, steps=5):
    """An optimizer: a few steps in both frameworks from the same weights
    with the same gradients (drawn with NumPy); the weights after them."""
    shapes = [(3, 4), (4,)]
    init = [rng.standard_normal(s).astype(np.float32) for s in shapes]
    grads = [[rng.standard_normal(s).astype(np.float32) for s in shapes]
             for _ in range(steps)]
    torch_params = [torch.nn.Parameter(torch.from_numpy(w.copy()))
                    for w in init]
    optimizer = eval(call.code, NAMESPACE | {"params": torch_params})
    for step in grads:
        for p, g in zip(torch_params, step):
            p.grad = torch.from_numpy(g.copy())
        optimizer.step()
    paddle_params = [paddle.create_parameter(list(w.shape), "float32")
                     for w in init]
    for p, w in zip(paddle_params, init):
        p.set_value(w)
    optimizer = eval(paddle_code, NAMESPACE | {"params": paddle_params})
    for step in grads:
        optimizer.clear_grad()
        sum((p * paddle.to_tensor(g)).sum()
            for p, g in zip(paddle_params, step)).backward()
        optimizer.step()
    return {"weights": (
        np.concatenate([p.detach().numpy().ravel() for p in torch_params]),
        np.concatenate([p.numpy().ravel() for p in paddle_params]))}


def run(api, call, paddle_code, seed=0):
    """Largest difference over every compared value, or an error."""
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed)  # dropout: the same masks in every build
    paddle.seed(seed)
    dtype, out_dtype = dtypes(api, call)
    if api.runner is not None:  # not a call on an input: clipping
        return compare(api.runner(call, paddle_code, rng), out_dtype)
    if api.optimizer:
        return compare(train(call, paddle_code, rng), out_dtype)
    # PyTorch gets a copy: an inplace call must not change Paddle's input.
    if api.target is not None and api.tensors is None:  # a loss layer
        constants = api.constants(api.x_shape) if api.constants else {}
        torch_layer = eval(call.code, NAMESPACE | {
            k: torch.from_numpy(v) for k, v in constants.items()})
        paddle_layer = eval(paddle_code, NAMESPACE | {
            k: paddle.to_tensor(v) for k, v in constants.items()})
        x = rng.standard_normal(api.x_shape).astype(dtype)
        target = api.target(rng, call, api.x_shape)
        if target.dtype.kind == "f":
            target = target.astype(dtype)
        torch_y = torch_layer(torch.from_numpy(x.copy()),
                              torch.from_numpy(target))
        paddle_y = paddle_layer(paddle.to_tensor(x),
                                paddle.to_tensor(target))
    elif api.tensors is None:
        torch_layer = eval(call.code, NAMESPACE)
        paddle_layer = eval(paddle_code, NAMESPACE)
        copy_weights(api, torch_layer, paddle_layer, rng)
        x = rng.standard_normal(api.x_shape).astype(dtype)
        torch_y = torch_layer(torch.from_numpy(x.copy()))
        paddle_y = paddle_layer(paddle.to_tensor(x))
    else:
        # A variance (instance_norm's running_var) is positive, as a
        # layer's running_var is in copy_weights.
        arrays = {name: (rng.uniform(0.5, 1.5, shape) if "var" in name
                         else rng.standard_normal(shape)).astype(dtype)
                  for name, shape in api.tensors(call.arguments).items()}
        x = arrays["x"]
        if api.target is not None:  # a loss function: target, weights
            target = api.target(rng, call, x.shape)
            arrays["y"] = (target.astype(dtype) if target.dtype.kind == "f"
                           else target)
            arrays |= api.constants(x.shape) if api.constants else {}
        torch_y = eval(call.code, NAMESPACE | {
            k: torch.from_numpy(v.copy()) for k, v in arrays.items()})
        paddle_y = eval(paddle_code, NAMESPACE | {
            k: paddle.to_tensor(v) for k, v in arrays.items()})
    torch_ys, paddle_ys = arrays_of(torch_y), arrays_of(paddle_y)
    if len(torch_ys) != len(paddle_ys):
        return f"{len(torch_ys)} outputs vs {len(paddle_ys)}", np.inf
    pairs = {"output": (torch_ys[0], paddle_ys[0])}
    if len(torch_ys) == 2:
        # Max pooling's indices: int64 in PyTorch, int32 in Paddle.
        assert (torch_ys[1].dtype, paddle_ys[1].dtype) == (
            np.int64, np.int32)
        pairs["indices"] = (torch_ys[1], paddle_ys[1].astype(np.int64))
    if api.outputs:
        pairs = api.outputs(call, x, torch_ys[0], paddle_ys[0])
    if api.after:
        pairs |= api.after(torch_layer, paddle_layer, x, call)
    return compare(pairs, out_dtype)


def compare(pairs, out_dtype):
    """Largest difference over the pairs (PyTorch, Paddle), a verdict."""
    gap = 0.0
    for what, (want, got) in pairs.items():
        if want.shape != got.shape or want.dtype != got.dtype:
            return f"{what} {want.dtype}{list(want.shape)} vs " \
                   f"{got.dtype}{list(got.shape)}", np.inf
        if want.size:  # an empty output (no rows) has nothing to differ
            gap = max(gap, float(np.abs(want - got).max()))
    if gap > TOL[out_dtype]:
        return "differs", gap
    return ("same rule" if any("rule" in w for w in pairs) else "same"), gap


def outcome(api, call, paddle_code):
    """run(), or the name of the error a reader's run would raise."""
    if api.unsafe and api.unsafe(call):
        return "not run", None
    try:
        with warnings.catch_warnings():
            # paddle.nn.Linear warns before it refuses PyTorch keywords;
            # the table shows the error.
            warnings.simplefilter("ignore")
            return run(api, call, paddle_code)
    except Exception as error:
        return type(error).__name__, None
