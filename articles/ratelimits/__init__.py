"""Rate limits every web worker shares: fixed-window counters in Redis when
`REDIS_URL` is configured, in the database otherwise (see `store`)."""
