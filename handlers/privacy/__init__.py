"""Personal data in the chat (PDPA, issue #11): the notice, consents and people's rights."""
