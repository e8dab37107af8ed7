"""GraphQL: subscriptions."""
