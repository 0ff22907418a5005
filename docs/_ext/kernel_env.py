"""The environment every snippet runs in: the build's kernels (conf.py sets
it before a kernel starts), the tests' plain `python` runs
(tests/conftest.py), `nox -s versions` and `nox -s zoo`.

Numbers a page shows, such as the largest difference between the two
frameworks' outputs, are floating-point rounding, and rounding depends on
which kernels the libraries pick for the CPU at hand. On a CPU with AVX-512
and AMX, resnet50's largest output difference printed 1.5e-02 where the
records, made on another CPU, said 7.1e-03, and the training page's largest
loss difference grew from 7.7e-07 to 2.7e-05. So the build pins the choices
that the libraries let a user pin:

- MKL (matrix products in both frameworks, Paddle's convolutions):
  conditional numerical reproducibility, the branch that Intel documents as
  giving the same results on Intel and non-Intel CPUs, independent of the
  number of threads (STRICT): https://www.intel.com/content/www/us/en/docs/
  onemkl/developer-guide-linux/2025-1/specifying-code-branches.html
- oneDNN (PyTorch's convolutions): at most AVX2 instructions
  (https://oneapi-src.github.io/oneDNN/dev_guide_cpu_dispatcher_control.html);
- PyTorch's own vectorized kernels: the AVX2 ones.

Measured on the project's machine: the same outputs with 1 and 2 threads and
with MKL restricted to AVX2; the zoo page's models run about 5 % slower.
A reader's machine without these settings prints other last digits.
"""

KERNEL_ENV = {
    # Paddle warns on import when ccache is not on PATH; it only matters for
    # compiling custom C++ operators.
    "PYTHONWARNINGS": "ignore:No ccache found:UserWarning",
    # One thread per kernel: the build runs pages in two workers on two
    # cores (on the project's machine a two-worker cold build took 60 s
    # with the default, 53 s with one).
    "OMP_NUM_THREADS": "1",
    "MKL_CBWR": "COMPATIBLE,STRICT",
    "ONEDNN_MAX_CPU_ISA": "AVX2",
    "ATEN_CPU_CAPABILITY": "avx2",
}
