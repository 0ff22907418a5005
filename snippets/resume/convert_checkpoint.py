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
                            torch_opt, torch_sched, paddle_opt=paddle_opt)
    torch_model.load_state_dict(state["model"])
    torch_opt.load_state_dict(state["optimizer"])
    torch_sched.load_state_dict(state["scheduler"])

Both models name their layers alike. Covered: torch.optim.SGD with
momentum and paddle.optimizer.Momentum; Adam and AdamW in both; StepLR
and StepDecay, CosineAnnealingLR and CosineAnnealingDecay; parameter
groups. Build the target optimizer and scheduler with the same settings
first: the converter compares them with the checkpoint's, parameter by
parameter (paddle_opt is optional from Paddle: without it, only the
learning rates and Adam's betas are checked).

Parameter groups: a Paddle group's "learning_rate" is a factor on the
optimizer's learning rate (Paddle keeps it in each parameter's
optimize_attr), so a PyTorch group's "lr" is the Paddle learning rate
times that factor. Weight decay may come from a group's "weight_decay"
or from AdamW's apply_decay_param_fun. With several groups, a PyTorch
checkpoint must name its parameters: build the optimizer from
model.named_parameters() (its groups then hold "param_names").

PyTorch keys the optimizer state by the parameter's position in the
optimizer; Paddle by the parameter's generated name (linear_0.w_0) plus
the state's name and a counter (_moment1_0). So the models are needed to
translate the keys. A Linear weight and its optimizer state are
[out, in] in PyTorch and [in, out] in Paddle. Paddle counts Adam's steps
as beta1 ** (t + 1) and beta2 ** (t + 1) (beta1_pow_acc,
beta2_pow_acc); PyTorch as the step count t.

Anything that cannot be placed raises ConversionError naming the key
(and group) and both shapes, or the setting and both values. Nothing is
skipped.
"""
import functools
import math
import re

import numpy as np
import paddle
import torch
from paddle.regularizer import L2Decay


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


def _same(setting, ours, theirs, who=("the checkpoint has", "the target")):
    if not math.isclose(float(ours), float(theirs), rel_tol=1e-6):
        raise ConversionError(
            f"{setting}: {who[0]} {ours}, {who[1]} {theirs}")


def _optimizer_kind(group, state=()):
    """The Paddle optimizer a torch parameter group belongs to."""
    if "betas" in group:
        return "AdamW" if group.get("decoupled_weight_decay") else "Adam"
    if "momentum" in group and "dampening" in group:
        return "Momentum"
    raise ConversionError(
        "unknown optimizer: settings "
        f"{sorted(k for k in group if k not in ('params', 'param_names'))}"
        f", states {sorted(state)}; known are torch.optim.SGD, Adam and "
        "AdamW")


def _paddle_groups(opt):
    """Paddle's name of each parameter opt trains -> (parameter, the
    settings of its group)."""
    groups = opt._param_groups
    if not isinstance(groups[0], dict):
        groups = [{"params": groups}]
    return {p.name: (p, {**opt._default_dict, **group})
            for group in groups for p in group["params"]
            if not p.stop_gradient}  # not BatchNorm's running statistics


def _l2(param, regularization):
    """The L2 coefficient a regularizer adds to param's gradient."""
    if regularization is None:
        return 0.0
    if isinstance(regularization, int):  # Paddle's step would fail
        raise ConversionError(
            f"{param.name}: weight_decay={regularization} in its group is "
            f"an int, which Paddle's step cannot use; write "
            f"{float(regularization)}")
    if not isinstance(regularization, L2Decay):
        raise ConversionError(
            f"{param.name}: {type(regularization).__name__} has no "
            "counterpart in torch.optim")
    return regularization._coeff


