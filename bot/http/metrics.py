"""`GET /metrics`: Prometheus text, behind METRICS_TOKEN; without one, to this host's own
scraper (or one of METRICS_ALLOW_FROM) only.

The webhook counts tell when people write to the bot, so they are nobody's to poll from afar.
"""

from __future__ import annotations

import hmac
import ipaddress

from flask import Blueprint, Response, current_app, request
from prometheus_client import CONTENT_TYPE_LATEST

from bot.metrics import exposition

bp = Blueprint("metrics", __name__)

# A request carrying any of these came through a proxy: the peer is the proxy, not the asker.
# Any X-Forwarded-* counts (a proxy may set only -Proto or -Host), and every vendor's
# client-address header, since nginx, Cloudflare, Akamai or a load balancer each add their own.
PROXY_HEADERS = frozenset(
    {
        "forwarded",
        "via",
        "x-real-ip",
        "true-client-ip",
        "cf-connecting-ip",
        "cf-ray",
        "x-client-ip",
        "x-cluster-client-ip",
        "fastly-client-ip",
        "client-ip",
        "x-proxyuser-ip",
        "x-forwarded",
        "x-original-forwarded-for",
        "x-envoy-external-address",
        "x-azure-clientip",
        "x-appengine-user-ip",
    }
)
PROXY_PREFIXES = ("x-forwarded-", "x-original-")


def _through_a_proxy() -> bool:
    """Whether any header says a proxy handled the request (`PROXY_HEADERS`, `PROXY_PREFIXES`)."""
    for name in request.headers.keys():
        lowered = name.lower()
        if lowered in PROXY_HEADERS or lowered.startswith(PROXY_PREFIXES):
            return True
    return False


def _token_given(token: str) -> bool:
    """Whether `Authorization: Bearer <token>` was sent; the token alone, or under any other
    scheme, is refused (the scheme's name is case-blind, RFC 9110)."""
    scheme, _, given = request.headers.get("Authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


def _scraper_nearby(allowed) -> bool:
    """Whether the request came straight from this host or a listed network: the address
    that connected (before ProxyFix read any header), and no proxy's header, so neither a
    forged X-Forwarded-For nor a local proxy passing the public's requests is let in."""
    if _through_a_proxy():
        return False
    peer = request.environ.get("werkzeug.proxy_fix.orig", {}).get("REMOTE_ADDR")
    try:
        address = ipaddress.ip_address(peer or request.remote_addr or "")
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback or any(address in network for network in allowed)


@bp.get("/metrics")
def metrics():
    """Webhook, outbox, job, evidence and campaign figures; no personal data."""
    config = current_app.extensions["sujarit"].config
    if config.metrics_token:
        if not _token_given(config.metrics_token):
            return Response("metrics need the bearer token\n", 401, {"WWW-Authenticate": "Bearer"})
    elif not _scraper_nearby(config.metrics_allow_from):
        return Response("metrics are served to this host only (METRICS_TOKEN)\n", 403)
    return Response(exposition(current_app.extensions["sujarit"]), mimetype=CONTENT_TYPE_LATEST)
