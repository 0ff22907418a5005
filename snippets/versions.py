"""The library versions a page was executed with (shown on every page)."""

import numpy
import paddle
import torch
from myst_nb import glue

# The local build tag (+cpu, +cu128) does not change what the CPU computes.
glue("torch_version", torch.__version__.split("+")[0], display=False)
glue("paddle_version", paddle.__version__, display=False)
glue("numpy_version", numpy.__version__, display=False)
