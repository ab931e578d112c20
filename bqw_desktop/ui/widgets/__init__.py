"""Small shared widgets: changing text and the result banner (:mod:`.text`), read-only table models
and their views (:mod:`.rows`, :mod:`.tables`), fields for codes and numbers (:mod:`.fields`)."""
