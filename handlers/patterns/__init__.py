"""Related complaints (#23): reports of the same matter found by their content, never by who
sent them. `officials` and `stories` read the fields, `scoring` says whether two reports are
probably the same matter and why, `signatures` and `related` keep and look them up."""
