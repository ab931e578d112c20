"""``python -m bqw_desktop`` and the PyInstaller entry point: same as the ``bqw-desktop`` command."""

import multiprocessing
import sys

from bqw_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # in a frozen build, a worker process of ``audit verify`` starts here
    sys.exit(main())
