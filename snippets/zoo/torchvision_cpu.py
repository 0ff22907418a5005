"""Import torchvision's classification models beside any torch build.

    from torchvision_cpu import import_torchvision
    models = import_torchvision().models

torchvision's wheel on PyPI is built for CUDA. Beside a CPU build of torch
its compiled operators (NMS, RoIAlign, deformable convolution: detection
code) do not load, and `import torchvision` then fails with "operator
torchvision::nms does not exist": the import registers shape functions
for two of those operators (nms, qnms) whether or not they exist. The
classification models never call a compiled operator.

So this first loads the compiled library as torchvision would. Where it
loads (a CPU wheel from PyTorch's own index, or a CUDA torch with its
matching torchvision), the import is torchvision's own. Where it does
not, shape functions for torchvision's operators are not registered
during the import, as torchvision itself does for all its other
operators when the library is missing; calling `torchvision.ops.nms`
then raises torchvision's own "Couldn't load custom C++ ops".
"""
import importlib.machinery
import importlib.util
import sys
from pathlib import Path

import torch


def compiled_operators_load():
    """Whether torchvision's compiled library loads beside this torch."""
    spec = importlib.util.find_spec("torchvision")
    if spec is None:
        raise ImportError("torchvision is not installed")
    finder = importlib.machinery.FileFinder(
        spec.submodule_search_locations[0],
        (importlib.machinery.ExtensionFileLoader,
         importlib.machinery.EXTENSION_SUFFIXES))
    library = finder.find_spec("_C")
    if library is None:
        return False
    try:
        torch.ops.load_library(library.origin)
    except OSError:
        return False
    return True


def import_torchvision():
    """torchvision, imported whether or not its compiled library loads."""
    if "torchvision" in sys.modules:
        return sys.modules["torchvision"]
    if compiled_operators_load():
        import torchvision
        return torchvision
    register_fake = torch.library.register_fake

    def skip_torchvision(op, *args, **kwargs):
        if isinstance(op, str) and op.startswith("torchvision::"):
            return lambda function: function  # no such operator here
        return register_fake(op, *args, **kwargs)

    torch.library.register_fake = skip_torchvision
    try:
        import torchvision
    finally:
        torch.library.register_fake = register_fake
    return torchvision


if __name__ == "__main__":
    tv = import_torchvision()
    print(f"torchvision {tv.__version__}: compiled operators "
          f"{'loaded' if tv.extension._has_ops() else 'not loaded'}")
