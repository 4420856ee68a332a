pub mod search;
pub mod worker_notice;
