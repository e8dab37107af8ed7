"""GraphQL: leadership."""
