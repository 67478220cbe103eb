//! Integration tests: one binary, a module per concern.

mod api;
mod dates;
mod duckling;
mod events;
mod hostile;
mod properties;
mod timeline;
