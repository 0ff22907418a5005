# Run first in every kernel, as an IPython startup file (drift_guard.py): a
# snippet that tries to write into, or delete from, the repository raises
# PermissionError (which fails the build, naming the snippet), and the
# repository stays as it was. The page runs in a temporary folder, where
# relative paths land. The project folder comes from conf.py.
def _guard_repository():
    import os
    import sys

    root = os.path.realpath(os.environ["DRIFT_GUARD_ROOT"])
    build = os.path.join(root, "_build")
    writing = (os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT
               | os.O_TRUNC)
    changes = {"os.remove", "os.rename", "os.replace", "os.mkdir",
               "os.rmdir", "os.truncate", "os.symlink", "os.link",
               "os.chmod", "os.utime", "shutil.rmtree", "shutil.move"}

    def inside(path):
        if isinstance(path, int):
            return None  # a file descriptor: its opening was checked
        path = os.path.realpath(os.fsdecode(path))
        if path == root or path.startswith(root + os.sep):
            if not path.startswith(build + os.sep):
                return os.path.relpath(path, root)
        return None

    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            if not (set(mode or "") & set("wax+") or (flags or 0) & writing):
                return
            paths = [path]
        elif event in changes:
            paths = [a for a in args[:2] if isinstance(a, (str, bytes))
                     or hasattr(a, "__fspath__")]
        else:
            return
        for path in paths:
            if path is not None and (where := inside(path)):
                raise PermissionError(
                    f"snippets must not write into the repository: {where}."
                    " Write files by a relative path: the page runs in a "
                    "temporary folder.")

    sys.addaudithook(hook)


_guard_repository()
del _guard_repository
