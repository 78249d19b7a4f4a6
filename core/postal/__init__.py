"""The hand-off to the postal service: tracking numbers, exports for the post office and
the end-of-day handover."""
