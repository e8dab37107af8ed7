"""GraphQL: bookings."""
