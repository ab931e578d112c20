"""``python -m bqw_desktop`` and the PyInstaller entry point: same as the ``bqw-desktop`` command."""

import sys

from bqw_desktop.cli import main

sys.exit(main())
