"""The panels of the Shipments page (``ui.views.shipments``): the shipments list, the selected shipment's
contents and tracking, planning and reports. Each takes the page as a plain ``View`` (store, actor,
``attempt``, ``feedback``) and never imports the page."""
