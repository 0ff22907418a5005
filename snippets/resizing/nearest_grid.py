"""Which input pixel each output pixel of mode='nearest' copies, in both
frameworks, for every input size from 1 to 16 and every output size up
to 40, and for scale factors from 0.1 to 4 in steps of 0.05."""
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F


def picked(f, x, **options):
    """The input column each output column copies (x holds 0, 1, ...)."""
    return f(x, mode="nearest", **options).numpy()[0, 0, 0].astype(int)


sizes, scaled, differ = 0, 0, []
scales = np.round(np.arange(0.1, 4.01, 0.05), 2)
for n in range(1, 17):
    torch_x = torch.arange(n, dtype=torch.float32).reshape(1, 1, 1, n)
    paddle_x = paddle.to_tensor(torch_x.numpy())
    for out in range(1, 41):
        assert (picked(F.interpolate, torch_x, size=(1, out)) == picked(
            PF.interpolate, paddle_x, size=(1, out))).all()
        sizes += 1
    for s in scales:
        if int(n * s) < 1:
            continue
        torch_pick = picked(F.interpolate, torch_x, scale_factor=(1, s))
        paddle_pick = picked(PF.interpolate, paddle_x,
                             scale_factor=(1, s))
        scaled += 1
        if (torch_pick != paddle_pick).any():
            differ.append((n, s, torch_pick, paddle_pick))
print(f"size=: {sizes} pairs of sizes, the same pixels in all")
print(f"scale_factor=: {len(differ)} of {scaled} cases differ, e.g.")
for n, s, torch_pick, paddle_pick in differ[:3]:
    print(f"  {n} pixels, scale_factor={s}: PyTorch {torch_pick}, "
          f"Paddle {paddle_pick}")

# Checks: the cases that differ are exactly those whose output is twice
# an input of more than one pixel, with a factor other than 2 (PyTorch
# then repeats each pixel twice); a factor of 2.0 for that axis gives
# PyTorch's pixels in Paddle.
twice = {(n, s) for n in range(2, 17) for s in scales
         if int(n * s) == 2 * n and s != 2}
assert {(n, s) for n, s, _, _ in differ} == twice
for n, s, torch_pick, _ in differ:
    x = paddle.arange(n, dtype="float32").reshape([1, 1, 1, n])
    assert (picked(PF.interpolate, x, scale_factor=(1, 2.0))
            == torch_pick).all()
    assert (torch_pick == np.arange(2 * n) // 2).all()
