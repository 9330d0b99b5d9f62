"""Operators' commands under `flask --app bot`."""
