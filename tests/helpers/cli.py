"""The headless commands run in the test's process, as a coordinator or a script would run them."""

from __future__ import annotations

import pytest

from bqw_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``bqw-desktop *args``: (exit status, standard output, standard error)."""
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err
