//! Per-client rate limiting with `governor` (GCRA, the token bucket's exact
//! form): one bucket per IPv4 address and per IPv6 /64 (one household or phone
//! usually holds a whole /64, so rotating addresses inside it gains nothing).
//!
//! Memory is bounded: buckets that have refilled are swept out once there are
//! many, and if a flood from more distinct clients than [`MAX_CLIENTS`] keeps
//! the table full, every request from then on also passes one shared overflow
//! bucket until the sweep brings the table back under the limit.

use governor::clock::{Clock, MonotonicClock, Reference};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DashMapStateStore;
use governor::state::{InMemoryState, NotKeyed};
use governor::Quota;
use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Duration;

/// Clients tracked before idle (refilled) buckets are swept out.
const SWEEP_AT: usize = 10_000;

/// Clients tracked at most; beyond this the shared overflow bucket applies too.
pub const MAX_CLIENTS: usize = 100_000;

/// The overflow bucket takes this many times one client's rate.
const OVERFLOW_FACTOR: u32 = 20;

/// Least time between two sweeps (a sweep walks the whole table).
const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// A rate: `count` requests per `per`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    /// Requests allowed in a burst and per period.
    pub count: u32,
    /// The period.
    pub per: Duration,
}

impl Rate {
    /// Parses `30/min`, `5/s`, `1000/hour`; `off` means no limit (`None`).
    pub fn parse(text: &str) -> Result<Option<Self>, String> {
        if text.eq_ignore_ascii_case("off") {
            return Ok(None);
        }
        let bad = || format!("rate limit must look like 30/min, 5/s, 1000/hour or off, not {text:?}");
        let (count, unit) = text.split_once('/').ok_or_else(bad)?;
        let count: u32 = count.trim().parse().map_err(|_| bad())?;
        let per = match unit.trim() {
            "s" | "sec" | "second" => Duration::from_secs(1),
            "m" | "min" | "minute" => Duration::from_secs(60),
            "h" | "hour" => Duration::from_secs(3600),
            _ => return Err(bad()),
        };
        if count == 0 {
            return Err(bad());
        }
        Ok(Some(Self { count, per }))
    }

    /// The GCRA quota: bursts of `count`, one more every `per / count`.
    fn quota(self, factor: u32) -> Quota {
        let burst = NonZeroU32::new(self.count.saturating_mul(factor)).unwrap_or(NonZeroU32::MIN);
        let period = (self.per / self.count / factor).max(Duration::from_nanos(1));
        Quota::with_period(period).unwrap_or_else(|| Quota::per_second(NonZeroU32::MAX)).allow_burst(burst)
    }
}

/// The key a client is counted under: an IPv4 address (also when written as
/// IPv4-mapped IPv6), or the /64 of an IPv6 address.
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

type Keyed<C> = governor::RateLimiter<IpAddr, DashMapStateStore<IpAddr>, C, NoOpMiddleware<<C as Clock>::Instant>>;
type Single<C> = governor::RateLimiter<NotKeyed, InMemoryState, C, NoOpMiddleware<<C as Clock>::Instant>>;

struct Limits<C: Clock> {
    per_client: Keyed<C>,
    overflow: Single<C>,
}

/// Buckets keyed by client; `None` rate lets everything through.
pub struct RateLimiter<C: Clock = MonotonicClock> {
    limits: Option<Limits<C>>,
    clock: C,
    last_sweep: Mutex<Option<C::Instant>>,
}

impl RateLimiter<MonotonicClock> {
    /// A limiter on the monotonic clock; `None` lets everything through.
    pub fn new(rate: Option<Rate>) -> Self {
        Self::with_clock(rate, MonotonicClock)
    }
}

impl<C: Clock + Clone> RateLimiter<C> {
    /// A limiter on a given clock (tests use a fake one).
    pub fn with_clock(rate: Option<Rate>, clock: C) -> Self {
        let limits = rate.map(|rate| Limits {
            per_client: governor::RateLimiter::dashmap_with_clock(rate.quota(1), clock.clone()),
            overflow: governor::RateLimiter::direct_with_clock(rate.quota(OVERFLOW_FACTOR), clock.clone()),
        });
        Self { limits, clock, last_sweep: Mutex::new(None) }
    }

