"""The main window's views: overview, intake, inspection, shipments."""
