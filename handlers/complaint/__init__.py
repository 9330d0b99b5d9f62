"""The complaint conversation: its steps, the draft, submission."""
