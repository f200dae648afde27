"""The only writers: one module per concern, each call one short transaction."""
