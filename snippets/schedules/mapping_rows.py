"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle
from torch.optim import lr_scheduler

REQUIRED = inspect.Parameter.empty  # a parameter without a default
L = paddle.optimizer.lr

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "lr_scheduler.StepLR": (lr_scheduler.StepLR, L.StepDecay),
    "lr_scheduler.MultiStepLR": (lr_scheduler.MultiStepLR,
                                 L.MultiStepDecay),
    "lr_scheduler.CosineAnnealingLR": (lr_scheduler.CosineAnnealingLR,
                                       L.CosineAnnealingDecay),
    "lr_scheduler.LambdaLR": (lr_scheduler.LambdaLR, L.LambdaDecay),
    "lr_scheduler.LinearLR": (lr_scheduler.LinearLR, L.LinearLR),
    "lr_scheduler.OneCycleLR": (lr_scheduler.OneCycleLR, L.OneCycleLR),
    "lr_scheduler.ReduceLROnPlateau": (lr_scheduler.ReduceLROnPlateau,
                                       L.ReduceOnPlateau),
    "lr_scheduler.SequentialLR": (lr_scheduler.SequentialLR,
                                  L.LinearWarmup),
    "lr_scheduler.ChainedScheduler": (lr_scheduler.ChainedScheduler,
                                      L.LambdaDecay),
}

ATTACH = ("Paddle's scheduler takes the base learning rate, not the "
          "optimizer, and is given to the optimizer as "
          "`learning_rate=scheduler`.",
          "飞桨的学习率调度器接收基础学习率而不是优化器，再以 "
          "`learning_rate=scheduler` 交给优化器。")
SAME = ("Same.", "相同。")
VERBOSE = ("Paddle only: keep the default.", "飞桨独有：保持默认值。")
COUNTED = ("Same: both count the calls of `step()`; given, both go on "
           "from that epoch's rate.",
           "相同：两边都数 `step()` 的调用次数；给定时，两边都从该 epoch "
           "的学习率继续。")
FROM_LR = ("Given, Paddle computes the next rate from `lr`, not from that "
           "epoch's rate, and other rates follow: not ported.",
           "给定时，飞桨从 `lr` 而不是该 epoch 的学习率算出下一个学习率，"
           "之后的学习率都不同：无法迁移。")
RESUME = (" To resume, convert the scheduler's state with the checkpoint.",
          "要恢复训练，请随检查点一起转换学习率调度器的状态。")
