"""The web UI: server-rendered pages that work without JavaScript; every page requires login."""
