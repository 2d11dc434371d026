//! Exactly-once storage under concurrent retries.

mod common;

use common::{both_backends, Backend, TestServer};
use std::collections::HashMap;
use waymark_receiver::sample;

const CLIENTS: usize = 20;
const ATTEMPTS: usize = 5;

both_backends!(
    twenty_clients_retrying_five_times_store_exactly_twenty,
    same_key_with_different_bodies_races_to_one_winner_and_409s
);

async fn twenty_clients_retrying_five_times_store_exactly_twenty(backend: Backend) {
    let t = TestServer::start_on(backend, "once", |_, _| {}).await;
    let ids: Vec<String> = (0..CLIENTS).map(|_| sample::new_referral_id()).collect();
    // Every attempt of every client is in flight at once, so retries of one id race each other.
    let mut tasks = Vec::new();
    for id in &ids {
        for _ in 0..ATTEMPTS {
            let (client, base, id) = (t.client.clone(), t.base.clone(), id.clone());
            tasks.push(tokio::spawn(async move {
                let reply = client.post_referral(&base, "application/json", &id, sample::json_v1(&id)).await;
                (id, reply.expect("server answers").status)
            }));
        }
    }
    let mut statuses: HashMap<String, Vec<u16>> = HashMap::new();
    for task in tasks {
        let (id, status) = task.await.unwrap();
        statuses.entry(id).or_default().push(status);
    }
    for (id, s) in &statuses {
        assert_eq!(s.iter().filter(|&&c| c == 201).count(), 1, "{id}: exactly one 201, got {s:?}");
        assert_eq!(s.iter().filter(|&&c| c == 200).count(), ATTEMPTS - 1, "{id}: the rest 200, got {s:?}");
    }
    assert_eq!(t.row_count(), CLIENTS as u64);
    // A late retry after everything settled is still a 200 with the same body shape.
    let late = t.post_json(&ids[0], sample::json_v1(&ids[0])).await;
    assert_eq!(late.status, 200);
    assert_eq!(late.json(), serde_json::json!({ "referral_id": ids[0], "status": "stored" }));
    assert_eq!(t.row_count(), CLIENTS as u64);
    t.stop().await;
}

async fn same_key_with_different_bodies_races_to_one_winner_and_409s(backend: Backend) {
    let t = TestServer::start_on(backend, "race409", |_, _| {}).await;
    let id = sample::new_referral_id();
    let fhir = sample::fhir(&id);
    let json = sample::json_v1(&id);
    let mut tasks = Vec::new();
    for i in 0..10 {
        let (client, base, id) = (t.client.clone(), t.base.clone(), id.clone());
        let (ct, body) =
            if i % 2 == 0 { ("application/json", json.clone()) } else { ("application/fhir+json", fhir.clone()) };
        tasks.push(tokio::spawn(async move { (ct, client.post_referral(&base, ct, &id, body).await.unwrap()) }));
    }
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.unwrap());
    }
    let winners: Vec<_> = results.iter().filter(|(_, r)| r.status == 201).collect();
    assert_eq!(winners.len(), 1, "one winner");
    let winner_ct = winners[0].0;
    for (ct, reply) in &results {
        match reply.status {
            201 => {}
            200 => assert_eq!(*ct, winner_ct, "a 200 must be a retry of the stored body"),
            409 => {
                assert_ne!(*ct, winner_ct, "a 409 must be the other body");
                common::assert_refused(reply, 409, "idempotency_conflict");
            }
            other => panic!("unexpected status {other}"),
        }
    }
    assert_eq!(t.row_count(), 1);
    t.stop().await;
}
