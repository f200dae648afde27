"""Workshop's Qt user interface; calls services in ``workshop`` and nothing below them."""
