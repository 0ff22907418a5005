"""The versions this site was built with: the interpreter, the operating
system, the two frameworks and the documentation toolchain."""
import platform
import sys
from importlib.metadata import version

import numpy
import paddle
import torch

# Distribution names as pip knows them (requirements.txt pins them).
DISTRIBUTIONS = [
    "torch", "paddlepaddle", "numpy", "matplotlib", "sphinx",
    "myst-parser", "myst-nb", "jupyter-cache", "ipykernel",
    "sphinx-book-theme", "pydata-sphinx-theme", "sphinx-design",
]


def release(name):
    # The local tag of a build (+cpu, +cu128) names the wheel, not the
    # release; the CPU computes the same either way.
    return version(name).split("+")[0]


versions = {name: release(name) for name in DISTRIBUTIONS}
# What Python imports is what pip installed.
for module, name in ((torch, "torch"), (paddle, "paddlepaddle"),
                     (numpy, "numpy")):
    imported = module.__version__.split("+")[0]
    assert imported == versions[name], (
        f"{name}: {imported} imported, {versions[name]} installed")

python = f"{sys.version_info.major}.{sys.version_info.minor}"
system = platform.system()  # "Linux"; no kernel or machine details
print(f"{'Python':20} {python}")
print(f"{'operating system':20} {system}")
for name, number in versions.items():
    print(f"{name:20} {number}")
