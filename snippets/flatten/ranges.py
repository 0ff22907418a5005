# start and end are both included, and may count from the end. The axes
# from start to end become one axis of their product.
import math

import paddle
import torch

shape = [2, 3, 4, 5]
x_torch, x_paddle = torch.zeros(shape), paddle.zeros(shape)
settings = [(0, -1), (1, -1), (1, 2), (2, 3), (-2, -1), (0, 1), (3, 3)]


def formula(start, end):
    start, end = start % len(shape), end % len(shape)
    merged = math.prod(shape[start:end + 1])
    return shape[:start] + [merged] + shape[end + 1:]


for start, end in settings:
    torch_shape = list(torch.flatten(x_torch, start, end).shape)
    paddle_shape = list(paddle.flatten(x_paddle, start, end).shape)
    print(f"start={start:2}, end={end:2}: torch {torch_shape}, "
          f"paddle {paddle_shape}")
    assert torch_shape == paddle_shape == formula(start, end)

# A start after the end, and a layer given a 1-D sample without its
# batch axis: both frameworks refuse.
errors = []
for name, call in (
        ("torch.flatten(x, 2, 1)", lambda: torch.flatten(x_torch, 2, 1)),
        ("paddle.flatten(x, 2, 1)", lambda: paddle.flatten(x_paddle, 2, 1)),
        ("nn.Flatten()(1-D x)", lambda: torch.nn.Flatten()(torch.zeros(5))),
        ("paddle.nn.Flatten()(1-D x)",
         lambda: paddle.nn.Flatten()(paddle.zeros([5])))):
    try:
        call()
    except (RuntimeError, ValueError, IndexError) as error:
        errors.append(name)
        print(f"{name}: {type(error).__name__}")


# One sample of rank 2 or more, without its batch axis, is not refused:
# its first axis is taken for the batch, so one image [C, H, W] becomes
# [C, H * W] in both.
unbatched = {}
for sample in ([3, 4], [3, 4, 5], [2, 3, 4, 5]):
    unbatched[tuple(sample)] = (
        list(torch.nn.Flatten()(torch.zeros(sample)).shape),
        list(paddle.nn.Flatten()(paddle.zeros(sample)).shape))
    print(f"one sample {sample}: torch {unbatched[tuple(sample)][0]}, "
          f"paddle {unbatched[tuple(sample)][1]}")

# Checks
assert len(errors) == 4, "a bad range was accepted"
for sample, (torch_shape, paddle_shape) in unbatched.items():
    assert torch_shape == paddle_shape == [sample[0],
                                           math.prod(sample[1:])]
