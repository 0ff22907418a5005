"""Configuration of the kernels that run the pages (drift_guard.py copies it
into the build's IPython profile; the kernel reads it before it opens its
sockets).

ipykernel warns "Kernel is running over TCP without encryption" for every
kernel. It is harmless here: each kernel listens on 127.0.0.1, for one page
of one build. Only that message is dropped; every other kernel message
still reaches the build log.
"""

import logging


class DropTcpWarning(logging.Filter):
    def filter(self, record):
        return "running over TCP without encryption" not in record.getMessage()


logging.getLogger("IPKernelApp").addFilter(DropTcpWarning())
