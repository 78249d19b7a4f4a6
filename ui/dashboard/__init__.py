"""The dashboard area: the operation at a glance, each figure opening the list behind it."""
