"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import numpy as np
import paddle
import torch
from torch.optim import lr_scheduler

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import (NAMESPACE, Api, Call, NotPortable,  # noqa: E402
                         Var, source)
from schedules.one_cycle_port import (  # noqa: E402
    one_cycle_momentum, set_momentum)


class TorchReduceOnPlateau(paddle.optimizer.lr.ReduceOnPlateau):
    """Paddle's ReduceOnPlateau that records a better metric during the
    cooldown too, as PyTorch's does."""

    def step(self, metrics, epoch=None):
        value = float(metrics)
        if self.cooldown_counter > 0 and self._is_better(value, self.best):
            self.best = value
        super().step(metrics, epoch)


NAMESPACE["lr_scheduler"] = lr_scheduler
NAMESPACE["one_cycle_momentum"] = one_cycle_momentum
NAMESPACE["set_momentum"] = set_momentum
NAMESPACE["TorchReduceOnPlateau"] = TorchReduceOnPlateau

# The base learning rate of both optimizers, and how many steps are
# compared.
LR, STEPS = 0.1, 60
rng = np.random.default_rng(0)
# ReduceLROnPlateau's metric: a loss that falls, then stalls (as on the
# page), so that the rate is reduced
METRIC = 1 / np.arange(1, STEPS + 1) + 0.01 * rng.standard_normal(STEPS)
METRIC[30:] = METRIC[30] + 0.001 * rng.standard_normal(STEPS - 30)


def schedule_runner(call, paddle_code, rng):
    """The learning rate and the momentum of each of STEPS steps.
    PyTorch's scheduler wraps an SGD with momentum; Paddle's code gives
    a scheduler (or a scheduler and a hook to call before each step,
    OneCycleLR's momentum), the learning rate of a Momentum optimizer;
    `lr` is the base learning rate. A call with last_epoch resumes: the
    same scheduler, without it, has stepped last_epoch times on PyTorch's
    optimizer, which so holds that epoch's rate. ReduceLROnPlateau gets
    METRIC (negated for mode='max')."""
    metric = None
    if "ReduceLROnPlateau" in call.api.name:
        sign = -1 if call.arguments.get("mode") == "max" else 1
        metric = sign * METRIC
    weight = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([weight], lr=LR, momentum=0.9)
    names = NAMESPACE | {"optimizer": optimizer}
    last_epoch = call.arguments.get("last_epoch", -1)
    if last_epoch != -1:
        earlier = {k: v for k, v in call.arguments.items()
                   if k != "last_epoch"}
        earlier = eval(source(call.api.name, [], earlier), names)
        for _ in range(last_epoch):
            optimizer.step()
            earlier.step()
    scheduler = eval(call.code, names)
    torch_lrs, torch_momenta = [], []
    for step in range(STEPS):
        torch_lrs.append(optimizer.param_groups[0]["lr"])
        torch_momenta.append(optimizer.param_groups[0]["momentum"])
        optimizer.step()
        scheduler.step(*([] if metric is None else [metric[step]]))

    weight = paddle.create_parameter([1], "float32")
    names = NAMESPACE | {"lr": LR, "optimizer": paddle.optimizer.Momentum(
        learning_rate=LR, momentum=0.9, parameters=[weight])}
    scheduler = eval(paddle_code, names)
    scheduler, before_step = (scheduler if isinstance(scheduler, tuple)
                              else (scheduler, None))
    optimizer = paddle.optimizer.Momentum(
        learning_rate=scheduler, momentum=0.9, parameters=[weight])
    paddle_lrs, paddle_momenta = [], []
    for step in range(STEPS):
        if before_step is not None:
            before_step(optimizer, step)
        paddle_lrs.append(optimizer.get_lr())
        paddle_momenta.append(optimizer._momentum)  # no public getter
        optimizer.step()
        scheduler.step(*([] if metric is None else [metric[step]]))
    return {"learning rate": (np.array(torch_lrs), np.array(paddle_lrs)),
            "momentum": (np.array(torch_momenta),
                         np.array(paddle_momenta, dtype=np.float64))}


def one_group(value):
    """A list holds one value per parameter group: the matrix's
    optimizer has one group, whose list ports as its value."""
    return value[0] if isinstance(value, list) else value


def port_scheduler(name, required=(), rename=None):
    """Paddle's scheduler: the base learning rate `lr` first, then the
    required arguments by position, the rest by keyword, renamed."""
    rename = rename or {}

    def port(call):
        a = {rename.get(k, k): v for k, v in call.arguments.items()
             if k != "optimizer"}
        head = [Var("lr")] + [a.pop(n) for n in required]
        return source(name, head, a)

    return port


