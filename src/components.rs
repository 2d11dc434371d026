//! Reusable view components, one per file.

pub mod admin_error;
pub mod check_state;
pub mod content_blocks;
pub mod crisis_routes;
pub mod form_fields;
pub mod language_switcher;
pub mod later;
pub mod layout;
pub mod learn_document;
pub mod page_tools;
pub mod phone;
pub mod quick_exit;
pub mod shared_device;
pub mod shared_device_setting;
pub mod tell_the_service;
pub mod translation_status;
pub mod waiting_plan;
