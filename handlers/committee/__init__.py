"""The committee at work on LINE: its chat with complainants and its digests (who is who lives
in `handlers.directory`)."""
