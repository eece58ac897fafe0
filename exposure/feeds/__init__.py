"""Breach feeds: opt-in subscriptions, safe download, parsing, the data-class mapping.

    download.py  fetch a feed whole over HTTPS (timeouts, size cap, ETag, cancel, progress)
    formats.py   HIBP's catalogue and the app's own format → Breach objects, schema-checked
    kinds.py     data classes → the app's kinds (resources/feeds/data-classes.json)
    builtin.py   the built-in feed (resources/feeds/builtin.json), offline
    sync.py      bring enabled feeds up to date, then cross-check the inventory
"""
