"""Configuration: read from the environment and checked in one place."""

from __future__ import annotations

import ipaddress
import os
import secrets
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cryptography.fernet import Fernet

from handlers.thai.places import is_province_code
from storage.crypto import local_data_key, local_lookup_key, local_seal_key, split_keys
from storage.transparency_releases import PERIODS


class ConfigError(RuntimeError):
    """The environment does not describe a runnable bot."""


@dataclass(frozen=True)
class Config:
    """Everything the processes need to know, typed."""

    line_channel_secret: str = ""
    line_channel_access_token: str = ""
    line_api_base_url: str = "https://api.line.me"
    line_data_api_base_url: str = "https://api-data.line.me"
    database_url: str = ""
    secret_key: str = ""
    data_encryption_key: str = ""
    data_lookup_key: str = ""
    record_seal_key: str = ""
    record_anchor_dir: str = ""
    model_cache_dir: str = ""
    public_base_url: str = "http://localhost:8000"
    bot_timezone: str = "Asia/Bangkok"
    ticket_prefix: str = "BRM"
    bot_province: str = "31"
    evidence_dir: str = ""
    evidence_store: str = "local"
    evidence_s3_endpoint_url: str = ""
    port: int = 8000
    web_concurrency: int = 2
    local_mode: bool = False
    production: bool = False
    ack_sla_hours: int = 72
    resolve_sla_days: int = 30
    progress_sla_days: int = 15
    digest_time: str = "08:00"
    progress_remind_days: int = 12
    sla_chair_after_hours: int = 24
    draft_remind_hours: int = 24
    draft_expire_days: int = 7
    outbox_max_attempts: int = 8
    scheduler_test_interval: int = 0
    line_timeout_seconds: float = 10.0
    line_sender_threads: int = 4
    evidence_max_bytes: int = 25 * 1024 * 1024
    ack_sla_working_days: int | None = None
    resolve_sla_working_days: int | None = None
    agency_answer_working_days: int = 30
    network_days_off: frozenset[date] = frozenset()
    referral_sender: str = "เครือข่ายองค์กรชุมชนจังหวัดบุรีรัมย์"
    referral_sender_address: str = ""
    referral_letter_prefix: str = "คอช.บร."
    referral_signer_name: str = ""
    referral_signer_position: str = "ประธานคณะกรรมการพิจารณาเรื่องร้องเรียน"
    referral_contact: str = ""
    privacy_controller: str = "เครือข่ายองค์กรชุมชนจังหวัดบุรีรัมย์"
    privacy_contact: str = ""
    network_hotline: str = ""  # the network's own phone line, said beside the public hotlines
    privacy_export_minutes: int = 60
    retention_draft_days: int = 30
    retention_evidence_days: int = 30
    retention_event_days: int = 7
    retention_identity_days: int = 365
    retention_audit_days: int = 1825
    retention_held_notice_days: int = 90
    metrics_token: str = ""
    metrics_allow_from: tuple = ()  # networks (ipaddress) that may scrape /metrics without it
    metrics_multiproc_dir: str = ""
    transparency_min_count: int = 5
    transparency_cache_seconds: int = 300
    transparency_release: str = "monthly"
    trusted_proxies: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def tz(self) -> ZoneInfo:
        """The zone that people's clocks show."""
        return ZoneInfo(self.bot_timezone)

    def with_overrides(self, **changes) -> Config:
        """A copy with some fields changed (tests use this)."""
        known = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in changes.items() if k in known})


def _int(env: dict, name: str, default: int) -> int:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from exc


def _optional_int(env: dict, name: str) -> int | None:
    if env.get(name) in (None, ""):
        return None
    value = _int(env, name, 0)
    if value < 0:
        raise ConfigError(f"{name} must not be negative")
    return value


def _networks(env: dict, name: str) -> tuple:
    """Addresses and networks ("10.1.0.0/16, 192.0.2.9"), commas between."""
    found = []
    for part in env.get(name, "").replace(" ", "").split(","):
        if not part:
            continue
        try:
            found.append(ipaddress.ip_network(part, strict=False))
        except ValueError as exc:
            raise ConfigError(f"{name}: {part!r} is not an address or network") from exc
    return tuple(found)


