"""The committee: members, access and conflicts, alerts, digests, LINE chat."""
