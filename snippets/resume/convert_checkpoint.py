"""Convert a training checkpoint between PyTorch and Paddle: the model's
weights, the optimizer's state and the learning-rate scheduler's state.

    checkpoint = {"model": torch_model.state_dict(),
                  "optimizer": torch_opt.state_dict(),
                  "scheduler": torch_sched.state_dict()}  # or no scheduler
    state = torch_to_paddle(checkpoint, torch_model, paddle_model,
                            paddle_opt)
    paddle_model.set_state_dict(state["model"])
    paddle_opt.set_state_dict(state["optimizer"])

    checkpoint = {"model": paddle_model.state_dict(),
                  "optimizer": paddle_opt.state_dict()}
    state = paddle_to_torch(checkpoint, paddle_model, torch_model,
                            torch_opt, torch_sched)
    torch_model.load_state_dict(state["model"])
    torch_opt.load_state_dict(state["optimizer"])
    torch_sched.load_state_dict(state["scheduler"])

Both models name their layers alike. Covered: torch.optim.SGD with
momentum and paddle.optimizer.Momentum; Adam and AdamW in both; StepLR
and StepDecay, CosineAnnealingLR and CosineAnnealingDecay; one parameter
group. Build the target optimizer and scheduler with the same settings
first: the converter compares them with the checkpoint's.

PyTorch keys the optimizer state by the parameter's position in
model.parameters(); Paddle by the parameter's generated name
(linear_0.w_0) plus the state's name and a counter (_moment1_0). So the
models are needed to translate the keys. A Linear weight and its
optimizer state are [out, in] in PyTorch and [in, out] in Paddle.
Paddle counts Adam's steps as beta1 ** (t + 1) and beta2 ** (t + 1)
(beta1_pow_acc, beta2_pow_acc); PyTorch as the step count t.

Anything that cannot be placed raises ConversionError naming the key and
both shapes, or the setting and both values. Nothing is skipped.
"""
import functools
import math
import re

import numpy as np
import paddle
import torch


class ConversionError(ValueError):
    pass


BN_TO_PADDLE = {"running_mean": "_mean", "running_var": "_variance"}
BN_TO_TORCH = {v: k for k, v in BN_TO_PADDLE.items()}
# torch state name -> Paddle accumulator name, per Paddle optimizer
STATES = {
    "Momentum": {"momentum_buffer": "velocity"},
    "Adam": {"exp_avg": "moment1", "exp_avg_sq": "moment2"},
    "AdamW": {"exp_avg": "moment1", "exp_avg_sq": "moment2"},
}
POWS = ("beta1_pow_acc", "beta2_pow_acc")
PADDLE_KEY = re.compile(
    r"^(?P<param>.+)_(?P<state>velocity|moment1|moment2|beta1_pow_acc|"
    r"beta2_pow_acc)_\d+$")


def _is_linear_weight(layers, name):
    layer, _, tensor = name.rpartition(".")
    return type(layers[layer]).__name__ == "Linear" and tensor == "weight"


def _fit(source, value, target, shape, transpose):
    """value as the target holds it, or ConversionError naming the
    source and the target."""
    source_shape = tuple(value.shape)
    if transpose:
        value = value.T  # [out, in] <-> [in, out]
    if tuple(value.shape) != tuple(shape):
        how = f", transposed to {tuple(value.shape)}," if transpose else ""
        raise ConversionError(
            f"{source} {source_shape}{how} does not fit the target's "
            f"{target} {tuple(shape)}")
    return np.ascontiguousarray(value)


def _weights(state, target, layers, names):
    """state: key -> array; target: key -> shape."""
    out = {}
    for key, value in state.items():
        layer, _, tensor = key.rpartition(".")
        new_key = f"{layer}.{names.get(tensor, tensor)}" if layer else \
            names.get(tensor, tensor)
        if new_key not in target:
            raise ConversionError(
                f"the target model has no place for {key!r} "
                f"{tuple(value.shape)}")
        out[new_key] = _fit(repr(key), value, repr(new_key),
                            target[new_key],
                            _is_linear_weight(layers, new_key))
    missing = [k for k in target if k not in out]
    if missing:
        raise ConversionError(
            f"no value for the target's {missing[0]!r} "
            f"{tuple(target[missing[0]])} ({len(missing)} keys missing)")
    return out


def _same(setting, ours, theirs):
    if not math.isclose(float(ours), float(theirs), rel_tol=1e-6):
        raise ConversionError(
            f"{setting}: the checkpoint has {ours}, the target {theirs}")


def _optimizer_kind(group, state=()):
    """The Paddle optimizer a torch parameter group belongs to."""
    if "betas" in group:
        return "AdamW" if group.get("decoupled_weight_decay") else "Adam"
    if "momentum" in group and "dampening" in group:
        return "Momentum"
    raise ConversionError(
        "unknown optimizer: settings "
        f"{sorted(k for k in group if k != 'params')}, states "
        f"{sorted(state)}; known are torch.optim.SGD, Adam and AdamW")