def _paddle_settings(opt, param, group):
    """The settings that train param, as torch names them; "factor" is
    the factor on the optimizer's learning rate."""
    kind = type(opt).__name__
    own = getattr(param, "regularizer", None)  # a group's, or ParamAttr's
    factor = param.optimize_attr.get("learning_rate", 1.0)
    if kind == "Momentum":
        if own is None and opt.regularization is not None:
            _l2(param, opt.regularization)  # not L2: refused
        decay = (_l2(param, own) if own is not None else
                 group["regularization_coeff"]
                 if group["regularization_method"] == "l2_decay" else 0.0)
        return {"factor": factor, "momentum": group["momentum"],
                "nesterov": group["use_nesterov"], "dampening": 0.0,
                "weight_decay": decay}
    if kind == "AdamW":
        if own is not None:
            raise ConversionError(
                f"{param.name}: a {type(own).__name__} of its own would "
                "add to its gradient besides AdamW's decay; torch's AdamW "
                "has no such setting")
        decays = opt._apply_decay_param_fun
        decay = (group["weight_decay"]
                 if decays is None or decays(param.name) else 0.0)
        if opt._lr_ratio is not None:
            factor *= opt._lr_ratio(param)
    else:
        decay = _l2(param, own if own is not None else opt.regularization)
    return {"factor": factor, "betas": (group["beta1"], group["beta2"]),
            "eps": group["epsilon"], "weight_decay": decay,
            "amsgrad": getattr(opt, "_amsgrad", False)}  # Paddle 3.0 on


def _check_settings(where, group, settings, who=("the checkpoint has",
                                                  "the target")):
    """group: the torch group's settings; settings: Paddle's."""
    if group.get("maximize"):
        raise ConversionError(f"{where}: maximize=True: Paddle has no such "
                              "setting")
    for name, theirs in settings.items():
        if name == "factor":
            continue
        ours = group[name]
        for i, (a, b) in enumerate(zip(np.atleast_1d(ours),
                                       np.atleast_1d(theirs))):
            _same(f"{where}, {name}" + (f"[{i}]" if np.ndim(ours) else ""),
                  a, b, who)


def _materialize(opt):
    """Create the target optimizer's states now, to learn their names
    (Paddle makes them at the first step, with a counter in the name).
    Group by group: a group's betas start its beta powers."""
    block = paddle.static.default_main_program().global_block()
    groups = opt._param_groups
    for group in groups if isinstance(groups[0], dict) else [
            {"params": groups}]:
        opt._create_accumulators(block, {
            **group, "params": [p for p in group["params"]
                                if not p.stop_gradient]})
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


def _one_schedule(sched, factors):
    """Paddle has one schedule, times each parameter's factor; PyTorch's
    CosineAnnealingLR ends every group at the same eta_min."""
    eta_min = sched.get("eta_min", 0.0)
    for g, factor in factors.items():
        if eta_min and not math.isclose(factor, 1.0):
            raise ConversionError(
                f"group {g}: CosineAnnealingLR with eta_min={eta_min} ends "
                f"this group at {eta_min}; Paddle's schedule times the "
                f"group's factor {factor} ends it at {eta_min * factor}")


def _torch_names(saved, torch_model):
    """The parameter name of each index in a torch optimizer's state."""
    groups = saved["param_groups"]
    if all("param_names" in group for group in groups):
        return {i: n for group in groups
                for i, n in zip(group["params"], group["param_names"])}
    names = [n for n, _ in torch_model.named_parameters()]
    if len(groups) > 1:
        raise ConversionError(
            f"{len(groups)} parameter groups of "
            f"{[len(g['params']) for g in groups]} parameters, without "
            "their names: build the optimizer from "
            "model.named_parameters(), or add each group's 'param_names'")
    if len(groups[0]["params"]) != len(names):
        raise ConversionError(
            f"the optimizer holds {len(groups[0]['params'])} parameters, "
            f"the PyTorch model has {len(names)}")
    return dict(zip(groups[0]["params"], names))


