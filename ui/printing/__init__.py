"""Print preview and printing of the PDFs `core.printing` writes."""