def _paddle_settings(opt):
    """The settings the conversion depends on, as torch names them."""
    decay = (opt._weight_decay if type(opt).__name__ == "AdamW" else
             getattr(opt, "_regularization_coeff", None))
    if decay is None:
        reg = opt.regularization
        decay = 0.0 if reg is None else reg._coeff
    if type(opt).__name__ == "Momentum":
        return {"momentum": opt._momentum, "nesterov": opt._use_nesterov,
                "dampening": 0.0, "weight_decay": decay}
    return {"betas": (opt._beta1, opt._beta2), "eps": opt._epsilon,
            "weight_decay": decay, "amsgrad": getattr(opt, "_amsgrad", False)}


def _check_settings(group, opt):
    for name, theirs in _paddle_settings(opt).items():
        ours = group[name]
        for i, (a, b) in enumerate(zip(np.atleast_1d(ours),
                                       np.atleast_1d(theirs))):
            _same(f"{name}" + (f"[{i}]" if np.ndim(ours) else ""), a, b)
    if group.get("maximize"):
        raise ConversionError("maximize=True: Paddle has no such setting")


def _materialize(opt, params):
    """Create the target optimizer's states now, to learn their names
    (Paddle makes them at the first step, with a counter in the name)."""
    block = paddle.static.default_main_program().global_block()
    opt._create_accumulators(block, params)
    return {(state, param): var
            for state, by_param in opt._accumulators.items()
            for param, var in by_param.items()}


@functools.cache  # one loop per beta and step count, not per parameter
def _pow(beta, t):
    """beta ** (t + 1) the way Paddle accumulates it: in float32."""
    acc = np.float32(beta)
    for _ in range(t):
        acc = np.float32(acc * np.float32(beta))
    return acc


SCHEDULERS = {"StepDecay": ("step_size", "gamma"),
              "CosineAnnealingDecay": ("T_max", "eta_min")}


def _scheduler_kind(state):
    for kind, keys in SCHEDULERS.items():
        if all(k in state for k in keys):
            return kind
    raise ConversionError(f"unknown scheduler: a state with {sorted(state)}")


def torch_to_paddle(checkpoint, torch_model, paddle_model, paddle_opt):
    """A PyTorch checkpoint as the state dicts of paddle_model and
    paddle_opt (built with paddle_model.parameters())."""
    layers = dict(paddle_model.named_sublayers(include_self=True))
    target = {k: v.shape for k, v in paddle_model.state_dict().items()}
    model = _weights({k: v.detach().cpu().numpy()
                      for k, v in checkpoint["model"].items()
                      if not k.endswith("num_batches_tracked")},
                     target, layers, BN_TO_PADDLE)
    saved = checkpoint["optimizer"]
    if len(saved["param_groups"]) != 1:
        raise ConversionError(
            f"{len(saved['param_groups'])} parameter groups: only one is "
            "supported")
    group = saved["param_groups"][0]
    kind = _optimizer_kind(group, {k for s in saved["state"].values()
                                   for k in s})
    if type(paddle_opt).__name__ != kind:
        raise ConversionError(
            f"the checkpoint's optimizer goes to paddle.optimizer.{kind}, "
            f"the target is paddle.optimizer.{type(paddle_opt).__name__}")
    _check_settings(group, paddle_opt)
    torch_names = [n for n, _ in torch_model.named_parameters()]
    if len(group["params"]) != len(torch_names):
        raise ConversionError(
            f"the optimizer holds {len(group['params'])} parameters, the "
            f"PyTorch model has {len(torch_names)}")
    params = {n: p for n, p in paddle_model.named_parameters()
              if not p.stop_gradient}
    made = _materialize(paddle_opt, list(params.values()))
    names = {k: var.name for k, var in made.items()}
    optimizer = {}
    for index, state in saved["state"].items():
        name = torch_names[group["params"].index(index)]
        if name not in params:
            raise ConversionError(
                f"optimizer state of {name!r}: the Paddle model has no "
                "trainable parameter of that name")
        param = params[name]
        for key, value in state.items():
            if value is None:
                continue  # SGD without momentum keeps no buffer
            where = f"state[{index}][{key!r}] of {name!r}"
            if key == "step" and kind != "Momentum":
                t = int(value)
                for pow_name, beta in zip(POWS, group["betas"]):
                    optimizer[names[pow_name, param.name]] = np.array(
                        [_pow(beta, t)], dtype=np.float32)
                continue
            if key not in STATES[kind]:
                raise ConversionError(
                    f"{where} {tuple(np.shape(value))}: "
                    f"paddle.optimizer.{kind} has no such state")
            new_key = names[STATES[kind][key], param.name]
            optimizer[new_key] = _fit(
                where, value.detach().cpu().numpy(), repr(new_key),
                param.shape,
                _is_linear_weight(layers, name))
    # a parameter PyTorch has not stepped yet starts fresh in Paddle too
    # (Paddle's set_state_dict wants a value for every state it made)
    for var in made.values():
        optimizer.setdefault(var.name, var.numpy())
    lr = paddle_opt._learning_rate
    if isinstance(lr, paddle.optimizer.lr.LRScheduler):
        if "scheduler" not in checkpoint:
            raise ConversionError(
                f"the target has a {type(lr).__name__}, the checkpoint no "
                "scheduler state")
        sched = checkpoint["scheduler"]
        if _scheduler_kind(sched) != type(lr).__name__:
            raise ConversionError(
                f"the checkpoint's scheduler goes to "
                f"{_scheduler_kind(sched)}, the target is a "
                f"{type(lr).__name__}")
        for setting in SCHEDULERS[type(lr).__name__]:
            _same(setting, sched[setting], getattr(lr, setting))
        _same("base_lr", sched["base_lrs"][0], lr.base_lr)
        optimizer["LR_Scheduler"] = {"last_epoch": sched["last_epoch"],
                                     "last_lr": sched["_last_lr"][0]}
    else:
        if "scheduler" in checkpoint:
            raise ConversionError(
                "the checkpoint has a scheduler state, the target a "
                "constant learning rate")
        _same("lr", group["lr"], lr)
    return {"model": model, "optimizer": optimizer}