def _days_off(env: dict) -> frozenset[date]:
    """NETWORK_DAYS_OFF: dates (YYYY-MM-DD) and ranges (YYYY-MM-DD..YYYY-MM-DD), commas between."""
    found: set[date] = set()
    for part in env.get("NETWORK_DAYS_OFF", "").replace(" ", "").split(","):
        if not part:
            continue
        try:
            first, _, last = part.partition("..")
            start = date.fromisoformat(first)
            end = date.fromisoformat(last) if last else start
        except ValueError as exc:
            raise ConfigError(
                f"NETWORK_DAYS_OFF: {part!r} is not YYYY-MM-DD[..YYYY-MM-DD]"
            ) from exc
        if end < start or (end - start).days > 366:
            raise ConfigError(f"NETWORK_DAYS_OFF: {part!r} is not a range of at most a year")
        found.update(start + timedelta(days=i) for i in range((end - start).days + 1))
    return frozenset(found)


def _positive(env: dict, name: str, default: int) -> int:
    value = _int(env, name, default)
    if value < 1:
        raise ConfigError(f"{name} must be at least 1, got {value}")
    return value


def _test_interval(env: dict, production: bool) -> int:
    seconds = _int(env, "SCHEDULER_TEST_INTERVAL", 0)
    if seconds and production:
        raise ConfigError("SCHEDULER_TEST_INTERVAL is for tests; unset it in production.")
    return seconds


def _check_channel(secret: str, token: str, mode: str, production: bool) -> None:
    """Local mode only when asked for; otherwise both LINE variables, named when missing."""
    if mode == "local":
        if secret or token:
            raise ConfigError(
                "SUJARIT_MODE=local refuses to start while LINE_CHANNEL_SECRET or "
                "LINE_CHANNEL_ACCESS_TOKEN is set: unset them, or drop SUJARIT_MODE to talk "
                "to LINE."
            )
        if production:
            raise ConfigError(
                "LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are required in production "
                "(SUJARIT_ENV=production); the local simulator mode is off there."
            )
        return
    if mode == "line" and not (secret and token):
        raise ConfigError(
            "SUJARIT_MODE=line needs LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN."
        )
    if not secret and not token and production:
        raise ConfigError(
            "LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are required in production "
            "(SUJARIT_ENV=production); the local simulator mode is off there."
        )
    if not secret and not token:
        raise ConfigError(
            "No LINE channel: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN (LINE "
            "Developers console → your channel → Messaging API), with SECRET_KEY, "
            "DATA_ENCRYPTION_KEY and DATA_LOOKUP_KEY. To try the bot on this machine without "
            "LINE, set SUJARIT_MODE=local (`make run` does)."
        )
    if bool(secret) != bool(token):
        missing = "LINE_CHANNEL_SECRET" if not secret else "LINE_CHANNEL_ACCESS_TOKEN"
        raise ConfigError(
            f"{missing} is missing. Set both LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN "
            "(LINE Developers console → your channel → Messaging API), or neither with "
            "SUJARIT_MODE=local for the local simulator."
        )


def _development_secret(instance: Path) -> str:
    """Local mode: a random secret made once per instance folder and kept there (0600)."""
    path = instance / "dev-secret-key"
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    instance.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(value)
    return value


def _local_keys(env: dict, secret_key: str) -> tuple[str, str, str]:
    """Local mode may derive the data keys from the development secret."""
    data_key = env.get("DATA_ENCRYPTION_KEY", "").strip() or local_data_key(secret_key)
    lookup_key = env.get("DATA_LOOKUP_KEY", "").strip() or local_lookup_key(secret_key)
    seal_key = env.get("RECORD_SEAL_KEY", "").strip() or local_seal_key(secret_key)
    return data_key, lookup_key, seal_key


