"""What a complaint takes in, shared by filing it and by answering the committee later: its
fields, an answer read from an event, and the limits on evidence files."""
