"""A shipment made ready through the services: its item sets passed and packed, its packages weighed."""

from __future__ import annotations

from bqw_desktop.services import inspection, shipping
from bqw_desktop.queries import shipments


def packed_shipment(store, actor, destination="D018", courier="LP2", codes=("IS000001L",)):
    shipment = shipping.create_shipment(store, actor, destination, courier)
    for code in codes:
        inspection.inspect(store, actor, code, True)
        shipping.pack(store, actor, shipment.code, code)
    for package in shipments.packages(store, shipment.code):
        shipping.set_package_weight(store, actor, package.code, "2.4")
    return shipment
