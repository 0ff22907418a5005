"""The folders of the pages whose APIs the mapping page covers. Each holds
calls.py, the call matrix's entries (CALLS), and mapping_rows.py, the
table's rows (APIS, ROWS). A new folder adds its name here."""
LAYERS = ["conv2d", "conv2d_functional", "conv_transpose2d", "batchnorm2d",
          "normalization",
          "adaptive_avg_pool2d", "linear", "dropout", "flatten",
          "padding",
          "max_pool2d", "avg_pool2d", "activations", "losses", "clipping",
          "optimizers", "schedules"]
