"""The ePesanRuangan domain: models, the SOP workflow, availability, permissions and errors.

Nothing here imports the transports (strawberry, starlette), the workers (celery) or boto3.
"""
