"""Flex layouts of the cards that handlers ask for."""
