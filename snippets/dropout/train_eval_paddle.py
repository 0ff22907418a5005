# Dropout zeroes each element with probability p while training and
# scales the others by 1/(1-p); in evaluation it passes x through.
import numpy as np
import paddle

p = 0.5
paddle.seed(0)
rng = np.random.default_rng(0)
x = rng.uniform(1, 2, size=(4, 6)).astype(np.float32)  # no zeros in x

dropout = paddle.nn.Dropout(p)  # mode="upscale_in_train", the default
print("a new layer is in training mode:", dropout.training)
y = dropout(paddle.to_tensor(x)).numpy()
dropout.eval()
y_eval = dropout(paddle.to_tensor(x)).numpy()
print("x[0]      ", x[0].round(2))
print("train y[0]", y[0].round(2))
print("eval  y[0]", y_eval[0].round(2))

# Checks: in training each y is 0 or x/(1-p); in evaluation y is x
kept = y != 0
np.testing.assert_allclose(y[kept], x[kept] / (1 - p), rtol=1e-6)
assert 0 < kept.sum() < kept.size, "nothing or everything dropped"
np.testing.assert_array_equal(y_eval, x)
