//! Waymark's reference referral endpoint.
//!
//! A small HTTP server that takes self-referrals from the Waymark app (JSON,
//! FHIR R4 QuestionnaireResponse, or either of them sealed with HPKE), checks
//! them, and stores each one exactly once, durably, before answering 2xx. A
//! second listener, off by default, lets named readers read them back, each
//! read audited. See `docs/receiver.md` for running, configuring and deploying it.

pub mod admin;
pub mod bench;
pub mod ceiling;
pub mod cli;
pub mod client;
pub mod clock;
pub mod cors;
pub mod crypto;
pub mod error;
pub mod export;
pub mod handlers;
pub mod log;
pub mod net;
pub mod proxy;
pub mod ratelimit;
pub mod risk;
pub mod sample;
pub mod server;
pub mod store;
pub mod validate;
