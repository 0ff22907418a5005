"""The folders of the pages whose APIs the mapping page covers. Each holds
calls.py, the call matrix's entries (CALLS), and mapping_rows.py, the
table's rows (APIS, ROWS). A new folder adds its name here."""
LAYERS = ["conv2d", "conv2d_functional", "conv_transpose2d", "batchnorm2d",
          "normalization",
          "adaptive_avg_pool2d", "resizing", "linear", "dropout", "flatten",
          "padding",
          "max_pool2d", "avg_pool2d", "activations", "losses", "clipping",
          "optimizers", "schedules", "initialization"]


def call_matrix():
    """Every API of the call matrix, in LAYERS' order, then each folder's
    CALLS: the APIs of one page stand together. (The hunt takes them from
    here without running the matrix, as importing call_matrix.py does.)"""
    import importlib
    return [api for layer in LAYERS
            for api in importlib.import_module(f"{layer}.calls").CALLS]
