"""Three parameter groups (the backbone at a tenth of the learning rate,
no weight decay on 1-D parameters), every optimizer with every
scheduler, both ways: the largest parameter difference over the
continuation."""
import numpy as np

from resume_both_ways import TOL, paddle_then_torch, torch_then_paddle

rows = []
for opt_name in ["SGD", "Adam", "AdamW"]:
    for sched_name in ["StepLR", "CosineAnnealingLR"]:
        rows.append((opt_name, sched_name,
                     torch_then_paddle(opt_name, sched_name,
                                       grouped=True).max(),
                     paddle_then_torch(opt_name, sched_name,
                                       grouped=True).max()))
print(f"{'three groups':24}{'to Paddle':>10}{'to torch':>10}")
for opt_name, sched_name, to_paddle, to_torch in rows:
    print(f"{opt_name:6}{sched_name:18}{to_paddle:10.0e}{to_torch:10.0e}")
grouped = np.array([r[2:] for r in rows])

# Checks
assert grouped.max() < TOL
