"""Domain rules: pure Python, no Qt and no SQL."""
