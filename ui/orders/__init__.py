"""The Orders area: imports, parcels, arrivals, backorders, picking and packing."""
