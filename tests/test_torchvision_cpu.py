"""torchvision's models import beside the CPU torch, its detection
operators do not (snippets/zoo/torchvision_cpu.py)."""
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "snippets" / "zoo"))
warnings.filterwarnings("ignore", message="No ccache found")

import torch  # noqa: E402
from torchvision_cpu import (  # noqa: E402
    compiled_operators_load, import_torchvision)

NINE = ["resnet18", "resnet50", "vgg11_bn", "mobilenet_v2",
        "mobilenet_v3_small", "densenet121", "shufflenet_v2_x1_0",
        "squeezenet1_0", "alexnet"]


def test_plain_import_fails_where_the_helper_is_needed(snippet_env):
    """On this machine (PyPI's CUDA wheel beside the CPU torch) the
    helper is what makes the import work."""
    assert not compiled_operators_load()
    result = subprocess.run([sys.executable, "-c", "import torchvision"],
                            capture_output=True, text=True,
                            env=snippet_env)
    assert result.returncode != 0
    assert "torchvision::nms does not exist" in result.stderr


def test_helper_imports_torchvision_in_a_fresh_interpreter(snippet_env):
    code = ("from torchvision_cpu import import_torchvision; "
            "print(import_torchvision().__version__)")
    result = subprocess.run([sys.executable, "-c", code], text=True,
                            capture_output=True, env=snippet_env,
                            cwd=ROOT / "snippets" / "zoo")
    assert result.returncode == 0, result.stderr
    # the pinned wheel, PyPI's CUDA build
    assert result.stdout.strip() == "0.28.0+cu130"


@pytest.mark.parametrize("name", NINE)
def test_model_builds_and_runs(name):
    models = import_torchvision().models
    torch.manual_seed(0)
    model = models.get_model(name, weights=None).eval()
    with torch.no_grad():
        y = model(torch.rand(1, 3, 224, 224))
    assert y.shape == (1, 1000)
    assert torch.isfinite(y).all()


def test_detection_operator_raises_torchvisions_own_error():
    ops = import_torchvision().ops
    boxes = torch.tensor([[0.0, 0.0, 1.0, 1.0]])
    with pytest.raises(RuntimeError, match="Couldn't load custom C\\+\\+ "
                       "ops"):
        ops.nms(boxes, torch.ones(1), 0.5)
