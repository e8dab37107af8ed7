"""GraphQL transport: Strawberry on Starlette."""
