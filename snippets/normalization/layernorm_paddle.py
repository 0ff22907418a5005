"""paddle.nn.LayerNorm: the same statistics; its scale and shift are
stored flat, one value per normalized element."""
import numpy as np
import paddle

rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
x = paddle.to_tensor(x_np)

ln = paddle.nn.LayerNorm([4, 5])  # normalizes over H and W
# A trained layer: the same numbers as the PyTorch tab, flattened.
ln.weight.set_value(rng.standard_normal((4, 5)).astype(np.float32).ravel())
ln.bias.set_value(rng.standard_normal((4, 5)).astype(np.float32).ravel())
y = ln(x)

print(ln)
print({k: tuple(v.shape) for k, v in ln.state_dict().items()})
print("no scale or shift:", dict(paddle.nn.LayerNorm(
    [4, 5], weight_attr=False, bias_attr=False).state_dict()))
print("no shift:", list(paddle.nn.LayerNorm(
    [4, 5], bias_attr=False).state_dict()))

# Checks: the same formula as PyTorch's; weight and bias are flat, of
# size H * W; the keyword-only arguments of PyTorch's spelling do the
# same as weight_attr and bias_attr.
tol = dict(rtol=1e-5, atol=1e-5)
x64 = x_np.astype(np.float64)
mean = x64.mean(axis=(2, 3), keepdims=True)
var = x64.var(axis=(2, 3), keepdims=True)
hand = (x64 - mean) / np.sqrt(var + ln._epsilon)
hand = (hand * ln.weight.numpy().reshape(4, 5)
        + ln.bias.numpy().reshape(4, 5))
np.testing.assert_allclose(y.numpy(), hand, **tol)
assert ln.weight.shape == ln.bias.shape == [20]
assert ln._epsilon == 1e-5
assert not paddle.nn.LayerNorm(4, elementwise_affine=False).state_dict()
assert list(paddle.nn.LayerNorm(4, bias=False).state_dict()) == ["weight"]
