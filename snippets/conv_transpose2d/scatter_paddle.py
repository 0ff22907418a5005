# Conv2DTranspose scatters: each input pixel adds a copy of the kernel,
# scaled by its value, into the output. Checked against a NumPy loop.
import numpy as np
import paddle

paddle.seed(0)
rng = np.random.default_rng(0)
x = rng.standard_normal((1, 4, 3, 4)).astype(np.float32)  # N, C, H, W
s, p, op, d, g = (2, 3), (1, 0), (1, 2), (1, 2), 2  # per axis: H, W
# A kernel 3 rows high and 2 columns wide.
tconv = paddle.nn.Conv2DTranspose(4, 6, (3, 2), stride=s, padding=p,
                                   output_padding=op, groups=g,
                                   dilation=d)
y = tconv(paddle.to_tensor(x)).numpy()

weight = tconv.weight.numpy()  # C_in, C_out / g, kH, kW
bias = tconv.bias.numpy()
c_in, c_group, kh, kw = weight.shape
h_out, w_out = y.shape[2:]


def scatter():
    out = np.zeros((1, c_group * g, h_out, w_out), np.float32)
    for c in range(c_in):
        group = c // (c_in // g)
        outs = slice(group * c_group, (group + 1) * c_group)
        for i in range(x.shape[2]):
            for j in range(x.shape[3]):
                for u in range(kh):
                    for v in range(kw):
                        r = s[0] * i + d[0] * u - p[0]
                        q = s[1] * j + d[1] * v - p[1]
                        if 0 <= r < h_out and 0 <= q < w_out:
                            out[0, outs, r, q] += x[0, c, i, j] * \
                                weight[c, :, u, v]
    return out + bias[None, :, None, None]


want = scatter()
print("x", x.shape, "-> y", y.shape, "weight", weight.shape)
print("y[0, 0, 1, :3] layer:", np.round(y[0, 0, 1, :3], 4))
print("y[0, 0, 1, :3] loop: ", np.round(want[0, 0, 1, :3], 4))

# Checks: the loop gives the layer's output, and the weight is
# [C_in, C_out / groups, kH, kW].
rtol, atol = 1e-5, 1e-5  # float32 sums in another order
np.testing.assert_allclose(y, want, rtol=rtol, atol=atol)
assert weight.shape == (4, 6 // g, 3, 2), weight.shape
