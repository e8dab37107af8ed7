"""GraphQL: series."""
