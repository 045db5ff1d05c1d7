"""Words every stage reads the same way: dates in running text, headings and tracker cells."""
