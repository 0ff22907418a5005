# softmax's dtype casts the input before the softmax, in both
# frameworks; Paddle wants a string or a Paddle dtype.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
torch_y = F.softmax(torch.from_numpy(x), dim=1, dtype=torch.float64)
paddle_y = PF.softmax(paddle.to_tensor(x), axis=1, dtype="float64")
print("PyTorch", torch_y.dtype, "- Paddle", paddle_y.dtype)
gap = np.abs(torch_y.numpy() - paddle_y.numpy()).max()
# Cast first, or softmax in float32 and cast after: not the same.
cast_first = F.softmax(torch.from_numpy(x).double(), dim=1)
cast_after = F.softmax(torch.from_numpy(x), dim=1).double()
after_gap = (cast_after - torch_y).abs().max().item()
print(f"largest difference: PyTorch vs Paddle {gap:.1e}, "
      f"cast after softmax {after_gap:.1e}")
errors = {}
for name, call in {
        "PF.softmax(x, 1, dtype=torch.float64)": lambda: PF.softmax(
            paddle.to_tensor(x), 1, dtype=torch.float64),
        "PF.softmax(x, 1, dtype='float16')": lambda: PF.softmax(
            paddle.to_tensor(x), 1, dtype="float16")}.items():
    try:
        call()
    except Exception as error:
        errors[name] = type(error).__name__
        print(f"{name}: {errors[name]}")
torch_half = F.softmax(torch.from_numpy(x), dim=1, dtype=torch.float16)
print("F.softmax(x, 1, dtype=torch.float16) on the CPU:", torch_half.dtype)

# Checks
assert torch_y.dtype == torch.float64 and paddle_y.dtype == paddle.float64
assert gap < 1e-12 and torch.equal(torch_y, cast_first)
assert after_gap > 1e-10
assert errors == {"PF.softmax(x, 1, dtype=torch.float64)": "TypeError",
                  "PF.softmax(x, 1, dtype='float16')": "RuntimeError"}
