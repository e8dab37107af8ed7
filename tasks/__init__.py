"""Background work (Celery). Thin for now: the notification outbox, service-level reminders and photo
processing arrive with their issues. Periodic domain work already exists as plain async functions
(e.g. :func:`booking.operations.complete_finished`) for the worker to call."""
