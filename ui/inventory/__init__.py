"""Inventory workflow areas: receiving, transfers, cycle counts, adjustments, expiry and low stock."""
