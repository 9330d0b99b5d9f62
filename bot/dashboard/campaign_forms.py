"""Forms of the organizers' pages: a campaign, its schedule, a forum, an announcement."""

from __future__ import annotations

from datetime import datetime, tzinfo

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    FloatField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import URL, DataRequired, Length, NumberRange, Optional, ValidationError

from bot.dashboard import services, t
from handlers.outreach.campaigns import MAX_TEXT, MAX_TITLE, CampaignError
from handlers.outreach.forums import MAX_VENUE

AUDIENCES = ("subscribers", "district", "all", "members")
MAX_IMAGE_URL = 2000  # LINE's limit on an image message's URL
MAX_AGENDA = 2000


class Lazy:
    """A catalogue text read when shown, in the member's language (validator messages)."""

    def __init__(self, key: str, **params) -> None:
        self.key, self.params = key, params

    def __str__(self) -> str:
        return t(self.key, **self.params)

    def __mod__(self, _values) -> str:
        return str(self)  # WTForms %-formats its messages; ours carry their own values


class _Translations:
    """WTForms' own parse errors in the member's language."""

    KEYS = {
        "This field is required.": "dash.campaigns.form.required",
        "Not a valid date value.": "dash.campaigns.form.bad_date",
        "Not a valid time value.": "dash.campaigns.form.bad_time",
        "Not a valid float value.": "dash.campaigns.form.bad_number",
        "Not a valid choice.": "dash.campaigns.form.bad_choice",
    }

    def gettext(self, string: str) -> str:
        key = self.KEYS.get(string)
        return t(key) if key else string

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


class DashboardForm(FlaskForm):
    """A form whose messages come from the catalogue; refusals land on their field."""

    class Meta:
        def get_translations(self, form):
            return _Translations()

    refusals: dict[str, str] = {}  # CampaignError key -> the field that caused it

    def refuse(self, error: CampaignError, message: str) -> None:
        """Show a refusal from the handlers on the field it is about (or above the form)."""
        field = getattr(self, self.refusals.get(error.key, ""), None)
        if field is None:
            self.form_errors.append(message)
        else:
            field.errors = [*field.errors, message]


def _required():
    return DataRequired(message=Lazy("dash.campaigns.form.required"))


def _at_most(limit: int):
    return Length(max=limit, message=Lazy("dash.campaigns.form.too_long", limit=limit))


class ScheduleForm(DashboardForm):
    """When to send: now, once at a date and time, or weekly from a date and time."""

    schedule = RadioField(choices=("now", "at", "weekly"), default="now")
    send_date = DateField(validators=[Optional()])
    send_time = TimeField(validators=[Optional()])
    modes = ("now", "at", "weekly")

    def validate_schedule(self, field) -> None:
        """A date and a time, in the future, unless it goes now."""
        if field.data == "now":
            return
        if self.send_date.data is None or self.send_time.data is None:
            raise ValidationError(Lazy("dash.campaigns.form.when_missing"))

    def moment(self, tz: tzinfo) -> datetime | None:
        """The chosen send time in the bot's time zone; None for now."""
        if self.schedule.data == "now":
            return None
        return datetime.combine(self.send_date.data, self.send_time.data, tzinfo=tz)

    def check_future(self, tz: tzinfo, now: datetime) -> bool:
        """Refuse a time already past (most likely a typo in the year)."""
        moment = self.moment(tz)
        if moment is not None and moment <= now:
            self.schedule.errors = [*self.schedule.errors, str(Lazy("dash.campaigns.form.past"))]
            return False
        return True


class AudienceMixin:
    """Who gets it: followers, subscribers, a district's subscribers, or the members."""

    audience = RadioField(choices=AUDIENCES, default="subscribers")
    district = SelectField()

    def set_districts(self) -> None:
        """The districts of the province served (BOT_PROVINCE), Thai names."""
        self.district.choices = [(name, name) for name in services().geography.districts()]

    def audience_value(self) -> str:
        """The audience as the handlers take it (`district:NAME` for a district)."""
        if self.audience.data == "district":
            return f"district:{self.district.data}"
        return self.audience.data


class CampaignForm(AudienceMixin, ScheduleForm):
    """A new campaign: its message, audience and schedule, kept as a draft or scheduled."""

    title = StringField(validators=[_required(), _at_most(MAX_TITLE)])
    text = TextAreaField(
        validators=[
            _required(),
            Length(max=MAX_TEXT, message=Lazy("dash.campaigns.error.text_long", limit=MAX_TEXT)),
        ]
    )
    image_url = StringField(
        validators=[
            Optional(),
            _at_most(MAX_IMAGE_URL),
            URL(message=Lazy("dash.campaigns.error.image_url")),
        ]
    )
    card = BooleanField()
    save_draft = SubmitField()
    save_schedule = SubmitField()
    refusals = {
        "campaign.error.title": "title",
        "campaign.error.text_empty": "text",
        "campaign.error.text_too_long": "text",
        "campaign.error.image_https": "image_url",
        "campaign.error.district": "district",
        "campaign.error.audience": "audience",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.set_districts()


class AnnounceForm(AudienceMixin, ScheduleForm):
    """A forum's announcement: to whom, now or at a time (not weekly)."""

    schedule = RadioField(choices=("now", "at"), default="now")
    submit = SubmitField()
    refusals = {"campaign.error.district": "district", "campaign.error.audience": "audience"}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.set_districts()


class ForumForm(DashboardForm):
    """A new forum: what, when (Asia/Bangkok), where (with a map point), the agenda."""

    title = StringField(validators=[_required(), _at_most(MAX_TITLE)])
    day = DateField(validators=[_required()])
    at = TimeField(validators=[_required()])
    venue = StringField(validators=[_required(), _at_most(MAX_VENUE)])
    latitude = FloatField(
        validators=[Optional(), NumberRange(-90, 90, message=Lazy("dash.forums.error.latitude"))]
    )
    longitude = FloatField(
        validators=[
            Optional(),
            NumberRange(-180, 180, message=Lazy("dash.forums.error.longitude")),
        ]
    )
    agenda = TextAreaField(validators=[_at_most(MAX_AGENDA)])
    submit = SubmitField()
    refusals = {
        "campaign.error.title": "title",
        "forum.error.venue": "venue",
        "forum.error.location": "latitude",
        "forum.error.past": "day",
    }
