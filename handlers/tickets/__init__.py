"""Tickets after submission: lifecycle, tracking, committee actions, SLAs."""