def _listed(names: list[str]) -> str:
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def _required_keys(env: dict, secret_key: str) -> tuple[str, str, str]:
    """With a LINE channel the three data keys are required, valid, and unlike each other."""
    data_key = env.get("DATA_ENCRYPTION_KEY", "").strip()
    lookup_key = env.get("DATA_LOOKUP_KEY", "").strip()
    seal_key = env.get("RECORD_SEAL_KEY", "").strip()
    named = (
        ("DATA_ENCRYPTION_KEY", data_key),
        ("DATA_LOOKUP_KEY", lookup_key),
        ("RECORD_SEAL_KEY", seal_key),
    )
    missing = [name for name, value in named if not value]
    if missing:
        verb = "are" if len(missing) > 1 else "is"
        raise ConfigError(
            f"{_listed(missing)} {verb} required when a LINE channel is configured "
            "(never derived from SECRET_KEY). Generate each with: "
            'python -c "from cryptography.fernet import Fernet; '
            'print(Fernet.generate_key().decode())"'
        )
    for key in split_keys(data_key):
        try:
            Fernet(key)
        except ValueError as exc:
            raise ConfigError(
                "DATA_ENCRYPTION_KEY must be Fernet keys (32 url-safe base64 bytes), "
                "comma-separated, newest first."
            ) from exc
    lookups = split_keys(lookup_key)
    if any(len(key) < 32 for key in lookups):
        raise ConfigError("DATA_LOOKUP_KEY keys must be at least 32 characters each.")
    if set(lookups) & (set(split_keys(data_key)) | {secret_key}):
        raise ConfigError("DATA_LOOKUP_KEY must differ from DATA_ENCRYPTION_KEY and SECRET_KEY.")
    seals = split_keys(seal_key)
    if any(len(key) < 32 for key in seals):
        raise ConfigError("RECORD_SEAL_KEY keys must be at least 32 characters each.")
    if set(seals) & (set(split_keys(data_key)) | set(lookups) | {secret_key}):
        raise ConfigError(
            "RECORD_SEAL_KEY must differ from DATA_ENCRYPTION_KEY, DATA_LOOKUP_KEY and SECRET_KEY."
        )
    return data_key, lookup_key, seal_key


def _release_period(env: dict) -> str:
    period = (env.get("TRANSPARENCY_RELEASE") or "monthly").strip().lower()
    if period not in PERIODS:
        raise ConfigError("TRANSPARENCY_RELEASE must be daily, weekly or monthly.")
    return period


def _min_count(env: dict) -> int:
    count = _int(env, "TRANSPARENCY_MIN_COUNT", 5)
    if count < 2:
        raise ConfigError("TRANSPARENCY_MIN_COUNT must be 2 or more: it keeps complainants unseen.")
    return count