def paddle_to_torch(checkpoint, paddle_model, torch_model, torch_opt,
                    torch_sched=None):
    """A Paddle checkpoint as the state dicts of torch_model, torch_opt
    (built with torch_model.parameters()) and torch_sched.
    paddle_model is the model that saved it, or one built the same way
    in a fresh process: its parameters' generated names key the
    optimizer state."""
    own = torch_model.state_dict()
    layers = dict(torch_model.named_modules())
    target = {k: tuple(v.shape) for k, v in own.items()
              if not k.endswith("num_batches_tracked")}
    model = _weights({k: np.asarray(v) for k, v in
                      checkpoint["model"].items()}, target, layers,
                     BN_TO_TORCH)
    model = {k: torch.from_numpy(v) for k, v in model.items()}
    # Paddle does not count batches: the target keeps its own count
    model.update({k: v.clone() for k, v in own.items()
                  if k.endswith("num_batches_tracked")})
    mine = torch_opt.state_dict()
    group = mine["param_groups"][0]
    if len(mine["param_groups"]) != 1:
        raise ConversionError(
            f"{len(mine['param_groups'])} parameter groups: only one is "
            "supported")
    kind = _optimizer_kind(group)
    torch_params = dict(torch_model.named_parameters())
    index = {n: group["params"][i] for i, n in enumerate(torch_params)}
    names = {p.name: n for n, p in paddle_model.named_parameters()}
    back = {v: k for k, v in STATES[kind].items()}
    state, steps = {}, {}
    saved = dict(checkpoint["optimizer"])
    sched = saved.pop("LR_Scheduler", None)
    for key, value in saved.items():
        value = np.asarray(value)
        match = PADDLE_KEY.match(key)
        if match is None or match["param"] not in names:
            raise ConversionError(
                f"unknown optimizer state {key!r} {value.shape}: no "
                "parameter of the Paddle model and state of "
                f"paddle.optimizer.{kind} by that name")
        name, acc = names[match["param"]], match["state"]
        if name not in torch_params:
            raise ConversionError(
                f"{key!r} ({name}): the PyTorch model has no parameter "
                "of that name")
        slot = state.setdefault(index[name], {})
        if acc in POWS:
            if kind == "Momentum":
                raise ConversionError(
                    f"{key!r} {value.shape}: torch.optim.SGD has no such "
                    "state")
            beta = group["betas"][POWS.index(acc)]
            t = round(math.log(float(value.ravel()[0])) / math.log(beta)) - 1
            if not np.isclose(_pow(beta, t), value.ravel()[0], rtol=1e-5):
                raise ConversionError(
                    f"{key!r} is {value.ravel()[0]}, not a power of the "
                    f"target's beta {beta}")
            steps.setdefault(index[name], set()).add(t)
            continue
        if acc not in back:
            raise ConversionError(
                f"{key!r} {value.shape}: the target's {kind} optimizer "
                "has no such state")
        slot[back[acc]] = torch.from_numpy(_fit(
            repr(key), value, f"{back[acc]} of {name!r}",
            torch_params[name].shape,
            _is_linear_weight(layers, name)))
    for i, ts in steps.items():
        if len(ts) != 1:
            raise ConversionError(
                f"beta1_pow_acc and beta2_pow_acc of parameter {i} count "
                f"different steps: {sorted(ts)}")
        state[i]["step"] = torch.tensor(float(ts.pop()))
    groups = [dict(group)]
    out = {"model": model}
    if torch_sched is not None:
        if sched is None:
            raise ConversionError(
                f"the target has a {type(torch_sched).__name__}, the "
                "checkpoint no LR_Scheduler state")
        mine = torch_sched.state_dict()
        _scheduler_kind(mine)
        out["scheduler"] = dict(
            mine, last_epoch=sched["last_epoch"],
            _step_count=sched["last_epoch"] + 1,
            _last_lr=[sched["last_lr"]])
        groups[0]["lr"] = sched["last_lr"]
    elif sched is not None:
        raise ConversionError(
            "the checkpoint has an LR_Scheduler state, and no target "
            "scheduler was given")
    out["optimizer"] = {"state": state, "param_groups": groups}
    return out
