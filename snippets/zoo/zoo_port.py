"""Port one classification model of torchvision to paddle.vision and back.

    row = port("resnet18")  # a row of the page's table

Each step is one function: build both models (random weights, no
download), give the PyTorch model random BatchNorm statistics, pair the
layers (key_map), find and fix what lives in the layers
(compare_settings), convert, compare the outputs and round-trip.
"""
import re
import sys
import time
from pathlib import Path

import numpy as np
import paddle
import torch

# the site's converter and settings check live in snippets/port_model/
sys.path.append(str(Path(__file__).parent.parent / "port_model"))
from convert import (  # noqa: E402
    guess_key_map, paddle_to_torch, torch_to_paddle)
from layer_settings import compare_settings  # noqa: E402
from torchvision_cpu import import_torchvision  # noqa: E402

tv_models = import_torchvision().models
x = np.random.default_rng(0).standard_normal(
    (1, 3, 224, 224)).astype(np.float32)


ROWS = []  # every port of this run, for the page's table


# torchvision's inception_v3 has a second classifier that only runs in
# training, paddle.vision's does not
OPTIONS = {"inception_v3": dict(aux_logits=False, init_weights=False)}


def build_torch(name):
    torch.manual_seed(0)
    return tv_models.get_model(name, weights=None,
                               **OPTIONS.get(name, {})).eval()


def build_paddle(name, seed=0):
    """paddle.vision's model; VGG with BatchNorm is vgg11(batch_norm=True)"""
    paddle.seed(seed)
    if name.startswith("vgg") and name.endswith("_bn"):
        model = getattr(paddle.vision.models, name[:-3])(
            pretrained=False, batch_norm=True)
    else:
        model = getattr(paddle.vision.models, name)(pretrained=False)
    return model.eval()


def randomize_batchnorm(torch_model, seed=0):
    """Random running statistics and affine values: a port that
    dropped them would show."""
    g = torch.Generator().manual_seed(seed)
    for m in torch_model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            n = m.num_features
            with torch.no_grad():
                m.running_mean.copy_(torch.randn(n, generator=g) * 0.1)
                m.running_var.copy_(torch.rand(n, generator=g) + 0.5)
                m.weight.copy_(torch.rand(n, generator=g) + 0.5)
                m.bias.copy_(torch.randn(n, generator=g) * 0.1)


def _pinned(torch_model, paddle_model, torch_rule, paddle_rule):
    """Pair the layers with weights whose names match each rule, in
    order."""
    ours = [n for n, m in torch_model.named_modules()
            if re.fullmatch(torch_rule, n) and m._parameters]
    theirs = [n for n, m in paddle_model.named_sublayers()
              if re.fullmatch(paddle_rule, n) and m._parameters]
    assert len(ours) == len(theirs), (ours, theirs)
    return dict(zip(ours, theirs))


# Rules for the layers that call order cannot pair: a ShuffleNet unit
# that halves the image runs two branches side by side.
PINNED = {
    "shufflenet": (r"stage\d\.0\.branch1\.\d",
                   r"\d_1\._conv_(dw|linear)_1\.\d"),
}


def key_map_for(torch_model, paddle_model):
    """{PyTorch layer: Paddle layer}, or None when the names agree."""
    ours = {k.replace("running_mean", "_mean").replace(
        "running_var", "_variance") for k in torch_model.state_dict()
        if not k.endswith("num_batches_tracked")}
    if ours == set(paddle_model.state_dict()):
        return None
    family = type(torch_model).__name__.lower()
    pinned = {}
    for prefix, rules in PINNED.items():
        if family.startswith(prefix):
            pinned = _pinned(torch_model, paddle_model, *rules)
    key_map = guess_key_map(torch_model, paddle_model, x, pinned)
    return {a: b for a, b in key_map.items() if a != b}


def fix_layers(paddle_model, differences):
    """Give the Paddle model the settings of torchvision's layers."""
    fixed = []
    for d in differences:
        layer = (paddle_model if d.paddle_layer is None
                 else dict(paddle_model.named_sublayers())[d.paddle_layer])
        if d.setting == "mode":  # eval output x (1 - p): no longer
            layer.mode = "upscale_in_train"
        elif d.setting == "ceil_mode":
            layer.ceil_mode = True
        elif d.setting == "padding":  # squeezenet1_1's first conv
            layer._padding = layer._updated_padding = list(d.torch_value)
        elif d.setting == "count_include_pad":
            layer.exclusive = not d.torch_value
        elif (d.setting, d.torch_value) == ("layer", "AdaptivePool2D"):
            # alexnet: the adaptive pooling after the last max pooling
            paddle_model._conv5._pool = paddle.nn.Sequential(
                paddle_model._conv5._pool, paddle.nn.AdaptiveAvgPool2D(6))
        else:
            continue
        fixed.append(d)
    return fixed


