"""One module per section of the page; each turns marts into a blocks.Section."""
