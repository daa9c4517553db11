"""One module per landing source: build its rows and write its files in that source's format."""
