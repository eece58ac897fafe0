"""Host names, the one way, on the Public Suffix List the package ships (no network)."""

from __future__ import annotations

import socket

import pytest

from exposure.hosts import ancestors, host_of, registrable


@pytest.mark.parametrize(("text", "host"), [
    ("HTTPS://Passport.JD.com:443/x", "passport.jd.com"), ("www.jd.com.", "jd.com"),
    ("ＪＤ.com", "jd.com"), ("京东.com", "xn--xhq9m.com"), ("http://192.168.1.1/x", "192.168.1.1"),
    ("http://localhost:8080", "localhost"), ("not a url", ""), ("", ""),
])
def test_one_normaliser_for_urls_hosts_and_feed_domains(text: str, host: str) -> None:
    assert host_of(text) == host


@pytest.mark.parametrize(("host", "site"), [
    ("passport.jd.com", "jd.com"), ("shop.example.com.cn", "example.com.cn"),
    ("a.b.github.io", "b.github.io"), ("x.gov.uk", "x.gov.uk"), ("com.cn", ""), ("co.za", ""),
    ("127.0.0.1", ""), ("localhost", ""),
])
def test_registrable_domains_come_from_the_public_suffix_list(host: str, site: str) -> None:
    assert registrable(host) == site


def test_the_list_is_read_from_the_package_never_fetched(monkeypatch) -> None:
    from exposure import hosts

    hosts._psl.cache_clear()

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert ancestors("a.b.example.co.uk") == ["a.b.example.co.uk", "b.example.co.uk",
                                              "example.co.uk"]


def test_the_bare_host_shortcut_gives_what_urlsplit_gives() -> None:
    """host_of skips urlsplit for text that is already a bare host name (7,000 feed domains
    per cross-check): for every such text urlsplit would have returned it unchanged."""
    import random
    from urllib.parse import urlsplit

    from exposure.hosts import _PLAIN

    rng = random.Random(16)
    samples = ["jd.com", "www.jd.com.", "a..b", ".", "..", "-x-.y", "x_y.com", "1.2.3.4",
               "localhost", "passport.jd.com"]
    samples += ["".join(rng.choice("abz09._-") for _ in range(rng.randint(1, 12)))
                for _ in range(2000)]
    for text in samples:
        assert _PLAIN.fullmatch(text)
        assert (urlsplit("//" + text).hostname or "").rstrip(".") == text.rstrip("."), text


def test_the_address_check_answers_as_ipaddress_does() -> None:
    import ipaddress
    import random

    from exposure.hosts import _is_address

    def reference(host: str) -> bool:
        try:
            ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            return False
        return True

    rng = random.Random(16)
    samples = ["1.2.3.4", "[::1]", "::1", "fe80::1%eth0", "256.1.1.1", "01.2.3.4", "1.2.3",
               "12345", "", "jd.com", "[jd.com]", "١٢٧.٠.٠.١", "1.2.3.4.", "a:b", "::"]
    samples += ["".join(rng.choice("0129.:af[]x") for _ in range(rng.randint(0, 10)))
                for _ in range(3000)]
    for host in samples:
        assert _is_address(host) == reference(host), host
