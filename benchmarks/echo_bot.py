"""The smallest LINE bot worth comparing against: verify, parse, reply with the SDK.

Served by gunicorn as `benchmarks.echo_bot:create_app()` with LINE_CHANNEL_SECRET,
LINE_CHANNEL_ACCESS_TOKEN and LINE_API_BASE_URL in the environment.
"""

from __future__ import annotations

import os

from flask import Flask, abort, request
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import (
    ApiClient,
    Configuration,
    MessagingApi,
    ReplyMessageRequest,
    TextMessage,
)
from linebot.v3.webhooks import MessageEvent, TextMessageContent


def create_app() -> Flask:
    """An echo bot: every text message is answered with the same text."""
    app = Flask(__name__)
    parser = WebhookParser(os.environ["LINE_CHANNEL_SECRET"])
    configuration = Configuration(
        host=os.environ["LINE_API_BASE_URL"],
        access_token=os.environ["LINE_CHANNEL_ACCESS_TOKEN"],
    )
    api = MessagingApi(ApiClient(configuration))

    @app.post("/callback")
    def callback():
        body = request.get_data(as_text=True)
        try:
            events = parser.parse(body, request.headers.get("X-Line-Signature", ""))
        except InvalidSignatureError:
            abort(400)
        for event in events:
            if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
                api.reply_message(
                    ReplyMessageRequest(
                        reply_token=event.reply_token,
                        messages=[TextMessage(text=event.message.text)],
                    ),
                    _request_timeout=10,
                )
        return "OK"

    return app
