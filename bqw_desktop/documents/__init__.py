"""Printed documents: Code 128 labels and A4 packing slips as PDF, always in Chinese.

Pure reportlab (no Qt): the UI prints or previews the PDFs these modules write.
"""
