"""The whole chain trained side by side: every optimizer of the
Optimizers page with every schedule of the Schedules page and every
clipping of this page, weight decay taking its three forms in turn so
that any three of the four settings meet in some run (chain.py)."""
import itertools

import matplotlib.pyplot as plt
import numpy as np

from chain import (CLIPPING, DECAY, OPTIMIZERS, SCHEDULES, gaps,
                   paddle_train, torch_train)

steps = 50
# float32 over 50 steps: Adam and RMSprop divide by the root of small
# second moments, and clip_grad_norm_ adds 1e-6 to the norm it divides by
tolerance = 2e-4
decays = list(DECAY)

runs, decay_of = {}, {}
for (i, o), (j, s), (k, c) in itertools.product(
        enumerate(OPTIMIZERS), enumerate(SCHEDULES), enumerate(CLIPPING)):
    d = decay_of[o, s, c] = decays[(i + j + k) % len(decays)]
    t, clipped = torch_train(o, d, s, c, steps)
    runs[o, d, s, c] = gaps(t, paddle_train(o, d, s, c, steps)), clipped
print(f"{len(runs)} runs of {steps} steps; largest weight gap:")
for c in CLIPPING:
    print(f"  clipping {c:12}",
          f"{max(g.max() for (*_, c_), (g, _) in runs.items() if c_ == c):.1e}")

# What the two corrections in chain.py correct: the same runs without them
traps = {name: (o, decay_of[o, s, c], s, c) for name, (o, s, c) in {
    "ClipGradByGlobalNorm, parameter groups":
        ("SGD, momentum", "constant", "global norm"),
    "RMSProp momentum, changing lr":
        ("RMSprop, centered", "CosineAnnealingLR", "none")}.items()}
without = {}
for name, key in traps.items():
    t, _ = torch_train(*key, steps)
    without[name] = gaps(t, paddle_train(*key, steps, port=False))
    print(f"{name}: {without[name].max():.1e} without the correction, "
          f"{runs[key][0].max():.1e} with it")

# what Paddle does with parameter groups: PyTorch clipping each group by
# its own norm takes the same steps
key = traps["ClipGradByGlobalNorm, parameter groups"]
each_group = gaps(torch_train(*key, steps, each_group=True)[0],
                  paddle_train(*key, steps, port=False))
print("ClipGradByGlobalNorm, parameter groups, against PyTorch clipping "
      f"each group alone: {each_group.max():.1e}")

fig, (top, bottom) = plt.subplots(2, 1, figsize=(6, 7), sharex=True,
                                  layout="constrained")
step = np.arange(1, steps + 1)
for c, colour in zip(CLIPPING, plt.cm.tab10.colors):
    envelope = np.max([g for (*_, c_), (g, _) in runs.items() if c_ == c],
                      axis=0)
    # a step with equal weights has no place on a log axis
    top.semilogy(step, np.maximum(envelope, 1e-9), color=colour,
                 label=f"clipping: {c}")
top.axhline(tolerance, color="0.2", linewidth=2, label="tolerance")
top.set_title("Largest gap over all runs of each clipping")
top.set_ylim(top=1e-2)  # room for the legend above the tolerance
top.legend(fontsize=8, loc="upper left", ncol=2)
for (name, gap), colour in zip(without.items(), plt.cm.Dark2.colors):
    bottom.semilogy(step, np.maximum(gap, 1e-9), color=colour, label=name)
    bottom.semilogy(step, np.maximum(runs[traps[name]][0], 1e-9),
                    color=colour, linestyle=":")
bottom.axhline(tolerance, color="0.2", linewidth=2)
bottom.set_title("Without the corrections (dotted: with them)")
bottom.legend(fontsize=8, loc="center right")
bottom.set_xlabel("training step")
for ax in (top, bottom):
    ax.set_ylabel("largest weight gap")
plt.show()

# Checks: the runs cover every triple of settings; each clipping changed
# the gradients at most steps; every run stays within the tolerance at
# every step, and without the corrections the two traps do not; Paddle's
# global norm with parameter groups is each group's own.
for a, b, c in itertools.combinations(range(4), 3):
    met = {(key[a], key[b], key[c]) for key in runs}
    levels = [OPTIMIZERS, DECAY, SCHEDULES, CLIPPING]
    assert len(met) == len(levels[a]) * len(levels[b]) * len(levels[c])
for (o, d, s, c), (gap, clipped) in runs.items():
    assert gap.max() < tolerance, (o, d, s, c, gap.max())
    assert clipped >= 0.8 * steps if c != "none" else clipped == 0
for name, gap in without.items():
    assert gap.max() > 10 * tolerance, (name, gap.max())
assert each_group.max() < tolerance, each_group.max()
