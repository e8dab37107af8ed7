"""Administration (ADMIN): rooms, equipment, agencies, users, office closures, and the audit trail
every change writes in its own transaction (:mod:`booking.admin.audit`)."""
