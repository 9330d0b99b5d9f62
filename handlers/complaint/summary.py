"""The summary card at the end of filing, and the words and taps that add what is missing."""

from __future__ import annotations

from sqlalchemy import func, select

from handlers.intake.fields import completeness
from handlers.replies import Card, Named, Out, Quick, Say
from handlers.thai.normalise import compact
from handlers.thai.places import outside_names
from storage.models import Draft, Evidence
from storage.uow import UnitOfWork

# Typed names of the fields, to edit or add one from the summary ("พยาน", "หลักฐาน", …):
# the Thai word shown, the English word shown, then other words people use.
FIELD_WORDS = {
    "kind": ("ประเภท", "kind", "ประเภทเรื่อง"),
    "agency": ("หน่วยงาน", "office", "agency"),
    "official": ("คนที่ทำ", "who", "ผู้ถูกร้องเรียน", "ใคร", "official"),
    "district": ("สถานที่", "place", "ที่ไหน", "อำเภอ", "ตำบล"),
    "when": ("วันที่", "date", "วัน", "เมื่อไร", "when"),
    "what": ("เล่าเพิ่ม", "story", "รายละเอียด", "เรื่องที่เกิด", "what happened"),
    "evidence": ("หลักฐาน", "evidence", "รูป"),
    "witnesses": ("พยาน", "witness", "witnesses"),
    "reported": ("แจ้งที่อื่น", "reported", "เคยแจ้งที่อื่น"),
    "identity": ("ชื่อ", "name", "ผู้แจ้ง", "เบอร์", "identity", "contact"),
}
FIELD_KEYS = {compact(w): name for name, words in FIELD_WORDS.items() for w in words}


def evidence_count(uow: UnitOfWork, draft: Draft) -> int:
    """How many evidence files this draft has received."""
    cached = uow.cache.get(("evidence_count", draft.id))
    if cached is not None:
        return cached
    stmt = select(func.count(Evidence.id)).where(Evidence.draft_id == draft.id)
    count = uow.cache[("evidence_count", draft.id)] = uow.session.scalar(stmt) or 0
    return count


def summary(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The summary card, and what is missing with one tap (or one word) to add each."""
    card = summary_card(uow, draft)
    gaps = [g for g in card.data["missing"] if g in FIELD_ADD]
    if not gaps:
        return [card, Say("summary.how_to_answer", quick=summary_quick(()))]
    th, en = ([f'"{FIELD_WORDS[FIELD_ADD[g]][i]}"' for g in gaps] for i in (0, 1))
    names = Named(", ".join(th), ", ".join(en))
    key = "summary.add_missing_anonymous" if card.data["anonymous_gaps"] else "summary.add_missing"
    return [card, Say(key, {"words": names}, quick=summary_quick(gaps))]


# Missing elements and the question that adds each.
FIELD_ADD = {
    "agency": "agency",
    "official": "official",
    "place": "district",
    "when": "when",
    "what": "what",
    "evidence": "evidence",
    "witnesses": "witnesses",
}


def summary_quick(gaps) -> tuple[Quick, ...]:
    """The summary's taps: confirm, add each missing field (nine at most), edit, cancel."""
    adds = tuple(Quick(f"add.{FIELD_ADD[g]}", "postback", f"a=edit:{FIELD_ADD[g]}") for g in gaps)[
        :9
    ]
    return (
        Quick("button.confirm", "postback", "a=summary:confirm"),
        *adds,
        Quick("button.edit", "postback", "a=summary:edit"),
        Quick("button.cancel", "postback", "a=summary:cancel"),
    )


def summary_card(uow: UnitOfWork, draft: Draft) -> Card:
    """The summary to confirm: every answer, and how complete it is."""
    count = evidence_count(uow, draft)
    data = draft.data
    state = completeness(data, count)
    shown = {k: v for k, v in data.items() if not k.endswith("_enc") and not k.startswith("_")}
    if data.get("name_enc"):
        shown["name"] = uow.vault.decrypt(data["name_enc"])
        shown["phone"] = uow.vault.decrypt(data.get("phone_enc"))
    if data.get("affected_name_enc"):
        shown["affected_name"] = uow.vault.decrypt(data["affected_name_enc"])
    return Card(
        "summary",
        {
            "fields": shown,
            "evidence_count": count,
            "percent": state.percent,
            "missing": list(state.missing),
            "anonymous_gaps": list(state.anonymous_gaps),
            "draft": draft.id,  # the card's buttons name their draft
            "outside": outside_names(data.get("outside_province"), uow.settings.geography),
        },
    )
