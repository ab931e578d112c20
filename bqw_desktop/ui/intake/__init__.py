"""Panels of the Intake page (ui.views.intake): donors and receipts, manifests, item-set entry, reconciliation."""
