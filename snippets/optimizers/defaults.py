"""Every default of the four optimizers, read from the signatures."""
import inspect

import paddle
import torch

P = paddle.optimizer
# PyTorch optimizer, Paddle optimizer, [(PyTorch name, Paddle name)]
PAIRS = [
    (torch.optim.SGD, P.SGD, [("lr", "learning_rate"),
                              ("weight_decay", "weight_decay")]),
    (torch.optim.SGD, P.Momentum, [("lr", "learning_rate"),
                                   ("momentum", "momentum"),
                                   ("nesterov", "use_nesterov"),
                                   ("weight_decay", "weight_decay")]),
    (torch.optim.Adam, P.Adam, [("lr", "learning_rate"),
                                ("betas", "beta1, beta2"),
                                ("eps", "epsilon"),
                                ("weight_decay", "weight_decay"),
                                ("amsgrad", "amsgrad")]),
    (torch.optim.AdamW, P.AdamW, [("lr", "learning_rate"),
                                  ("betas", "beta1, beta2"),
                                  ("eps", "epsilon"),
                                  ("weight_decay", "weight_decay"),
                                  ("amsgrad", "amsgrad")]),
    (torch.optim.RMSprop, P.RMSProp, [("lr", "learning_rate"),
                                      ("alpha", "rho"),
                                      ("eps", "epsilon"),
                                      ("momentum", "momentum"),
                                      ("centered", "centered"),
                                      ("weight_decay", "weight_decay")]),
]


def default(api, names):
    """The default of a parameter, or a tuple of them (beta1, beta2)."""
    parameters = inspect.signature(api).parameters
    values = tuple(parameters[n.strip()].default for n in names.split(","))
    values = tuple("required" if v is inspect.Parameter.empty else v
                   for v in values)
    return values[0] if len(values) == 1 else values


defaults, differ = {}, set()
for torch_api, paddle_api, names in PAIRS:
    pair = f"{torch_api.__name__} / {paddle_api.__name__}"
    print(pair)
    for torch_name, paddle_name in names:
        t, p = default(torch_api, torch_name), default(paddle_api,
                                                         paddle_name)
        defaults[pair, torch_name] = t, p
        # Paddle's weight_decay=None is no decay, PyTorch's 0
        same = t == p or (torch_name == "weight_decay" and t == 0
                          and p is None)
        if not same:
            differ.add((pair, torch_name))
        print(f"  {torch_name:12} {t!s:12} {paddle_name:14} {p!s:12} "
              f"{'same' if same else 'DIFFERS'}")

# Checks: these defaults differ, and no other; Paddle's first parameter
# is the learning rate, so parameters= goes by keyword.
assert differ == {
    ("SGD / Momentum", "momentum"),
    ("RMSprop / RMSProp", "lr"), ("RMSprop / RMSProp", "alpha"),
    ("RMSprop / RMSProp", "eps")}, differ
for _, paddle_api, _ in PAIRS:
    assert next(iter(inspect.signature(paddle_api).parameters)) == (
        "learning_rate")
