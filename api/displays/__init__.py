"""GraphQL: room display links and the door display."""
