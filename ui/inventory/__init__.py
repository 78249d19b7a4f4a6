"""Inventory workflow areas: receiving, transfers, cycle counts, adjustments, expiry, low stock."""
