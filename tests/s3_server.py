"""A local S3-compatible server for tests: moto's server mode on a free port."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

import boto3

S3_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def moto_s3(bucket: str | None = None) -> Iterator[tuple[str, str]]:
    """Start moto's S3 server with a fresh bucket; yields (endpoint URL, bucket).

    Its credentials (S3_ENV) are this process's only while it starts; a client in this process
    or a child process needs S3_ENV in its environment."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    endpoint, bucket = f"http://127.0.0.1:{port}", bucket or f"evidence-{uuid.uuid4().hex[:8]}"
    with mock.patch.dict(os.environ, S3_ENV):
        boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=bucket)
    try:
        yield endpoint, bucket
    finally:
        server.stop()


@contextmanager
def s3_server(monkeypatch) -> Iterator[tuple[str, str]]:
    """moto_s3, with its credentials in this test's environment."""
    for name, value in S3_ENV.items():
        monkeypatch.setenv(name, value)
    with moto_s3() as (endpoint, bucket):
        yield endpoint, bucket
