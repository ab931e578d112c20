"""BQW Desktop: warehouse and logistics for the 百千万 charity drive."""

__version__ = "0.1.0"
