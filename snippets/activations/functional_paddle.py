# Each layer has a function beside it in paddle.nn.functional (F), for
# code that applies the activation inside forward().
import numpy as np
import paddle
import paddle.nn.functional as F
from paddle import nn

rng = np.random.default_rng(0)
x = paddle.to_tensor(rng.standard_normal((2, 3)).astype(np.float32))
pairs = {  # how the function is called: (function, layer)
    "F.relu(x)": (F.relu(x), nn.ReLU()(x)),
    "F.relu6(x)": (F.relu6(x), nn.ReLU6()(x)),
    "F.leaky_relu(x, 0.2)": (F.leaky_relu(x, 0.2), nn.LeakyReLU(0.2)(x)),
    "F.gelu(x, approximate=True)": (F.gelu(x, approximate=True),
                                    nn.GELU(True)(x)),
    "F.silu(x)": (F.silu(x), nn.SiLU()(x)),
    "F.swish(x)": (F.swish(x), nn.Swish()(x)),
    "F.hardswish(x)": (F.hardswish(x), nn.Hardswish()(x)),
    "F.sigmoid(x)": (F.sigmoid(x), nn.Sigmoid()(x)),
    "F.softmax(x, axis=1)": (F.softmax(x, axis=1), nn.Softmax(axis=1)(x)),
    "F.hardtanh(x, -0.5, 0.5)": (F.hardtanh(x, -0.5, 0.5),
                                 nn.Hardtanh(-0.5, 0.5)(x)),
    "F.elu(x, 0.5)": (F.elu(x, 0.5), nn.ELU(0.5)(x)),
    "F.selu(x)": (F.selu(x), nn.SELU()(x)),
    "F.softplus(x, 2.0)": (F.softplus(x, 2.0), nn.Softplus(2.0)(x)),
    "F.mish(x)": (F.mish(x), nn.Mish()(x)),
    "F.hardsigmoid(x)": (F.hardsigmoid(x), nn.Hardsigmoid()(x)),
    "F.thresholded_relu(x, 0.5, -1.0)": (
        F.thresholded_relu(x, 0.5, -1.0), nn.ThresholdedReLU(0.5, -1.0)(x)),
}
for call, (by_function, by_layer) in pairs.items():
    # Check: the function and the layer run the same kernel.
    np.testing.assert_array_equal(by_function.numpy(), by_layer.numpy())
    print(call, "= layer")
