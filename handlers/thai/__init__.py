"""Thai as people type it: text clean-up, dates, phone numbers, places, words."""
