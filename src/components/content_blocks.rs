//! Draws a content pack document: headings, paragraphs, lists and links.
//! Text is always text: nothing from a content file becomes HTML.

use leptos::prelude::*;

use crate::components::later::Later;
use crate::components::phone::IsolatedNumbers;
use crate::core::content::{Block, Document, Inline, Target};
use crate::core::route::{CheckStep, Route};

/// Where a content link goes in the app.
pub fn target_href(target: &Target) -> String {
    match target {
        Target::Topic(id) => Route::LearnTopic(id.clone()).href(),
        Target::Audience(id) => Route::LearnAudience(id.clone()).href(),
        Target::Check(id) => Route::check(id, CheckStep::Intro).href(),
        Target::Refer => Route::Refer.href(),
        Target::Help => Route::HelpNow.href(),
        Target::External(url) => url.clone(),
    }
}

// Every number written in groups ("116 123") is isolated left to right, so
// it reads the same in a right-to-left page (src/core/crisis.rs).
fn inlines(runs: Vec<Inline>) -> impl IntoView {
    runs.into_iter()
        .map(|run| match run {
            Inline::Text(text) => view! { <IsolatedNumbers text=text /> }.into_any(),
            Inline::Strong(text) => view! { <strong><IsolatedNumbers text=text /></strong> }.into_any(),
            Inline::Link { text, target: Target::External(url) } => {
                // Sources open as ordinary links; no referrer says what was being read.
                view! { <a href=url rel="noreferrer">{text}</a> }.into_any()
            }
            Inline::Link { text, target } => {
                view! { <a href=target_href(&target)><IsolatedNumbers text=text /></a> }.into_any()
            }
        })
        .collect_view()
}

fn items(list: Vec<Vec<Inline>>) -> impl IntoView {
    list.into_iter().map(|item| view! { <li>{inlines(item)}</li> }).collect_view()
}

/// Blocks drawn per turn of the app's first drawing: a long topic (the
/// longest run to some 90 blocks) is drawn over several tasks, none long.
const BLOCKS_PER_TURN: usize = 16;

/// A document's blocks. Section ids get a prefix so they never clash with the app's own ids.
#[component]
pub fn ContentBlocks(
    /// The parsed file.
    document: Document,
) -> impl IntoView {
    document
        .blocks
        .chunks(BLOCKS_PER_TURN)
        .map(|chunk| {
            let chunk = chunk.to_vec();
            view! { <Later>{chunk.clone().into_iter().map(block).collect_view()}</Later> }
        })
        .collect_view()
}

fn block(block: Block) -> AnyView {
    match block {
        Block::Heading { level: 2, id, text } => view! { <h2 id=format!("content-{id}")>{text}</h2> }.into_any(),
        Block::Heading { id, text, .. } => {
            view! { <h3 class="exercise__title" id=format!("content-{id}")>{text}</h3> }.into_any()
        }
        Block::Paragraph(runs) => view! { <p>{inlines(runs)}</p> }.into_any(),
        Block::Bullets(list) => view! { <ul class="list list--bullet">{items(list)}</ul> }.into_any(),
        Block::Steps(list) => view! { <ol class="list list--number steps">{items(list)}</ol> }.into_any(),
    }
}
