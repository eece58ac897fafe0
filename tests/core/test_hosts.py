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
