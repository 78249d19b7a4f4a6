"""The dashboard's figures and the reports: SQL aggregates over indexes, no rows in Python.

Every figure is one grouped statement; the rows behind a figure are read only when the
clerk opens them (`core.reports.drill`), a page at a time.
"""
