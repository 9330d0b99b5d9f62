"""Wiring: the objects one process builds once from its configuration."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from functools import partial
from typing import Any

from bot.config import Config
from bot.line.delivery import OutboxSender
from bot.line.evidence import EvidenceFetcher
from bot.line.evidence_files import store_for
from bot.line.gateway import LineGateway, SdkLineGateway
from bot.line.local_gateway import LocalGateway
from bot.line.sending import SenderPool
from handlers.settings import HandlerSettings
from handlers.thai.places import Geography, for_province
from handlers.thai.working_days import WorkingCalendar
from handlers.tickets.sla_policy import SlaPolicy, Span
from storage import access_seals, file_removals, record_journal
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.types import utcnow
from storage.uow import UnitOfWorkFactory


def local_channel_secret(secret_key: str) -> str:
    """Local mode: the simulator's signing secret, unique to this instance's secret."""
    return hmac.new(secret_key.encode(), b"local-channel-secret", hashlib.sha256).hexdigest()[:32]


@dataclass
class Services:
    """Everything a request, a job or a command needs, made once per process."""

    config: Config
    engine: Any
    uow: UnitOfWorkFactory
    gateway: LineGateway
    sender: OutboxSender
    fetcher: EvidenceFetcher
    sending: SenderPool

    @property
    def geography(self) -> Geography:
        """The districts of the province this deployment serves (BOT_PROVINCE)."""
        return self.uow.settings.geography

    @property
    def sla(self) -> SlaPolicy:
        """The service levels (the same object the handlers read from the unit of work)."""
        return self.uow.settings.sla

    @property
    def channel_secret(self) -> str:
        """The secret webhooks are signed with (in local mode, one made from this instance's)."""
        return self.config.line_channel_secret or local_channel_secret(self.config.secret_key)


def sla_policy(config: Config) -> SlaPolicy:
    """The service levels from configuration; working-day settings win over hours and days."""
    calendar = WorkingCalendar(config.tz, config.network_days_off)
    ack = Span(config.ack_sla_hours)
    if config.ack_sla_working_days is not None:
        ack = Span(config.ack_sla_working_days, "working_days")
    resolve = Span(config.resolve_sla_days, "days")
    if config.resolve_sla_working_days is not None:
        resolve = Span(config.resolve_sla_working_days, "working_days")
    return SlaPolicy(
        ack=ack,
        resolve=resolve,
        chair_after_hours=config.sla_chair_after_hours,
        progress_days=config.progress_sla_days,
        progress_remind_days=config.progress_remind_days,
        agency_answer_working_days=config.agency_answer_working_days,
        calendar=calendar,
    )


def handler_settings(config: Config) -> HandlerSettings:
    """What handlers read of the configuration, as one typed, frozen value."""
    return HandlerSettings(
        tz=config.tz,
        sla=sla_policy(config),
        geography=for_province(config.bot_province),
        ticket_prefix=config.ticket_prefix,
        public_base_url=config.public_base_url,
        evidence_max_bytes=config.evidence_max_bytes,
        referral_letter_prefix=config.referral_letter_prefix,
        privacy_export_minutes=config.privacy_export_minutes,
        transparency_min_count=config.transparency_min_count,
        retention_identity_days=config.retention_identity_days,
        release_period=config.transparency_release,
        network_hotline=config.network_hotline,
    )


def _requeue(factory: UnitOfWorkFactory) -> None:
    """What each outbox run puts back first: the chairs' notices of a start refused at the
    shell that a database writer deleted before they left (`anchor_codes.retell_refused`)."""
    from handlers.tickets import anchor_codes

    with factory() as uow:
        if anchor_codes.retell_refused(uow):
            uow.commit()


def build_services(config: Config, gateway: LineGateway | None = None, clock=utcnow) -> Services:
    """Engine, sessionmaker, vault, gateway and senders for this process."""
    engine = make_engine(config.database_url)
    vault = Vault(
        config.secret_key,
        config.data_encryption_key,
        config.data_lookup_key,
        config.record_seal_key,
    )
    sessions = make_session_factory(engine)
    record_journal.install(sessions, config.record_anchor_dir)
    uow = UnitOfWorkFactory(sessions, vault, clock, handler_settings(config))
    if config.record_anchor_dir:  # the start's lines are keyed: once the vault is attached
        record_journal.note_audit_start(sessions, config.record_anchor_dir)
        access_seals.time_old_policy_lines(sessions, config.record_anchor_dir)
    if gateway is None:
        gateway = (
            LocalGateway(uow)
            if config.local_mode
            else SdkLineGateway(
                config.line_channel_access_token,
                config.line_api_base_url,
                config.line_data_api_base_url,
                config.line_timeout_seconds,
            )
        )
    sender = OutboxSender(uow, gateway, config.outbox_max_attempts, partial(_requeue, uow))
    # What a unit of work commits to the outbox is sent right after its commit (dashboard,
    # CLI, jobs); the webhook opts out and sends after its answer.
    uow.after_commit(sender.send_committed)
    store = store_for(config, engine, vault)
    # An erasure's files go when it commits, not at the next retention sweep.
    file_removals.install(sessions, store.blobs, config.evidence_dir)
    return Services(
        config=config,
        engine=engine,
        uow=uow,
        gateway=gateway,
        sender=sender,
        fetcher=EvidenceFetcher(uow, gateway, store, config.evidence_max_bytes),
        sending=SenderPool(sender, config.line_sender_threads),
    )
