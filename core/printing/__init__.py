"""Labels, manifests and documents drawn as PDF with ReportLab.

Plain Python (no Qt): the UI previews and prints the PDFs this package writes.
Text is split into script runs, each in a bundled font that covers it, and
Tibetan runs are shaped with HarfBuzz; barcodes and QR codes are vector rects.
"""
