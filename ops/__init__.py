"""Operating the service: Prometheus metrics and structured (JSON) logs with a request id.

Imported by the API, the workers and the composition; imports only the domain."""
