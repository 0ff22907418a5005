"""Paddle names an optimizer's states with a counter: a state dict saved
from one optimizer does not load into a second one in the same
process."""
import numpy as np
import paddle

import model_paddle

paddle.seed(0)
x = paddle.to_tensor(
    np.random.default_rng(0).random((4, 1, 8, 8), dtype=np.float32))
y = paddle.arange(4)


def one_step(model, opt):
    loss = paddle.nn.functional.cross_entropy(model(x), y)
    opt.clear_grad()
    loss.backward()
    opt.step()


# names counted from 0, as in a fresh process
with paddle.utils.unique_name.guard():
    model = model_paddle.Net()
    first = paddle.optimizer.Adam(0.01, parameters=model.parameters())
    one_step(model, first)
    saved = first.state_dict()
    second = paddle.optimizer.Adam(0.01, parameters=model.parameters())
    second.set_state_dict(saved)  # no error yet: Paddle keeps it for later
    try:
        one_step(model, second)  # the states are made now: ..._moment1_1
    except AssertionError as error:
        message = str(error)
        print("AssertionError:", message)

# Checks
assert "_moment1_1 should in state dict" in message
assert any(key.endswith("_moment1_0") for key in saved)
