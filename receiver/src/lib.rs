//! Waymark's reference referral endpoint.
//!
//! A small HTTP server that takes self-referrals from the Waymark app (JSON v1,
//! FHIR R4 QuestionnaireResponse, or either of them sealed with HPKE), checks
//! them, and stores each one exactly once, durably, before answering 2xx.
//! See `docs/receiver.md` for running, configuring and deploying it.

pub mod bench;
pub mod cli;
pub mod client;
pub mod clock;
pub mod cors;
pub mod crypto;
pub mod error;
pub mod export;
pub mod handlers;
pub mod log;
pub mod ratelimit;
pub mod sample;
pub mod server;
pub mod store;
pub mod validate;
