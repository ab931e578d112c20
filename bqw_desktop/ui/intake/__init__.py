"""Panels of the Intake page (ui.views.intake): receiving (the carton lists, labels), donors and receipts,
manifests, item-set entry, reconciliation. They share the chosen receipt (receipt.ChosenReceipt) and
never import the page."""
