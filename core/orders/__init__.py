"""Orders: import, arrivals, mappings, fulfilment, picking, packing, parcels."""
