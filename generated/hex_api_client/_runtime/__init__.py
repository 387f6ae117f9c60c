"""The hand-written runtime behind `Hex` and `AsyncHex`: kept as is by `make generate`.

The generated resource classes (api/<tag>/resource.py) describe each operation; these modules send
it: base URL and token handling, retries, pacing, error mapping, pagination and run waiting.
"""
