"""Master data on screen: the first-start wizard and the centers, bins and products pages."""