def as_function(d):
    """A layer on one side that the other side applies as a function
    (F.relu, Paddle's BatchNorm(act="relu"), x.mean): the same values,
    no layer to compare."""
    one_side = d.setting == "layer" and (d.torch_value or d.paddle_value)
    return (one_side in ("activation", "AdaptivePool2D")
            and not (d.torch_value == "AdaptivePool2D")
            or (d.setting, d.torch_value) == ("activation", None))


def describe(d):
    if d.setting == "layer":
        side = "PyTorch" if d.torch_layer else "Paddle"
        kind = d.torch_value or d.paddle_value
        return f"{kind} in {side} only: {d.torch_layer or d.paddle_layer}"
    return (f"{d.torch_layer} / {d.paddle_layer}: {d.setting} "
            f"{d.torch_value!r} / {d.paddle_value!r}")


def report(row):
    """What the port of one model found, fixed and measured."""
    print(f"{row['model']}: {row['parameters']:,} parameters, "
          f"{row['renamed']} keys renamed")
    for pair in list(row["key_map"].items())[:2]:
        print("  key map:", " -> ".join(pair))
    same = [d for d in row["found"] if as_function(d)]
    for d in row["found"]:
        if not as_function(d):
            print("  found:", describe(d),
                  "(fixed)" if d in row["fixed"] else "")
    if same:
        print(f"  {len(same)} layers applied as a function on the other "
              "side, e.g.", describe(same[0]))
    left = len([d for d in row["left"] if not as_function(d)])
    print(f"  after the fixes: {left} differences")
    print(f"  output: max |diff| {row['abs_gap']:.1e}, relative "
          f"{row['rel_gap']:.1e}; round trips bit-exact: {row['exact']}")


def outputs(torch_model, paddle_model, x=x):
    with torch.no_grad():
        ours = torch_model(torch.from_numpy(x)).numpy()
    with paddle.no_grad():
        theirs = paddle_model(paddle.to_tensor(x)).numpy()
    return ours, theirs


def gaps(a, b):
    """Largest absolute difference, and that over the largest |a|."""
    gap = float(np.abs(a - b).max())
    return gap, gap / float(np.abs(a).max())


def bit_exact(state, restored):
    return all(np.array_equal(np.asarray(state[k]), np.asarray(restored[k]))
               for k in state)


def port(name):
    start = time.perf_counter()
    torch_model, paddle_model = build_torch(name), build_paddle(name)
    randomize_batchnorm(torch_model)
    key_map = key_map_for(torch_model, paddle_model)
    back_map = {b: a for a, b in (key_map or {}).items()}
    found = compare_settings(torch_model, paddle_model, x, key_map)
    fixed = fix_layers(paddle_model, found)
    left = compare_settings(torch_model, paddle_model, x, key_map)

    # PyTorch -> Paddle; back, compared with the original tensors
    # (torch_model keeps them until Paddle's weights are loaded below)
    source = {k: v for k, v in torch_model.state_dict().items()
              if not k.endswith("num_batches_tracked")}
    paddle_model.set_state_dict(torch_to_paddle(
        source, paddle_model, key_map, source_model=torch_model))
    abs_gap, rel_gap = gaps(*outputs(torch_model, paddle_model))
    exact = bit_exact(source, paddle_to_torch(
        paddle_model.state_dict(), torch_model, back_map,
        source_model=paddle_model))

    # Paddle's own random weights -> PyTorch; and back (one Paddle model
    # at a time: vgg11_bn's weights take 0.5 GB)
    del paddle_model
    paddle_made = build_paddle(name, seed=1)
    fix_layers(paddle_made, found)
    torch_model.load_state_dict(paddle_to_torch(
        paddle_made.state_dict(), torch_model, back_map,
        source_model=paddle_made))
    abs_back, rel_back = gaps(*outputs(torch_model, paddle_made)[::-1])
    exact_back = bit_exact(paddle_made.state_dict(), torch_to_paddle(
        torch_model.state_dict(), paddle_made, key_map,
        source_model=torch_model))
    row = dict(
        model=name,
        parameters=sum(p.numel() for p in torch_model.parameters()),
        key_map=key_map or {},
        renamed=sum(1 for k in source
                    if k.rpartition(".")[0] in (key_map or {})),
        found=found, fixed=fixed, left=left,
        abs_gap=max(abs_gap, abs_back), rel_gap=max(rel_gap, rel_back),
        exact=exact and exact_back,
        seconds=time.perf_counter() - start)
    ROWS.append(row)
    return row
