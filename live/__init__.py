"""Live updates: the hub that carries domain events to GraphQL subscriptions, in one process
(embedded default) or across processes over Redis pub/sub."""
