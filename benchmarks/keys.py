"""The data keys benchmarks run with (a LINE deployment must set all three; never real ones)."""

BENCH_KEYS = {
    "DATA_ENCRYPTION_KEY": "Pz4rRZ8hC2jYlOXn0mJpA6A0dQmH9b3c8r6w7pS0n1Q=",
    "DATA_LOOKUP_KEY": "benchmark-lookup-key-0123456789abcdefghij",
    "RECORD_SEAL_KEY": "benchmark-record-seal-key-0123456789abcdef",
}
