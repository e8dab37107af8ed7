"""GraphQL: waitlist."""
