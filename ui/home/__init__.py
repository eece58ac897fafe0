"""Home: what matters now, for the family and each person."""