def load_config(env: dict | None = None, instance_path: str = "instance") -> Config:
    """Build and validate the configuration from environment variables."""
    env = dict(os.environ if env is None else env)
    instance = Path(instance_path)
    secret = env.get("LINE_CHANNEL_SECRET", "").strip()
    token = env.get("LINE_CHANNEL_ACCESS_TOKEN", "").strip()
    production = env.get("SUJARIT_ENV", "").lower() == "production"
    mode = env.get("SUJARIT_MODE", "").strip().lower()
    if mode not in ("", "local", "line"):
        raise ConfigError(f"SUJARIT_MODE must be 'local' or 'line', got {mode!r}")
    local_mode = mode == "local"
    _check_channel(secret, token, mode, production)
    secret_key = env.get("SECRET_KEY", "").strip()
    if local_mode:
        secret_key = secret_key or _development_secret(instance)
        data_key, lookup_key, seal_key = _local_keys(env, secret_key)
    else:
        if not secret_key:
            raise ConfigError("SECRET_KEY is required when a LINE channel is configured.")
        data_key, lookup_key, seal_key = _required_keys(env, secret_key)
    tz_name = env.get("BOT_TIMEZONE", "Asia/Bangkok")
    try:
        ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"BOT_TIMEZONE {tz_name!r} is not a known time zone") from exc
    prefix = env.get("TICKET_PREFIX", "BRM").strip().upper()
    if not prefix.isalnum() or len(prefix) > 8:
        raise ConfigError("TICKET_PREFIX must be 1-8 letters or digits")
    province = env.get("BOT_PROVINCE", "31").strip()
    if not is_province_code(province):
        raise ConfigError(
            f"BOT_PROVINCE must be a DOPA province code such as 31 (Buriram), got {province!r}"
        )
    digest_time = env.get("DIGEST_TIME", "08:00")
    try:
        hour, minute = (int(part) for part in digest_time.split(":"))
        assert 0 <= hour < 24 and 0 <= minute < 60
    except (ValueError, AssertionError) as exc:
        raise ConfigError(f"DIGEST_TIME must be HH:MM, got {digest_time!r}") from exc
    return Config(
        line_channel_secret=secret,
        line_channel_access_token=token,
        line_api_base_url=env.get("LINE_API_BASE_URL", "https://api.line.me").rstrip("/"),
        line_data_api_base_url=env.get("LINE_DATA_API_BASE_URL", "https://api-data.line.me").rstrip(
            "/"
        ),
        database_url=env.get("DATABASE_URL") or f"sqlite:///{(instance / 'sujarit.db').resolve()}",
        secret_key=secret_key,
        data_encryption_key=data_key,
        data_lookup_key=lookup_key,
        record_seal_key=seal_key,
        record_anchor_dir=env.get("RECORD_ANCHOR_DIR") or str((instance / "anchors").resolve()),
        model_cache_dir=env.get("MODEL_CACHE_DIR", "").strip(),
        public_base_url=env.get("PUBLIC_BASE_URL", "http://localhost:8000").rstrip("/"),
        bot_timezone=tz_name,
        ticket_prefix=prefix,
        bot_province=province,
        evidence_dir=env.get("EVIDENCE_DIR") or str((instance / "evidence").resolve()),
        evidence_store=env.get("EVIDENCE_STORE") or "local",
        evidence_s3_endpoint_url=env.get("EVIDENCE_S3_ENDPOINT_URL", ""),
        port=_int(env, "PORT", 8000),
        web_concurrency=_int(env, "WEB_CONCURRENCY", 2),
        local_mode=local_mode,
        production=production,
        ack_sla_hours=_int(env, "ACK_SLA_HOURS", 72),
        resolve_sla_days=_int(env, "RESOLVE_SLA_DAYS", 30),
        digest_time=digest_time,
        progress_sla_days=_int(env, "PROGRESS_SLA_DAYS", 15),
        progress_remind_days=_int(env, "PROGRESS_REMIND_DAYS", 12),
        sla_chair_after_hours=_int(env, "SLA_CHAIR_AFTER_HOURS", 24),
        draft_remind_hours=_int(env, "DRAFT_REMIND_HOURS", 24),
        draft_expire_days=_int(env, "DRAFT_EXPIRE_DAYS", 7),
        outbox_max_attempts=_int(env, "OUTBOX_MAX_ATTEMPTS", 8),
        line_sender_threads=max(0, _int(env, "LINE_SENDER_THREADS", 4)),
        scheduler_test_interval=_test_interval(env, production),
        ack_sla_working_days=_optional_int(env, "ACK_SLA_WORKING_DAYS"),
        resolve_sla_working_days=_optional_int(env, "RESOLVE_SLA_WORKING_DAYS"),
        agency_answer_working_days=_int(env, "AGENCY_ANSWER_WORKING_DAYS", 30),
        network_days_off=_days_off(env),
        **_referral_letter(env),
        privacy_controller=env.get("PRIVACY_CONTROLLER", "").strip()
        or "เครือข่ายองค์กรชุมชนจังหวัดบุรีรัมย์",
        privacy_contact=env.get("PRIVACY_CONTACT", "").strip(),
        network_hotline=env.get("NETWORK_HOTLINE", "").strip(),
        privacy_export_minutes=_positive(env, "PRIVACY_EXPORT_MINUTES", 60),
        retention_draft_days=_positive(env, "RETENTION_DRAFT_DAYS", 30),
        retention_evidence_days=_positive(env, "RETENTION_EVIDENCE_DAYS", 30),
        retention_event_days=_positive(env, "RETENTION_EVENT_DAYS", 7),
        retention_identity_days=_positive(env, "RETENTION_IDENTITY_DAYS", 365),
        retention_audit_days=_positive(env, "RETENTION_AUDIT_DAYS", 1825),
        retention_held_notice_days=_positive(env, "RETENTION_HELD_NOTICE_DAYS", 90),
        metrics_token=env.get("METRICS_TOKEN", "").strip(),
        metrics_allow_from=_networks(env, "METRICS_ALLOW_FROM"),
        metrics_multiproc_dir=env.get("PROMETHEUS_MULTIPROC_DIR", "").strip(),
        transparency_min_count=_min_count(env),
        transparency_cache_seconds=_int(env, "TRANSPARENCY_CACHE_SECONDS", 300),
        transparency_release=_release_period(env),
        trusted_proxies=_optional_int(env, "TRUSTED_PROXIES") or 0,
    )


def _referral_letter(env: dict) -> dict:
    """Who signs and sends referral letters (REFERRAL_*); defaults name the Buriram network."""
    names = {
        "referral_sender": "REFERRAL_SENDER",
        "referral_sender_address": "REFERRAL_SENDER_ADDRESS",
        "referral_letter_prefix": "REFERRAL_LETTER_PREFIX",
        "referral_signer_name": "REFERRAL_SIGNER_NAME",
        "referral_signer_position": "REFERRAL_SIGNER_POSITION",
        "referral_contact": "REFERRAL_CONTACT",
    }
    return {key: env[name].strip() for key, name in names.items() if env.get(name, "").strip()}
