"""Value parsers: numbers, money, quantities, dates (language knowledge comes from data files)."""
