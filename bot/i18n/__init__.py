"""The message catalogue: Thai first, English second."""
