"""Campaigns, forums and news for citizens."""