    /// Takes one request for the client at `ip`, or says how long until one is allowed.
    pub fn check(&self, ip: IpAddr) -> Result<(), Duration> {
        let Some(limits) = &self.limits else { return Ok(()) };
        if limits.per_client.len() >= SWEEP_AT {
            self.sweep(limits);
        }
        let now = self.clock.now();
        if limits.per_client.len() >= MAX_CLIENTS {
            limits.overflow.check().map_err(|n| n.wait_time_from(now))?;
        }
        limits.per_client.check_key(&client_key(ip)).map_err(|n| n.wait_time_from(now))
    }

    /// Clients currently tracked (for tests and the admin health endpoint).
    pub fn tracked_clients(&self) -> usize {
        self.limits.as_ref().map_or(0, |l| l.per_client.len())
    }

    fn sweep(&self, limits: &Limits<C>) {
        let now = self.clock.now();
        {
            // A poisoned lock only means another request panicked mid-update; the value is still usable.
            let mut last = self.last_sweep.lock().unwrap_or_else(|p| p.into_inner());
            if last.is_some_and(|at| now.duration_since(at) < SWEEP_EVERY.into()) {
                return;
            }
            *last = Some(now);
        }
        limits.per_client.retain_recent();
        limits.per_client.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governor::clock::FakeRelativeClock;

    #[test]
    fn parses_rates() {
        assert_eq!(Rate::parse("30/min").unwrap(), Some(Rate { count: 30, per: Duration::from_secs(60) }));
        assert_eq!(Rate::parse("off").unwrap(), None);
        assert!(Rate::parse("0/min").is_err());
        assert!(Rate::parse("30").is_err());
        assert!(Rate::parse("30/fortnight").is_err());
    }

    #[test]
    fn burst_then_refusal_then_refill() {
        let clock = FakeRelativeClock::default();
        let limiter = RateLimiter::with_clock(Rate::parse("3/min").unwrap(), clock.clone());
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.check(ip).is_ok());
        }
        let wait = limiter.check(ip).unwrap_err();
        assert!(wait > Duration::from_secs(19) && wait <= Duration::from_secs(20), "{wait:?}");
        // Another client is unaffected.
        assert!(limiter.check("192.0.2.2".parse().unwrap()).is_ok());
        clock.advance(Duration::from_secs(20));
        assert!(limiter.check(ip).is_ok());
        assert!(limiter.check(ip).is_err());
    }

    #[test]
    fn ipv6_counts_per_64() {
        let limiter = RateLimiter::with_clock(Rate::parse("1/hour").unwrap(), FakeRelativeClock::default());
        assert!(limiter.check("2001:db8::1".parse().unwrap()).is_ok());
        assert!(limiter.check("2001:db8::2".parse().unwrap()).is_err());
        assert!(limiter.check("2001:db8::ffff:ffff:ffff:ffff".parse().unwrap()).is_err());
        assert!(limiter.check("2001:db8:0:1::1".parse().unwrap()).is_ok());
        // IPv4-mapped IPv6 is the IPv4 client.
        assert!(limiter.check("192.0.2.9".parse().unwrap()).is_ok());
        assert!(limiter.check("::ffff:192.0.2.9".parse().unwrap()).is_err());
    }

    #[test]
    fn idle_clients_are_swept_so_memory_stays_bounded() {
        let clock = FakeRelativeClock::default();
        let limiter = RateLimiter::with_clock(Rate::parse("2/s").unwrap(), clock.clone());
        for i in 0..SWEEP_AT as u32 {
            assert!(limiter.check(IpAddr::V4(i.into())).is_ok());
        }
        assert_eq!(limiter.tracked_clients(), SWEEP_AT);
        // Once their buckets have refilled, the next check sweeps them out.
        clock.advance(Duration::from_secs(5));
        assert!(limiter.check("198.51.100.1".parse().unwrap()).is_ok());
        assert_eq!(limiter.tracked_clients(), 1);
    }
}
