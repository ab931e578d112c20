"""Use cases. Each write is one transaction and leaves an audit event; results are plain dataclasses."""
