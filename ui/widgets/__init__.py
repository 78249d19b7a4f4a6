"""Small widgets and layout helpers every area shares (quantity box, flow layout, columns)."""
