"""Helpers of the tests: import them as `from tests.support.<module> import ...`."""
