"""Shared by the fixture generators: makes a PyPI package importable, installing it with pip
into the user site, or into a virtual environment under ~/.cache when that fails (and then
running the generator again inside it)."""

import importlib
import os
import subprocess
import sys


def ensure(package):
    try:
        importlib.import_module(package)
        return
    except ImportError:
        pass
    try:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "--user", package])
        return
    except subprocess.CalledProcessError:
        venv = os.path.join(os.path.expanduser("~"), ".cache", "eigenplay-fixtures-venv")
        subprocess.check_call([sys.executable, "-m", "venv", venv])
        py = os.path.join(venv, "bin", "python")
        subprocess.check_call([py, "-m", "pip", "install", "--quiet", package])
        os.execv(py, [py] + sys.argv)
