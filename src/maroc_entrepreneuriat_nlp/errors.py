"""Exceptions the library raises for input it cannot process."""


class InputError(ValueError):
    """The input cannot be turned into an article (binary data, undecodable bytes, wrong type)."""
