"""Who is asking, for per-source limits: the web client's address (after ProxyFix)."""

from __future__ import annotations

import ipaddress

from flask import request

# An IPv6 client is given a whole /64 by its provider: counting single addresses would let
# one household try 2^64 times.
IPV6_PREFIX = 64


def web_source() -> str:
    """The request's source as a throttle subject: its IPv4 address or its IPv6 /64."""
    raw = request.remote_addr or "unknown"
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return "web:" + raw[:60]
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return "web:" + str(address.ipv4_mapped)
        return "web:" + str(ipaddress.ip_network(f"{address}/{IPV6_PREFIX}", strict=False))
    return "web:" + str(address)
