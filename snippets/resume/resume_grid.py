"""Every optimizer with every scheduler, both ways: the converted
checkpoint continues like the original; the weights alone do not."""
import numpy as np

from resume_both_ways import TOL, paddle_then_torch, torch_then_paddle

rows = []
for opt_name in ["SGD", "Adam", "AdamW"]:
    for sched_name in ["StepLR", "CosineAnnealingLR"]:
        rows.append((opt_name, sched_name,
                     torch_then_paddle(opt_name, sched_name).max(),
                     paddle_then_torch(opt_name, sched_name).max(),
                     torch_then_paddle(opt_name, sched_name, True).max(),
                     paddle_then_torch(opt_name, sched_name, True).max()))
print(f"{'':24}{'converted':>18}{'weights only':>20}")
print(f"{'':24}{'to Paddle':>9}{'to torch':>9}{'to Paddle':>10}"
      f"{'to torch':>10}")
for opt_name, sched_name, *gaps in rows:
    print(f"{opt_name:6}{sched_name:18}" + "".join(
        f"{g:9.0e}" if i < 2 else f"{g:10.3f}" for i, g in enumerate(gaps)))
converted = np.array([r[2:4] for r in rows])
weights_only = np.array([r[4:6] for r in rows])

# Checks
assert converted.max() < TOL
assert weights_only.min() > 1000 * TOL
