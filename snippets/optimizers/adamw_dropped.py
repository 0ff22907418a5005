"""The trap: a port of AdamW that drops weight_decay (0 instead of 0.01)
passes a one-step comparison and drifts over a longer run."""
import numpy as np
import paddle
import torch

from mlp import gaps, paddle_run, torch_run

steps = 200
tolerance = 1e-5  # the tolerance of the side-by-side run
adamw = (torch.optim.AdamW, {"lr": 1e-3, "weight_decay": 1e-2})
ported = (paddle.optimizer.AdamW, {"learning_rate": 1e-3,
                                   "weight_decay": 1e-2})
dropped = (paddle.optimizer.AdamW, {"learning_rate": 1e-3,
                                    "weight_decay": 0.0})
reference = torch_run(*adamw, steps)
good = gaps(reference, paddle_run(*ported, steps))
bad = gaps(reference, paddle_run(*dropped, steps))
first_step_gap, drift = bad[0], bad[-1]
print(f"weight_decay ported:  gap after 1 step {good[0]:.1e}, "
      f"after {steps} steps {good[-1]:.1e}")
print(f"weight_decay dropped: gap after 1 step {first_step_gap:.1e}, "
      f"after {steps} steps {drift:.1e}")

# Checks: one step cannot tell the two ports apart; 200 steps can.
assert good.max() < tolerance
assert first_step_gap < tolerance
assert drift > 10 * tolerance
