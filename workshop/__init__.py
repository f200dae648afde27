"""Workshop: run Danish municipal task-committee meetings and produce the referat."""

__version__ = "0.1.0"
