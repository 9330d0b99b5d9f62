"""The web edge: the webhook, processing inbound events, health."""