def torch_to_paddle(checkpoint, torch_model, paddle_model, paddle_opt):
    """A PyTorch checkpoint as the state dicts of paddle_model and
    paddle_opt (built with paddle_model's parameters, in groups or
    not)."""
    layers = dict(paddle_model.named_sublayers(include_self=True))
    target = {k: v.shape for k, v in paddle_model.state_dict().items()}
    model = _weights({k: v.detach().cpu().numpy()
                      for k, v in checkpoint["model"].items()
                      if not k.endswith("num_batches_tracked")},
                     target, layers, BN_TO_PADDLE)
    saved = checkpoint["optimizer"]
    groups = saved["param_groups"]
    kind = _optimizer_kind(groups[0], {k for s in saved["state"].values()
                                       for k in s})
    if type(paddle_opt).__name__ != kind:
        raise ConversionError(
            f"the checkpoint's optimizer goes to paddle.optimizer.{kind}, "
            f"the target is paddle.optimizer.{type(paddle_opt).__name__}")
    names = _torch_names(saved, torch_model)
    group_of = {i: g for g, group in enumerate(groups)
                for i in group["params"]}
    params = dict(paddle_model.named_parameters())
    trained = _paddle_groups(paddle_opt)
    settings, factors, first = {}, {}, {}
    for index, name in names.items():  # every parameter torch trains
        g = group_of[index]
        where = f"group {g} ({name!r})"
        if name not in params or params[name].name not in trained:
            raise ConversionError(
                f"{where}: the Paddle optimizer trains no parameter "
                "of that name")
        param, paddle_group = trained[params[name].name]
        settings[index] = _paddle_settings(paddle_opt, param, paddle_group)
        _check_settings(where, groups[g], settings[index])
        factors.setdefault(g, settings[index]["factor"])
        first.setdefault(g, name)
    torch_held = {params[n].name for n in names.values()}
    for key, (param, _) in trained.items():
        if key not in torch_held:
            raise ConversionError(
                f"the Paddle optimizer trains {key} {tuple(param.shape)}, "
                "which the PyTorch optimizer does not hold")
    made = _materialize(paddle_opt)
    accumulators = {k: var.name for k, var in made.items()}
    optimizer = {}
    for index, state in saved["state"].items():
        name, g = names[index], group_of[index]
        param = params[name]
        for key, value in state.items():
            if value is None:
                continue  # SGD without momentum keeps no buffer
            where = f"state[{index}][{key!r}] of {name!r} (group {g})"
            if key == "step" and kind != "Momentum":
                t = int(value)
                for pow_name, beta in zip(POWS, groups[g]["betas"]):
                    optimizer[accumulators[pow_name, param.name]] = np.array(
                        [_pow(beta, t)], dtype=np.float32)
                continue
            if key not in STATES[kind]:
                raise ConversionError(
                    f"{where} {tuple(np.shape(value))}: "
                    f"paddle.optimizer.{kind} has no such state")
            new_key = accumulators[STATES[kind][key], param.name]
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
        _one_schedule(sched, factors)
        for g, factor in factors.items():
            _same(f"group {g} ({first[g]!r}), base_lr (the target's "
                  f"{lr.base_lr} times the group's factor {factor})",
                  sched["base_lrs"][g], lr.base_lr * factor)
        # Paddle's rate is the group's rate over the group's factor
        g = min(factors, key=lambda g: abs(factors[g] - 1))
        optimizer["LR_Scheduler"] = {
            "last_epoch": sched["last_epoch"],
            "last_lr": sched["_last_lr"][g] / factors[g]}
    else:
        if "scheduler" in checkpoint:
            raise ConversionError(
                "the checkpoint has a scheduler state, the target a "
                "constant learning rate")
        for g, factor in factors.items():
            _same(f"group {g} ({first[g]!r}), lr (the target's {lr} "
                  f"times the group's factor {factor})", groups[g]["lr"],
                  lr * factor)
    return {"model": model, "optimizer": optimizer}