def from_lr(port):
    """Paddle's CosineAnnealingDecay and LinearLR compute each rate from
    the last, which starts at lr: given a last_epoch, they continue from
    lr, not from that epoch's rate. A resumed run loads the scheduler's
    state instead."""

    def checked(call):
        if call.arguments.get("last_epoch", -1) != -1:
            raise NotPortable("last_epoch: Paddle goes on from lr")
        return port(call)

    return checked


def port_multistep(call):
    """MultiStepDecay; milestones that repeat or are not sorted, which it
    refuses: PiecewiseDecay, gamma once per count of each milestone."""
    a = dict(call.arguments)
    milestones, gamma = a["milestones"], a.get("gamma", 0.1)
    if list(milestones) == sorted(set(milestones)):
        return port_scheduler("paddle.optimizer.lr.MultiStepDecay",
                              ["milestones"])(call)
    boundaries = sorted(set(milestones))
    values, power = [Var("lr")], 0
    for m in boundaries:
        power += milestones.count(m)
        values.append(Var(f"lr * {gamma!r} ** {power}"))
    keywords = {"last_epoch": a["last_epoch"]} if "last_epoch" in a else {}
    return source("paddle.optimizer.lr.PiecewiseDecay",
                  [boundaries, values], keywords)


def port_lambda(call):
    a = dict(call.arguments)
    a["lr_lambda"] = one_group(a["lr_lambda"])
    return port_scheduler("paddle.optimizer.lr.LambdaDecay",
                          ["lr_lambda"])(Call(call.api, (), a, call.style))


def port_linear(call):
    """LinearLR: total_iters is Paddle's total_steps, which it requires."""
    a = {k: v for k, v in call.arguments.items() if k != "optimizer"}
    total = a.pop("total_iters", 5)
    if total == 0:
        raise NotPortable("total_iters=0, which Paddle refuses")
    return source("paddle.optimizer.lr.LinearLR", [Var("lr")],
                  {"total_steps": total} | a)


def port_one_cycle(call):
    """Paddle's OneCycleLR with PyTorch's ending rate, and, with
    cycle_momentum (the default), the momentum of the page's helpers
    (one_cycle_port.py), set before each step."""
    a = call.arguments
    if a.get("three_phase") and a.get("pct_start", 0.3) >= 0.5:
        raise NotPortable("three_phase with pct_start of 0.5 or more")
    total = a.get("total_steps")
    if total is None:
        total = Var(f"{a['epochs']} * {a['steps_per_epoch']}")
    max_lr = one_group(a["max_lr"])
    div, final = a.get("div_factor", 25.0), a.get("final_div_factor", 1e4)
    k = {"max_learning_rate": max_lr, "total_steps": total}
    if "div_factor" in a:
        k["divide_factor"] = div
    k["end_learning_rate"] = Var(f"{max_lr!r} / {div!r} / {final!r}")
    for torch_name, paddle_name in (("pct_start", "phase_pct"),
                                    ("anneal_strategy", "anneal_strategy"),
                                    ("three_phase", "three_phase"),
                                    ("last_epoch", "last_epoch")):
        if torch_name in a:
            k[paddle_name] = a[torch_name]
    code = source("paddle.optimizer.lr.OneCycleLR", [], k)
    if not a.get("cycle_momentum", True):
        return code
    momenta = source("one_cycle_momentum", [total], {
        name: one_group(a[name]) for name in (
            "pct_start", "base_momentum", "max_momentum",
            "anneal_strategy", "three_phase") if name in a})
    if a.get("last_epoch", -1) != -1:  # resumed after last_epoch + 1
        momenta += f"[{a['last_epoch'] + 1}:]"
    return f"{code}, set_momentum({momenta})"


def port_plateau(call):
    """ReduceOnPlateau, eps as epsilon; with a cooldown, the page's
    subclass, which records a better metric during it as PyTorch does."""
    a = {k: v for k, v in call.arguments.items() if k != "optimizer"}
    if "eps" in a:
        a["epsilon"] = a.pop("eps")
    if "min_lr" in a:
        a["min_lr"] = one_group(a["min_lr"])
    name = ("TorchReduceOnPlateau" if a.get("cooldown", 0)
            else "paddle.optimizer.lr.ReduceOnPlateau")
    return source(name, [Var("lr")], a)


