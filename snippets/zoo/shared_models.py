"""The classification models that torchvision and paddle.vision share."""
import paddle.vision.models as paddle_models
from torchvision_cpu import import_torchvision

tv_models = import_torchvision().models
torch_names = set(tv_models.list_models(module=tv_models))
paddle_names = {n for n in dir(paddle_models)
                if n[:1].islower() and callable(getattr(paddle_models, n))}
# Paddle spells VGG with BatchNorm vgg11(batch_norm=True)
shared = sorted(n for n in torch_names
                if n in paddle_names or n.endswith("_bn")
                and n[:-3] in paddle_names)


def family(name):
    """torchvision's module of the model: resnet, vgg, densenet, ..."""
    return tv_models.get_model_builder(name).__module__.rpartition(".")[2]


on_page = ["resnet18", "resnet50", "vgg11_bn", "mobilenet_v2",
           "mobilenet_v3_small", "densenet121", "shufflenet_v2_x1_0",
           "squeezenet1_0", "alexnet"]
families = {}
for name in shared:
    families.setdefault(family(name), []).append(name)
for name, members in families.items():
    print(f"{name:13}", ", ".join(members))
print(len(shared), "shared models,", len(on_page), "on this page")

# Checks
assert set(on_page) <= set(shared)
