"""Places: divisions, village points, aliases, address resolution, review."""
