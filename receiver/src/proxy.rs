//! Which address a request is counted under: the TCP peer, unless the peer is
//! a configured trusted proxy, in which case the forwarding header that proxy
//! writes is read from the right (the end the proxies appended to) past every
//! trusted hop to the first address that is not a trusted proxy.

use axum::http::HeaderMap;
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};

/// The header the trusted proxies write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1, proxy2` (nginx, HAProxy, most load balancers).
    #[default]
    XForwardedFor,
    /// `Forwarded: for=client, for="[2001:db8::1]:4711"` (RFC 7239).
    Forwarded,
}

impl ForwardedHeader {
    /// Reads `--forwarded-header`.
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.to_ascii_lowercase().as_str() {
            "x-forwarded-for" => Ok(Self::XForwardedFor),
            "forwarded" => Ok(Self::Forwarded),
            _ => Err(format!("--forwarded-header must be x-forwarded-for or forwarded, not {text:?}")),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::XForwardedFor => "x-forwarded-for",
            Self::Forwarded => "forwarded",
        }
    }
}

/// Reads one `--trusted-proxy` value: an address (`10.0.0.5`, `::1`) or a
/// network (`10.0.0.0/8`, `fd00::/8`).
pub fn parse_trusted(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    text.parse::<IpNet>()
        .or_else(|_| text.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("--trusted-proxy must be an IP address or network such as 10.0.0.0/8, not {text:?}"))
}

/// What became of the forwarding header, for the request log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forwarding {
    /// No forwarding header, or none needed: the peer is the client.
    None,
    /// The client address came from the header written by trusted proxies.
    Used,
    /// A forwarding header came from a peer that is not a trusted proxy: ignored.
    IgnoredUntrusted,
    /// A trusted proxy's header held something that is not an address; the
    /// last trusted hop is counted instead.
    Malformed,
}

impl Forwarding {
    /// The word logged for it (none for [`Forwarding::None`]).
    pub fn note(self) -> Option<&'static str> {
        match self {
            Forwarding::None => None,
            Forwarding::Used => Some("forwarded_for_used"),
            Forwarding::IgnoredUntrusted => Some("forwarded_for_ignored_untrusted_peer"),
            Forwarding::Malformed => Some("forwarded_for_malformed"),
        }
    }
}

/// The trusted proxies and the header they write.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies {
    /// Networks whose peers' forwarding headers are believed.
    pub nets: Vec<IpNet>,
    /// The header they write.
    pub header: ForwardedHeader,
}

impl TrustedProxies {
    fn trusts(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.nets.iter().any(|net| net.contains(&ip))
    }

    /// The client address for a request from `peer` with `headers`.
    pub fn client(&self, peer: SocketAddr, headers: &HeaderMap) -> (IpAddr, Forwarding) {
        let peer = peer.ip().to_canonical();
        let present = headers.contains_key(self.header.name())
            || headers.contains_key("x-forwarded-for")
            || headers.contains_key("forwarded");
        if !self.trusts(peer) {
            let seen = if present { Forwarding::IgnoredUntrusted } else { Forwarding::None };
            return (peer, seen);
        }
        let hops = self.hops(headers);
        let mut client = peer;
        let mut used = false;
        // Walk from the most recent hop: each trusted proxy vouches for the one before it.
        for hop in hops.iter().rev() {
            if !self.trusts(client) {
                break;
            }
            match hop {
                Some(ip) => {
                    client = ip.to_canonical();
                    used = true;
                }
                None => return (client, Forwarding::Malformed),
            }
        }
        (client, if used { Forwarding::Used } else { Forwarding::None })
    }

    /// Every hop in the configured header, oldest first (`None` where an entry
    /// is not an address: `unknown`, an obfuscated name, or garbage).
    fn hops(&self, headers: &HeaderMap) -> Vec<Option<IpAddr>> {
        let values = headers.get_all(self.header.name()).iter().map(|v| v.to_str().ok());
        let mut hops = Vec::new();
        for value in values {
            let Some(value) = value else {
                hops.push(None);
                continue;
            };
            for entry in value.split(',') {
                hops.push(match self.header {
                    ForwardedHeader::XForwardedFor => parse_node(entry.trim()),
                    ForwardedHeader::Forwarded => forwarded_for(entry),
                });
            }
        }
        hops
    }
}

