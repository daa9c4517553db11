"""The `slow` marker: tests that run whole nights in subprocesses. They run in `make test` too;
`-m "not slow"` leaves them out while iterating."""


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: runs whole nights in subprocesses (minutes, not seconds)")
