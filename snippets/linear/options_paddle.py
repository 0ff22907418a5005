# Switching the bias off, and choosing the dtype.
import warnings

import paddle

linear = paddle.nn.Linear(4, 3, bias_attr=False)
n_params = sum(int(p.size) for p in linear.parameters())
print("bias_attr=False: linear.bias is", linear.bias,
      "| parameters:", n_params)

# PyTorch's spelling is refused. Paddle first warns that the API
# differs from PyTorch's, then raises.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        paddle.nn.Linear(4, 3, bias=False)
        refused = False
    except TypeError as error:
        refused = True
        print("bias=False: TypeError,", str(error).splitlines()[1])

# No dtype argument: convert the layer after building it.
linear64 = paddle.nn.Linear(4, 3)
linear64.to(dtype="float64")
print('.to(dtype="float64"): weight', linear64.weight.dtype)

# Checks
assert linear.bias is None and n_params == 4 * 3
assert refused, "paddle.nn.Linear should refuse bias=False"
assert any("paddle.nn.Linear" in str(w.message) for w in caught)
assert linear64.weight.dtype == linear64.bias.dtype == paddle.float64
