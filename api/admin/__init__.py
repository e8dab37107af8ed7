"""GraphQL: admin."""
