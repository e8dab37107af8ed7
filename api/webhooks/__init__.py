"""Webhooks over GraphQL (ADMIN)."""