def scheduler(name, *args, **kwargs):
    """A PyTorch scheduler on `optimizer`, as a SequentialLR call writes
    it, that remembers its arguments for the port."""
    api = API[name]
    code = Var(source(name, (Var("optimizer"),) + args, kwargs))
    code.call = Call(api, (Var("optimizer"),) + args, kwargs, "nested")
    return code


def port_sequential(call):
    """A LinearLR warmup, then one scheduler: LinearWarmup, given the
    next scheduler's port as its learning rate, and the warmup's first
    and last rates (LinearLR's are factors of lr)."""
    a = call.arguments
    schedulers = [s.call for s in a["schedulers"]]
    if (len(schedulers) != 2 or a.get("last_epoch", -1) != -1
            or schedulers[0].api.name != "lr_scheduler.LinearLR"):
        raise NotPortable(
            "not a LinearLR warmup, then one scheduler: a LambdaDecay")
    warmup = schedulers[0].arguments
    steps = a["milestones"][0]
    total = warmup.get("total_iters", 5)
    start = warmup.get("start_factor", 1 / 3)
    end = warmup.get("end_factor", 1.0)
    if steps > total:
        raise NotPortable(
            "LinearLR ends before the milestone: a LambdaDecay")
    end_factor = start + (end - start) * steps / total
    if end_factor <= start:  # LinearWarmup refuses end_lr <= start_lr
        raise NotPortable("LinearLR does not rise: a LambdaDecay")
    after = schedulers[1].api.port(schedulers[1])
    return source("paddle.optimizer.lr.LinearWarmup", [], {
        "learning_rate": Var(after), "warmup_steps": steps,
        "start_lr": Var(f"lr * {start!r}"),
        "end_lr": Var("lr" if end_factor == 1 else f"lr * {end_factor!r}")})


def port_chained(call):
    """Paddle has no ChainedScheduler: the rate the chain gives is for
    the reader to write as one LambdaDecay."""
    raise NotPortable("Paddle has no ChainedScheduler: one LambdaDecay")


