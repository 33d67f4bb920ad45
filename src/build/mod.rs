//! Building images from a Containerfile/Dockerfile, rootless.
//!
//! - [`dockerfile`]: parsing into stages, and ARG/ENV expansion.
//! - [`context`]: the build context and its ignore file.
//! - [`executor`]: runs the stages: RUN in a container of the runtime with
//!   the stage's layers as overlay lower directories, COPY straight into a
//!   layer tar, metadata instructions as config changes.
//! - [`diff`]: writing layer tars (a RUN's upper directory, COPY's files).
//! - [`check`]: `build --check`, BuildKit's Dockerfile checks.
//! - [`cache`]: reusing the result of unchanged steps.
//! - [`remote`]: caches outside the store, `--cache-from` and `--cache-to`.
//! - [`mounts`]: what `RUN --mount` mounts.
//! - [`progress`]: what a build tells its caller (typed events).
//! - [`preprocess`]: `.in` Containerfiles through cpp.
//! - [`export`]: `--output`, the built image's files as a directory or tar.

pub mod cache;
pub mod check;
pub mod context;
mod copy;
pub mod diff;
pub mod dockerfile;
pub mod executor;
pub mod export;
pub mod mounts;
pub mod preprocess;
pub mod progress;
pub mod remote;
