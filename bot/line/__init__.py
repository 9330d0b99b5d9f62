"""Talking to LINE: the gateway, delivery of the outbox, limits, rendering, rich menu, content."""
