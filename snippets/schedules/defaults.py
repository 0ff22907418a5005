"""Every default of the schedulers, read from the signatures."""
import inspect

import paddle
import torch

S, L = torch.optim.lr_scheduler, paddle.optimizer.lr
# PyTorch scheduler, Paddle scheduler, [(PyTorch name, Paddle name)];
# None: no parameter of that meaning on the Paddle side
PAIRS = [
    (S.StepLR, L.StepDecay, [("step_size", "step_size"),
                             ("gamma", "gamma"),
                             ("last_epoch", "last_epoch")]),
    (S.MultiStepLR, L.MultiStepDecay, [("milestones", "milestones"),
                                       ("gamma", "gamma"),
                                       ("last_epoch", "last_epoch")]),
    (S.CosineAnnealingLR, L.CosineAnnealingDecay, [
        ("T_max", "T_max"), ("eta_min", "eta_min"),
        ("last_epoch", "last_epoch")]),
    (S.OneCycleLR, L.OneCycleLR, [
        ("max_lr", "max_learning_rate"), ("total_steps", "total_steps"),
        ("pct_start", "phase_pct"), ("anneal_strategy", "anneal_strategy"),
        ("div_factor", "divide_factor"),
        ("final_div_factor", "end_learning_rate"),
        ("three_phase", "three_phase"), ("cycle_momentum", None),
        ("base_momentum", None), ("max_momentum", None),
        ("last_epoch", "last_epoch")]),
    (S.LambdaLR, L.LambdaDecay, [("lr_lambda", "lr_lambda"),
                                 ("last_epoch", "last_epoch")]),
    (S.LinearLR, L.LinearLR, [("start_factor", "start_factor"),
                              ("end_factor", "end_factor"),
                              ("total_iters", "total_steps"),
                              ("last_epoch", "last_epoch")]),
    (S.ReduceLROnPlateau, L.ReduceOnPlateau, [
        ("mode", "mode"), ("factor", "factor"), ("patience", "patience"),
        ("threshold", "threshold"), ("threshold_mode", "threshold_mode"),
        ("cooldown", "cooldown"), ("min_lr", "min_lr"),
        ("eps", "epsilon")]),
]


def default(api, name):
    """A parameter's default, "required", or "-" for no parameter."""
    if name is None:
        return "-"
    value = inspect.signature(api).parameters[name].default
    return "required" if value is inspect.Parameter.empty else value


def short(value):
    """A default as printed: 1/3 with four digits."""
    return f"{value:.4g}" if isinstance(value, float) else str(value)


defaults, differ = {}, set()
for torch_api, paddle_api, names in PAIRS:
    pair = f"{torch_api.__name__} / {paddle_api.__name__}"
    print(pair)
    for torch_name, paddle_name in names:
        t, p = default(torch_api, torch_name), default(paddle_api,
                                                         paddle_name)
        defaults[pair, torch_name] = t, p
        if t != p:
            differ.add((pair, torch_name))
        print(f"  {torch_name:16} {short(t):9} {paddle_name or '-':17} "
              f"{short(p):9} {'same' if t == p else 'DIFFERS'}")

# Paddle's high-level Model.fit steps the scheduler itself, by default
# after every batch
by_step = default(paddle.callbacks.LRScheduler, "by_step")
print("paddle.callbacks.LRScheduler: by_step =", by_step)

# Checks: these defaults differ, and no other; Paddle's first parameter
# is the learning rate (no optimizer), and Model.fit steps per batch.
assert differ == {
    ("OneCycleLR / OneCycleLR", "total_steps"),
    ("OneCycleLR / OneCycleLR", "final_div_factor"),
    ("OneCycleLR / OneCycleLR", "cycle_momentum"),
    ("OneCycleLR / OneCycleLR", "base_momentum"),
    ("OneCycleLR / OneCycleLR", "max_momentum"),
    ("LinearLR / LinearLR", "total_iters")}, differ
for _, paddle_api, _ in PAIRS:
    first = next(iter(inspect.signature(paddle_api).parameters))
    assert first in ("learning_rate", "max_learning_rate"), first
assert by_step is True
