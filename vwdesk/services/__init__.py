"""Use cases. Take and return plain data (dataclasses); one unit of work per call."""
