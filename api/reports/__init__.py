"""Utilisation reports and exports (CSV, XLSX) behind short-lived signed links."""
