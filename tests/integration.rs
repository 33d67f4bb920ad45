//! skiff's integration tests, built as one test binary: each file of
//! tests/ is a module here (tests/common is the shared harness; read its
//! top comment). One binary links once, where one per file linked 74
//! times with the release profile's thin LTO.
//!
//! Run one file's tests with its module name as the filter:
//! `cargo test --release --test integration -- network::`.

mod common;

mod api;
mod api_archive;
mod api_attach;
mod api_build;
mod api_clients;
mod api_exec;
mod api_links;
mod api_load;
mod api_testcontainers;
mod attach_flags;
mod build;
mod build_cache;
mod build_check;
mod build_flags;
mod clone;
mod commands;
mod compat;
mod compose;
mod compose_flags;
mod compose_flags2;
mod compose_keys;
mod compose_more;
mod compose_volumes;
mod compose_watch;
mod container_flags;
mod container_flags2;
mod container_misc;
mod containers;
mod cp;
mod disk_full;
mod docs;
mod exec_detach;
mod exec_hardening;
mod exit_codes;
mod fuzz_corpus;
mod generate_systemd;
mod hooks;
mod image_commands;
mod image_flags;
mod images;
mod kube;
mod layering;
mod lifecycle;
mod links;
mod listings;
mod manifest;
mod mount;
mod namespace_flags;
mod net_pod_flags;
mod network;
mod overlay_semantics;
mod pause;
mod pod_flags2;
mod pod_networks;
mod pods;
mod process_flags;
mod registry;
mod run_flags;
mod run_flags2;
mod run_flags3;
mod run_flags4;
mod run_options;
mod scripts;
mod search;
mod security;
mod setup;
mod shared_machines;
mod stats;
mod system_check;
mod templates;
mod torture;
mod transports;
mod trust;
mod tty;
mod userns;
mod userns_maps;
mod volumes;
