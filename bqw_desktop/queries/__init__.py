"""The read layer: queries that return plain rows (``rows``) for lists, reports and documents, and the
session look-ups by scanned code that the services' writes start from. Nothing here writes."""
