"""Master data: centers, bins and products as a center sets them up and keeps them.

`core.inventory.catalog` looks rows up and creates them for the demo and the stock
workflows; this package is the clerk's way in: each use case checks what a person
typed, writes in one transaction, records the edit (who, when, before, after) and
keeps to the owning-center rule (a row is written by the center that owns it).
"""
