"""Reading order files: marketplace exports, mapped spreadsheets, carrier arrival lists.

Plain Python, no database and no Qt: a reader turns a file into records and
rejected rows; `core.orders.imports` decides what they mean for the database.
"""