/// The `for=` node of one RFC 7239 `Forwarded` element.
fn forwarded_for(element: &str) -> Option<IpAddr> {
    element.split(';').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        name.trim().eq_ignore_ascii_case("for").then(|| parse_node(value.trim().trim_matches('"')))?
    })
}

/// An address as proxies write it: `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`, `[2001:db8::1]:4711`.
fn parse_node(text: &str) -> Option<IpAddr> {
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split_once(']').and_then(|(ip, _)| ip.parse().ok());
    }
    text.parse::<SocketAddr>().ok().map(|s| s.ip())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(name: &'static str, values: &[&'static str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for v in values {
            map.append(name, HeaderValue::from_static(v));
        }
        map
    }

    fn peer(ip: &str) -> SocketAddr {
        SocketAddr::new(ip.parse().unwrap(), 40000)
    }

    fn proxies(nets: &[&str], header: ForwardedHeader) -> TrustedProxies {
        TrustedProxies { nets: nets.iter().map(|n| parse_trusted(n).unwrap()).collect(), header }
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_claims() {
        let t = proxies(&["10.0.0.0/8"], ForwardedHeader::XForwardedFor);
        let (ip, seen) = t.client(peer("203.0.113.9"), &headers("x-forwarded-for", &["198.51.100.1"]));
        assert_eq!((ip.to_string(), seen), ("203.0.113.9".into(), Forwarding::IgnoredUntrusted));
        let (ip, seen) = t.client(peer("203.0.113.9"), &HeaderMap::new());
        assert_eq!((ip.to_string(), seen), ("203.0.113.9".into(), Forwarding::None));
        // With no trusted proxies at all, nobody's header is believed.
        let none = TrustedProxies::default();
        let (ip, _) = none.client(peer("127.0.0.1"), &headers("x-forwarded-for", &["198.51.100.1"]));
        assert_eq!(ip.to_string(), "127.0.0.1");
    }

    #[test]
    fn the_rightmost_address_that_is_not_a_trusted_proxy_is_the_client() {
        let t = proxies(&["10.0.0.0/8", "::1"], ForwardedHeader::XForwardedFor);
        // The client forged a first entry; the proxy appended the real address.
        let h = headers("x-forwarded-for", &["1.2.3.4, 198.51.100.7"]);
        assert_eq!(t.client(peer("10.1.1.1"), &h), ("198.51.100.7".parse().unwrap(), Forwarding::Used));
        // Two proxies (10.0.0.2 forwarded to 10.1.1.1), split over two header lines.
        let h = headers("x-forwarded-for", &["1.2.3.4, 198.51.100.7", "10.0.0.2"]);
        assert_eq!(t.client(peer("10.1.1.1"), &h).0, "198.51.100.7".parse::<IpAddr>().unwrap());
        // IPv4-mapped peers and bracketed entries with ports.
        let h = headers("x-forwarded-for", &["[2001:db8::5]:4711"]);
        assert_eq!(t.client(peer("::ffff:10.0.0.3"), &h).0, "2001:db8::5".parse::<IpAddr>().unwrap());
        // Garbage from a trusted proxy: the proxy itself is counted.
        let h = headers("x-forwarded-for", &["198.51.100.7, not-an-ip"]);
        assert_eq!(t.client(peer("::1"), &h), ("::1".parse().unwrap(), Forwarding::Malformed));
    }

    #[test]
    fn rfc_7239_forwarded_is_read_only_when_configured() {
        let t = proxies(&["127.0.0.1"], ForwardedHeader::Forwarded);
        let h = headers("forwarded", &["for=1.2.3.4, for=\"[2001:db8:cafe::17]:4711\";proto=https;by=127.0.0.1"]);
        assert_eq!(t.client(peer("127.0.0.1"), &h).0, "2001:db8:cafe::17".parse::<IpAddr>().unwrap());
        // A client-supplied X-Forwarded-For is not the configured header: ignored.
        let h = headers("x-forwarded-for", &["198.51.100.7"]);
        assert_eq!(t.client(peer("127.0.0.1"), &h), ("127.0.0.1".parse().unwrap(), Forwarding::None));
        let h = headers("forwarded", &["for=unknown"]);
        assert_eq!(t.client(peer("127.0.0.1"), &h).1, Forwarding::Malformed);
    }
}