OPTIMIZER = Var("optimizer")
CALLS = [
    Api("lr_scheduler.StepLR", lr_scheduler.StepLR,
        "paddle.optimizer.lr.StepDecay",
        port_scheduler("paddle.optimizer.lr.StepDecay", ["step_size"]),
        full={"optimizer": OPTIMIZER, "step_size": 7, "gamma": 0.5,
              "last_epoch": -1},
        required=2,
        values={"step_size": [1], "gamma": [0.5], "last_epoch": [9]},
        runner=schedule_runner),
    Api("lr_scheduler.MultiStepLR", lr_scheduler.MultiStepLR,
        "paddle.optimizer.lr.MultiStepDecay", port_multistep,
        full={"optimizer": OPTIMIZER, "milestones": [10, 25, 40],
              "gamma": 0.5, "last_epoch": -1},
        required=2,
        values={"milestones": [[25, 10, 40], [10, 25, 25]],
                "gamma": [0.5], "last_epoch": [12]},
        extra=[{"milestones": [25, 10, 25], "last_epoch": 12}],
        runner=schedule_runner),
    Api("lr_scheduler.CosineAnnealingLR", lr_scheduler.CosineAnnealingLR,
        "paddle.optimizer.lr.CosineAnnealingDecay",
        from_lr(port_scheduler("paddle.optimizer.lr.CosineAnnealingDecay",
                               ["T_max"])),
        full={"optimizer": OPTIMIZER, "T_max": 25, "eta_min": 0.001,
              "last_epoch": -1},
        required=2,
        values={"T_max": [100, 1], "eta_min": [0.001], "last_epoch": [9]},
        runner=schedule_runner),
    Api("lr_scheduler.LambdaLR", lr_scheduler.LambdaLR,
        "paddle.optimizer.lr.LambdaDecay", port_lambda,
        full={"optimizer": OPTIMIZER,
              "lr_lambda": Var("lambda e: 0.95 ** e"), "last_epoch": -1},
        required=2,
        values={"lr_lambda": [Var("lambda e: 1 / (e + 1) ** 0.5"),
                              [Var("lambda e: 0.95 ** e")]],
                "last_epoch": [9]},
        runner=schedule_runner),
    Api("lr_scheduler.LinearLR", lr_scheduler.LinearLR,
        "paddle.optimizer.lr.LinearLR", from_lr(port_linear),
        full={"optimizer": OPTIMIZER, "start_factor": 0.25,
              "end_factor": 0.5, "total_iters": 20, "last_epoch": -1},
        required=1,
        values={"start_factor": [0.25, 1.0], "end_factor": [0.5],
                "total_iters": [20, 1, 0], "last_epoch": [3]},
        runner=schedule_runner),
    Api("lr_scheduler.OneCycleLR", lr_scheduler.OneCycleLR,
        "paddle.optimizer.lr.OneCycleLR", port_one_cycle,
        full={"optimizer": OPTIMIZER, "max_lr": 1.0, "total_steps": 100,
              "epochs": None, "steps_per_epoch": None, "pct_start": 0.25,
              "anneal_strategy": "linear", "cycle_momentum": True,
              "base_momentum": 0.8, "max_momentum": 0.9,
              "div_factor": 10.0, "final_div_factor": 100.0,
              "three_phase": True, "last_epoch": -1},
        required=3,
        values={"max_lr": [[1.0]], "pct_start": [0.25, 0.5],
                "anneal_strategy": ["linear"], "cycle_momentum": [False],
                "base_momentum": [0.8], "max_momentum": [0.9],
                "div_factor": [10.0], "final_div_factor": [100.0],
                "three_phase": [True], "last_epoch": [9]},
        extra=[{"total_steps": None, "epochs": 10, "steps_per_epoch": 10},
               {"three_phase": True, "pct_start": 0.5},
               {"three_phase": True, "cycle_momentum": False},
               {"three_phase": True, "anneal_strategy": "linear"},
               {"cycle_momentum": False, "last_epoch": 9}],
        runner=schedule_runner),
    Api("lr_scheduler.ReduceLROnPlateau", lr_scheduler.ReduceLROnPlateau,
        "paddle.optimizer.lr.ReduceOnPlateau", port_plateau,
        full={"optimizer": OPTIMIZER, "mode": "max", "factor": 0.5,
              "patience": 3, "threshold": 0.01, "threshold_mode": "abs",
              "cooldown": 2, "min_lr": 0.02, "eps": 0.001},
        required=1,
        values={"mode": ["max"], "factor": [0.5], "patience": [3, 0],
                "threshold": [0.05], "threshold_mode": ["abs"],
                "cooldown": [2], "min_lr": [0.02, [0.02]], "eps": [0.01]},
        extra=[{"patience": 3, "cooldown": 2},
               {"mode": "max", "threshold_mode": "abs", "threshold": 0.01}],
        runner=schedule_runner),
]
API = {api.name: api for api in CALLS}
CALLS.append(
    Api("lr_scheduler.SequentialLR", lr_scheduler.SequentialLR,
        "paddle.optimizer.lr.LinearWarmup", port_sequential,
        full={"optimizer": OPTIMIZER, "schedulers": [
            scheduler("lr_scheduler.LinearLR", 0.01, total_iters=5),
            scheduler("lr_scheduler.CosineAnnealingLR", 25, 0.001)],
            "milestones": [5], "last_epoch": -1},
        required=3,
        values={"schedulers": [
            [scheduler("lr_scheduler.LinearLR", 0.1, total_iters=10),
             scheduler("lr_scheduler.StepLR", 10, 0.5)],
            [scheduler("lr_scheduler.LinearLR", 0.5, 0.8, 5),
             scheduler("lr_scheduler.MultiStepLR", [10, 20])],
            [scheduler("lr_scheduler.LinearLR"),
             scheduler("lr_scheduler.LambdaLR", Var("lambda e: 0.95 ** e"))],
            [scheduler("lr_scheduler.StepLR", 3),
             scheduler("lr_scheduler.CosineAnnealingLR", 25)],
            [scheduler("lr_scheduler.LinearLR", 1.0, 0.5, 5),
             scheduler("lr_scheduler.StepLR", 10)]]},
        extra=[{"schedulers": [
                    scheduler("lr_scheduler.LinearLR", 0.1, total_iters=3),
                    scheduler("lr_scheduler.CosineAnnealingLR", 25)]},
               {"schedulers": [
                    scheduler("lr_scheduler.LinearLR", 0.1, total_iters=5),
                    scheduler("lr_scheduler.StepLR", 10),
                    scheduler("lr_scheduler.CosineAnnealingLR", 25)],
                "milestones": [5, 20]}],
        runner=schedule_runner))
CALLS.append(
    Api("lr_scheduler.ChainedScheduler", lr_scheduler.ChainedScheduler,
        "paddle.optimizer.lr.LambdaDecay", port_chained,
        full={"schedulers": [
            scheduler("lr_scheduler.LinearLR", 0.1, total_iters=5),
            scheduler("lr_scheduler.StepLR", 10, 0.5)],
            "optimizer": OPTIMIZER},
        required=1, runner=schedule_runner))