ONE_GROUP = ("Same. A list holds one value per parameter group; Paddle "
             "has one schedule per optimizer: write the one value of a "
             "single group.",
             "相同。列表为每个参数组给一个值；飞桨每个优化器只有一个学习率"
             "调度：单个参数组时写出它的那一个值。")

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("lr_scheduler.StepLR", {"optimizer": REQUIRED},
     {"learning_rate": REQUIRED},
     ["schedules-attach", "schedules-step-traps", "mapping-check-calls"],
     *ATTACH),
    ("lr_scheduler.StepLR", {"step_size": REQUIRED, "gamma": 0.1},
     {"step_size": REQUIRED, "gamma": 0.1},
     ["schedules-defaults", "schedules-curves", "mapping-check-calls"],
     *SAME),
    ("lr_scheduler.StepLR", {"last_epoch": -1}, {"last_epoch": -1},
     ["mapping-check-calls"], *COUNTED),
    ("lr_scheduler.StepLR", {}, {"verbose": False},
     ["mapping-check-defaults"], *VERBOSE),
    ("lr_scheduler.MultiStepLR", {"optimizer": REQUIRED},
     {"learning_rate": REQUIRED},
     ["schedules-attach", "mapping-check-calls"], *ATTACH),
    ("lr_scheduler.MultiStepLR", {"milestones": REQUIRED},
     {"milestones": REQUIRED},
     ["schedules-milestones", "mapping-check-calls"],
     "Same when they increase. Milestones that repeat or are not sorted, "
     "which `MultiStepDecay` refuses: `PiecewiseDecay` with the rate of "
     "each interval, `gamma` once per count of each milestone.",
     "递增时相同。里程碑重复或未排序时 `MultiStepDecay` 会报错：改用 "
     "`PiecewiseDecay`，给出每个区间的学习率，每个里程碑出现几次就乘几次 "
     "`gamma`。"),
    ("lr_scheduler.MultiStepLR", {"gamma": 0.1}, {"gamma": 0.1},
     ["schedules-attach", "mapping-check-calls"], *SAME),
    ("lr_scheduler.MultiStepLR", {"last_epoch": -1}, {"last_epoch": -1},
     ["mapping-check-calls"], *COUNTED),
    ("lr_scheduler.MultiStepLR", {}, {"verbose": False},
     ["mapping-check-defaults"], *VERBOSE),
    ("lr_scheduler.CosineAnnealingLR", {"optimizer": REQUIRED},
     {"learning_rate": REQUIRED},
     ["schedules-warmup", "mapping-check-calls"], *ATTACH),
    ("lr_scheduler.CosineAnnealingLR", {"T_max": REQUIRED, "eta_min": 0.0},
     {"T_max": REQUIRED, "eta_min": 0},
     ["schedules-warmup", "schedules-curves", "mapping-check-calls"],
     *SAME),
    ("lr_scheduler.CosineAnnealingLR", {"last_epoch": -1},
     {"last_epoch": -1}, ["mapping-check-calls", "resume-grid"],
     FROM_LR[0] + RESUME[0], FROM_LR[1] + RESUME[1]),
    ("lr_scheduler.CosineAnnealingLR", {}, {"verbose": False},
     ["mapping-check-defaults"], *VERBOSE),
    ("lr_scheduler.LambdaLR", {"optimizer": REQUIRED},
     {"learning_rate": REQUIRED},
     ["schedules-curves", "mapping-check-calls"], *ATTACH),
    ("lr_scheduler.LambdaLR", {"lr_lambda": REQUIRED},
     {"lr_lambda": REQUIRED},
     ["schedules-curves", "mapping-check-calls"], *ONE_GROUP),
    ("lr_scheduler.LambdaLR", {"last_epoch": -1}, {"last_epoch": -1},
     ["mapping-check-calls"], *COUNTED),
    ("lr_scheduler.LambdaLR", {}, {"verbose": False},
     ["mapping-check-defaults"], *VERBOSE),
    ("lr_scheduler.LinearLR", {"optimizer": REQUIRED},
     {"learning_rate": REQUIRED},
     ["schedules-curves", "mapping-check-calls"], *ATTACH),
    ("lr_scheduler.LinearLR", {"start_factor": 1 / 3, "end_factor": 1.0},
     {"start_factor": 1 / 3, "end_factor": 1.0},
     ["schedules-defaults", "schedules-curves", "mapping-check-calls"],
     *SAME),
    ("lr_scheduler.LinearLR", {"total_iters": 5},
     {"total_steps": REQUIRED},
     ["schedules-defaults", "mapping-check-calls"],
     "Renamed, and required in Paddle: write `total_steps=5` for "
     "PyTorch's default. Paddle refuses 0: not ported.",
     "改名，且飞桨中必填：PyTorch 用默认值时写 `total_steps=5`。"
     "飞桨不接受 0：无法迁移。"),
    ("lr_scheduler.LinearLR", {"last_epoch": -1}, {"last_epoch": -1},
     ["mapping-check-calls"], *FROM_LR),
    ("lr_scheduler.LinearLR", {}, {"verbose": False},
     ["mapping-check-defaults"], *VERBOSE),
    ("lr_scheduler.OneCycleLR", {"optimizer": REQUIRED}, {},
     ["schedules-attach", "mapping-check-calls"],
     "Drop it: Paddle's scheduler is given to the optimizer as "
     "`learning_rate=scheduler`.",
     "删去：飞桨的学习率调度器以 `learning_rate=scheduler` 交给优化器。"),
    ("lr_scheduler.OneCycleLR", {"max_lr": REQUIRED},
     {"max_learning_rate": REQUIRED},
     ["schedules-curves", "mapping-check-calls"],
     "Renamed. A list holds one value per parameter group: write the one "
     "value of a single group.",
     "改名。列表为每个参数组给一个值：单个参数组时写出它的那一个值。"),
    ("lr_scheduler.OneCycleLR", {"total_steps": None, "epochs": None,
                                 "steps_per_epoch": None},
     {"total_steps": REQUIRED},
     ["schedules-defaults", "mapping-check-calls"],
     "Required in Paddle: `total_steps`, or `epochs * steps_per_epoch` "
     "where the call gives those.",
     "飞桨中必填：写 `total_steps`；调用给的是 `epochs` 和 "
     "`steps_per_epoch` 时写 `epochs * steps_per_epoch`。"),
    ("lr_scheduler.OneCycleLR", {"pct_start": 0.3}, {"phase_pct": 0.3},
     ["schedules-curves", "mapping-check-calls"],
     "Renamed. With `three_phase=True`, Paddle refuses 0.5 and more: not "
     "ported.",
     "改名。`three_phase=True` 时飞桨不接受 0.5 及以上的值：无法迁移。"),
    ("lr_scheduler.OneCycleLR", {"anneal_strategy": "cos",
                                 "three_phase": False},
     {"anneal_strategy": "cos", "three_phase": False},
     ["schedules-curves", "mapping-check-calls"], *SAME),
    ("lr_scheduler.OneCycleLR", {"cycle_momentum": True,
                                 "base_momentum": 0.85,
                                 "max_momentum": 0.95}, {},
     ["schedules-one-cycle", "schedules-side-by-side",
      "mapping-check-calls"],
     "Paddle cycles no momentum: set it before each step with "
     "`set_momentum(one_cycle_momentum(total_steps, ...))` from "
     "`one_cycle_port.py`, which takes these keywords (for Adam it also "
     "corrects the bias).",
     "飞桨不做周期性动量：每一步之前用 `one_cycle_port.py` 中的 "
     "`set_momentum(one_cycle_momentum(total_steps, ...))` 设置动量，"
     "它接收这几个关键字参数（对 Adam 还会做偏差校正）。"),
    ("lr_scheduler.OneCycleLR", {"div_factor": 25.0},
     {"divide_factor": 25.0},
     ["schedules-curves", "mapping-check-calls"],
     "Renamed.", "改名。"),
    ("lr_scheduler.OneCycleLR", {"final_div_factor": 10000.0},
     {"end_learning_rate": 0.0001},
     ["schedules-defaults", "schedules-one-cycle", "mapping-check-calls"],
     "Paddle takes the ending rate itself: write `end_learning_rate="
     "max_lr / div_factor / final_div_factor`.",
     "飞桨直接接收最终学习率：写 `end_learning_rate="
     "max_lr / div_factor / final_div_factor`。"),
    ("lr_scheduler.OneCycleLR", {"last_epoch": -1}, {"last_epoch": -1},
     ["mapping-check-calls"],
     "Same; the momentum then starts at `last_epoch + 1` of "
     "`one_cycle_momentum(...)`.",
     "相同；此时动量从 `one_cycle_momentum(...)` 的第 `last_epoch + 1` "
     "项开始。"),
    ("lr_scheduler.OneCycleLR", {}, {"verbose": False},
     ["mapping-check-defaults"], *VERBOSE),
    ("lr_scheduler.ReduceLROnPlateau", {"optimizer": REQUIRED},
     {"learning_rate": REQUIRED},
     ["schedules-plateau", "mapping-check-calls"], *ATTACH),
    ("lr_scheduler.ReduceLROnPlateau", {"mode": "min", "factor": 0.1,
                                        "patience": 10, "threshold": 0.0001,
                                        "threshold_mode": "rel"},
     {"mode": "min", "factor": 0.1, "patience": 10, "threshold": 0.0001,
      "threshold_mode": "rel"},
     ["schedules-plateau", "mapping-check-calls"],
     "Same; both take the metric in `step(metric)`.",
     "相同；两边都在 `step(metric)` 中接收指标。"),
    ("lr_scheduler.ReduceLROnPlateau", {"cooldown": 0}, {"cooldown": 0},
     ["schedules-plateau", "mapping-check-calls"],
     "Same number, but during a cooldown Paddle ignores the metric: use "
     "the page's subclass `TorchReduceOnPlateau`, which records a better "
     "one as PyTorch does.",
     "数值相同，但飞桨在冷却期内不看指标：改用该页的子类 "
     "`TorchReduceOnPlateau`，它像 PyTorch 一样记下更好的指标。"),
    ("lr_scheduler.ReduceLROnPlateau", {"min_lr": 0}, {"min_lr": 0},
     ["schedules-plateau", "mapping-check-calls"], *ONE_GROUP),
    ("lr_scheduler.ReduceLROnPlateau", {"eps": 1e-08}, {"epsilon": 1e-08},
     ["schedules-plateau", "mapping-check-calls"],
     "Renamed.", "改名。"),
    ("lr_scheduler.ReduceLROnPlateau", {}, {"verbose": False},
     ["mapping-check-defaults"], *VERBOSE),
    ("lr_scheduler.SequentialLR", {"optimizer": REQUIRED,
                                   "schedulers": REQUIRED},
     {"learning_rate": REQUIRED},
     ["schedules-warmup", "mapping-check-calls"],
     "`[LinearLR(...), after]`: `learning_rate=` the port of `after`. "
     "Other lists are not ported here: nest `LinearWarmup`s or write the "
     "schedule as a `LambdaDecay`.",
     "`[LinearLR(...), after]`：`learning_rate=` 写 `after` 的迁移结果。"
     "其他列表这里不迁移：嵌套 `LinearWarmup`，或把学习率调度写成 "
     "`LambdaDecay`。"),
    ("lr_scheduler.SequentialLR", {"milestones": REQUIRED},
     {"warmup_steps": REQUIRED},
     ["schedules-warmup", "mapping-check-calls"],
     "`[w]` becomes `warmup_steps=w`; not ported when `LinearLR` ends "
     "before `w` (`total_iters < w`) or does not rise, which "
     "`LinearWarmup` refuses.",
     "`[w]` 写成 `warmup_steps=w`；`LinearLR` 在 `w` 之前结束"
     "（`total_iters < w`）或不上升时无法迁移，`LinearWarmup` 不接受"
     "后者。"),
    ("lr_scheduler.SequentialLR", {},
     {"start_lr": REQUIRED, "end_lr": REQUIRED},
     ["schedules-warmup", "mapping-check-calls"],
     "Rates, where `LinearLR` takes factors of `lr`: `start_lr=lr * "
     "start_factor`, `end_lr=` `lr` times `LinearLR`'s factor at step `w`.",
     "这两个是学习率，而 `LinearLR` 接收的是 `lr` 的倍数："
     "`start_lr=lr * start_factor`，`end_lr=` `lr` 乘以 `LinearLR` 在第 "
     "`w` 步的倍数。"),
    ("lr_scheduler.SequentialLR", {"last_epoch": -1}, {"last_epoch": -1},
     ["mapping-check-calls"],
     "Keep the default: no other value is ported here.",
     "保持默认值：这里不迁移其他值。"),
    ("lr_scheduler.SequentialLR", {}, {"verbose": False},
     ["mapping-check-defaults"], *VERBOSE),
    ("lr_scheduler.ChainedScheduler", {"schedulers": REQUIRED},
     {"lr_lambda": REQUIRED},
     ["mapping-check-calls"],
     "Paddle has no `ChainedScheduler`: not ported. Write the rate the "
     "chain gives, as a factor of `learning_rate`, in one function of the "
     "epoch.",
     "飞桨没有 `ChainedScheduler`：无法迁移。把调度链给出的学习率写成一个"
     "以 epoch 为参数的函数，返回 `learning_rate` 的倍数。"),
    ("lr_scheduler.ChainedScheduler", {"optimizer": None},
     {"learning_rate": REQUIRED},
     ["schedules-attach", "mapping-check-calls"], *ATTACH),
    ("lr_scheduler.ChainedScheduler", {}, {"last_epoch": -1},
     ["mapping-check-defaults"], *VERBOSE),
    ("lr_scheduler.ChainedScheduler", {}, {"verbose": False},
     ["mapping-check-defaults"], *VERBOSE),
]
