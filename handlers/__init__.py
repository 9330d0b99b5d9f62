"""Conversation handlers and helpers for the Sujarit LINE bot."""
