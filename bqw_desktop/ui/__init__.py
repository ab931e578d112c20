"""The Qt user interface. Everything Qt lives under here; it calls the services only."""
