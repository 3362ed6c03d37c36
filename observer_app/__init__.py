"""Observer app core: domain, storage, import/export and the command line (no Qt widgets)."""

__version__ = "0.1.0"
