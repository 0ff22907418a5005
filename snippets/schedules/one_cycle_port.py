"""PyTorch's OneCycleLR in Paddle: the same learning rate, and the
momentum (SGD's, or Adam's beta1) that Paddle's OneCycleLR does not
cycle."""
import math

import paddle


def one_cycle_lr(max_lr, total_steps, pct_start=0.3,
                 anneal_strategy="cos", div_factor=25.0,
                 final_div_factor=1e4, three_phase=False):
    """Paddle's OneCycleLR for PyTorch's keywords and defaults."""
    return paddle.optimizer.lr.OneCycleLR(
        max_learning_rate=max_lr, total_steps=total_steps,
        divide_factor=div_factor,
        # PyTorch ends at the first lr / final_div_factor; Paddle takes
        # the ending learning rate itself
        end_learning_rate=max_lr / div_factor / final_div_factor,
        phase_pct=pct_start, anneal_strategy=anneal_strategy,
        three_phase=three_phase)


def one_cycle_momentum(total_steps, pct_start=0.3, base_momentum=0.85,
                       max_momentum=0.95, anneal_strategy="cos",
                       three_phase=False):
    """The momentum PyTorch's OneCycleLR sets at each step: down while
    the learning rate goes up, and back up."""
    peak = pct_start * total_steps - 1  # the step of the largest lr
    phases = [(peak, max_momentum, base_momentum)]  # (last step, from, to)
    if three_phase:
        phases += [(2 * peak, base_momentum, max_momentum),
                   (total_steps - 1, max_momentum, max_momentum)]
    else:
        phases += [(total_steps - 1, base_momentum, max_momentum)]
    momenta = []
    for step in range(total_steps):
        start = 0.0
        for i, (end, m_from, m_to) in enumerate(phases):
            if step <= end or i == len(phases) - 1:
                break
            start = end
        pct = (step - start) / (end - start)
        if anneal_strategy == "cos":
            momenta.append(
                m_to + (m_from - m_to) / 2 * (math.cos(math.pi * pct) + 1))
        else:
            momenta.append(m_from + (m_to - m_from) * pct)
    return momenta


def set_momentum(momenta):
    """A hook to call before each optimizer.step(): sets Momentum's
    momentum, or Adam's and AdamW's beta1, to momenta[step]."""

    def before_step(optimizer, step):
        m = momenta[step]
        # Paddle has no public setter for either; with parameter groups
        # each step reads it from the parameter's group, which holds its
        # own copy
        key = ("momentum" if isinstance(optimizer, paddle.optimizer.Momentum)
               else "beta1")
        setattr(optimizer, f"_{key}", m)
        for group in optimizer._param_groups:
            if isinstance(group, dict):
                group[key] = m
        if key == "momentum":
            return
        # Paddle's beta1_pow_acc is the product of the past beta1s;
        # PyTorch corrects the bias with the current beta1 ** t
        for power in optimizer._accumulators["beta1_pow_acc"].values():
            power.set_value(paddle.full(power.shape, m ** (step + 1),
                                        power.dtype))

    return before_step
