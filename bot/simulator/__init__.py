"""The local chat simulator (local mode only)."""
