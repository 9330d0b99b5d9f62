"""Referral letters and evidence bundles for the agencies a complaint is forwarded to."""