def paddle_to_torch(checkpoint, paddle_model, torch_model, torch_opt,
                    torch_sched=None, paddle_opt=None):
    """A Paddle checkpoint as the state dicts of torch_model, torch_opt
    (built with torch_model's parameters, in groups or not) and
    torch_sched. paddle_model is the model that saved it, or one built
    the same way in a fresh process, with its optimizer: its parameters'
    generated names key the optimizer state, and their optimize_attr
    holds each one's factor on the learning rate. paddle_opt, if given,
    is the optimizer that saved it (or built the same way): its settings
    are compared with torch_opt's."""
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
    groups = [dict(group) for group in mine["param_groups"]]
    kind = _optimizer_kind(groups[0])
    torch_params = dict(torch_model.named_parameters())
    name_of = {id(p): n for n, p in torch_params.items()}
    index, group_of = {}, {}  # parameter name -> index, group
    for g, group in enumerate(torch_opt.param_groups):
        for p, i in zip(group["params"], groups[g]["params"]):
            index[name_of[id(p)]], group_of[name_of[id(p)]] = i, g
    paddle_params = dict(paddle_model.named_parameters())
    names = {p.name: n for n, p in paddle_params.items()}
    # each group's factor on Paddle's learning rate, and that rate
    base = [torch_sched.base_lrs[g] if torch_sched else group["lr"]
            for g, group in enumerate(groups)]
    trained = _paddle_groups(paddle_opt) if paddle_opt else {}
    factors, rates = {}, {}
    for name, g in group_of.items():
        if name not in paddle_params:
            raise ConversionError(
                f"group {g} ({name!r}): the Paddle model has no parameter "
                "of that name")
        param = paddle_params[name]
        factor = param.optimize_attr.get("learning_rate", 1.0)
        if paddle_opt is not None:
            if param.name not in trained:
                raise ConversionError(
                    f"group {g} ({name!r}): the Paddle optimizer trains no "
                    "parameter of that name")
            settings = _paddle_settings(paddle_opt, *trained[param.name])
            _check_settings(f"group {g} ({name!r})", groups[g], settings,
                            ("the target has", "the checkpoint's optimizer"))
            factor = settings["factor"]
        if not math.isclose(factors.setdefault(g, factor), factor):
            other = next(n for n in rates if group_of[n] == g)
            raise ConversionError(
                f"group {g}: {name!r} has the factor {factor} on Paddle's "
                f"learning rate, {other!r} of the same group {factors[g]}")
        rates[name] = base[g] / factor
    first = next(iter(rates))
    for name, rate in rates.items():
        g = group_of[name]
        if not math.isclose(rate, rates[first], rel_tol=1e-6):
            raise ConversionError(
                f"group {g} ({name!r}): its rate {base[g]} is not its "
                f"factor {factors[g]} times one Paddle learning rate "
                f"({rates[first]}, from {first!r})")
    if paddle_opt is not None:
        lr = paddle_opt._learning_rate
        _same(f"Paddle's learning rate (from {first!r})", rates[first],
              getattr(lr, "base_lr", lr),
              ("the target's rates give", "the checkpoint's optimizer has"))
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
        if name not in group_of:
            raise ConversionError(
                f"{key!r} {value.shape} ({name}): the PyTorch optimizer "
                "holds no parameter of that name")
        slot = state.setdefault(index[name], {})
        if acc in POWS:
            if kind == "Momentum":
                raise ConversionError(
                    f"{key!r} {value.shape}: torch.optim.SGD has no such "
                    "state")
            beta = groups[group_of[name]]["betas"][POWS.index(acc)]
            t = round(math.log(float(value.ravel()[0])) / math.log(beta)) - 1
            if not np.isclose(_pow(beta, t), value.ravel()[0], rtol=1e-5):
                raise ConversionError(
                    f"{key!r} is {value.ravel()[0]}, not a power of the "
                    f"beta {beta} of {name!r} (group {group_of[name]})")
            steps.setdefault(index[name], set()).add(t)
            continue
        if acc not in back:
            raise ConversionError(
                f"{key!r} {value.shape}: the target's {kind} optimizer "
                "has no such state")
        slot[back[acc]] = torch.from_numpy(_fit(
            repr(key), value,
            f"{back[acc]} of {name!r} (group {group_of[name]})",
            torch_params[name].shape,
            _is_linear_weight(layers, name)))
    for i, ts in steps.items():
        if len(ts) != 1:
            raise ConversionError(
                f"beta1_pow_acc and beta2_pow_acc of parameter {i} count "
                f"different steps: {sorted(ts)}")
        state[i]["step"] = torch.tensor(float(ts.pop()))
    out = {"model": model}
    if torch_sched is not None:
        if sched is None:
            raise ConversionError(
                f"the target has a {type(torch_sched).__name__}, the "
                "checkpoint no LR_Scheduler state")
        mine = torch_sched.state_dict()
        _scheduler_kind(mine)
        _one_schedule(mine, factors)
        last = [sched["last_lr"] * factors.get(g, 1.0)
                for g in range(len(groups))]
        out["scheduler"] = dict(
            mine, last_epoch=sched["last_epoch"],
            _step_count=sched["last_epoch"] + 1, _last_lr=last)
        for group, lr in zip(groups, last):
            group["lr"] = lr
    elif sched is not None:
        raise ConversionError(
            "the checkpoint has an LR_Scheduler state, and no target "
            "scheduler was given")
    out["optimizer"] = {"state": state, "param_groups": groups}
    return out
