//! Healthchecks: docker's HEALTHCHECK, run by the container's monitor every
//! interval as `skiff healthcheck run`, which executes the test inside the
//! container and records the outcome in the runtime directory.

use crate::error::{Context, Result};
use crate::storage::atomic;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How a container is checked (docker's HealthConfig, durations in ns).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Healthcheck {
    /// ["CMD", argv...] or ["CMD-SHELL", command].
    pub test: Vec<String>,
    #[serde(default)]
    pub interval: u64,
    #[serde(default)]
    pub timeout: u64,
    #[serde(default)]
    pub start_period: u64,
    #[serde(default)]
    pub retries: u32,
}

const SECOND: u64 = 1_000_000_000;

impl Healthcheck {
    /// docker's defaults for what the image or flags leave at zero.
    pub fn with_defaults(mut self) -> Healthcheck {
        if self.interval == 0 {
            self.interval = 30 * SECOND;
        }
        if self.timeout == 0 {
            self.timeout = 30 * SECOND;
        }
        if self.retries == 0 {
            self.retries = 3;
        }
        self
    }

    /// The command line to run in the container; None for ["NONE"].
    pub fn argv(&self) -> Option<Vec<String>> {
        match self.test.first().map(String::as_str) {
            Some("CMD") => Some(self.test[1..].to_vec()),
            Some("CMD-SHELL") => Some(vec!["/bin/sh".into(), "-c".into(), self.test[1..].join(" ")]),
            _ => None,
        }
    }

    pub fn interval(&self) -> Duration {
        Duration::from_nanos(self.interval)
    }
}

/// One check's outcome, as podman keeps the last five.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthLog {
    pub start: String,
    pub end: String,
    pub exit_code: i32,
    pub output: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthState {
    /// starting, healthy or unhealthy.
    pub status: String,
    pub failing_streak: u32,
    pub log: Vec<HealthLog>,
    /// Unix seconds when the container (re)started: the start period counts from here.
    #[serde(default)]
    pub started: i64,
}

impl HealthState {
    pub fn starting(started: i64) -> HealthState {
        HealthState { status: "starting".into(), failing_streak: 0, log: Vec::new(), started }
    }

    /// Take one check's outcome into account, as docker does: a success
    /// makes the container healthy; failures during the start period do not
    /// count; `retries` failures in a row make it unhealthy.
    pub fn record(&mut self, check: &Healthcheck, outcome: HealthLog, now: i64) {
        let in_start_period = (now - self.started) as u64 * SECOND < check.start_period;
        if outcome.exit_code == 0 {
            self.status = "healthy".into();
            self.failing_streak = 0;
        } else if !in_start_period || self.status == "healthy" {
            self.failing_streak += 1;
            if self.failing_streak >= check.retries {
                self.status = "unhealthy".into();
            }
        }
        self.log.push(outcome);
        if self.log.len() > 5 {
            self.log.remove(0);
        }
    }
}

pub fn state_path(runtime_containers: &Path, id: &str) -> PathBuf {
    runtime_containers.join(format!("{id}.health.json"))
}

pub fn load(path: &Path) -> Option<HealthState> {
    atomic::read_json(path).ok()
}

pub fn save(path: &Path, state: &HealthState) -> Result<()> {
    atomic::write_json(path, state).context(|| "record the health status".into())
}

/// Parse docker's duration flags ("30s", "1m30s", "500ms") into ns.
pub fn parse_flag_duration(flag: &str, value: &str) -> Result<u64> {
    crate::time::parse_duration(value)
        .map(|d| d.as_nanos() as u64)
        .ok_or_else(|| crate::err!("invalid {flag} {value:?}: use a duration like 30s or 1m"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(code: i32) -> HealthLog {
        HealthLog { start: String::new(), end: String::new(), exit_code: code, output: String::new() }
    }

    #[test]
    fn turns_unhealthy_after_retries_failures() {
        let check = Healthcheck { test: vec!["CMD-SHELL".into(), "true".into()], retries: 2, ..Default::default() }.with_defaults();
        let mut s = HealthState::starting(0);
        s.record(&check, outcome(0), 100);
        assert_eq!(s.status, "healthy");
        s.record(&check, outcome(1), 101);
        assert_eq!((s.status.as_str(), s.failing_streak), ("healthy", 1));
        s.record(&check, outcome(1), 102);
        assert_eq!(s.status, "unhealthy");
    }

    #[test]
    fn start_period_failures_do_not_count() {
        let check = Healthcheck { test: vec!["CMD".into(), "false".into()], retries: 1, start_period: 60 * SECOND, ..Default::default() };
        let mut s = HealthState::starting(1000);
        s.record(&check, outcome(1), 1010);
        assert_eq!((s.status.as_str(), s.failing_streak), ("starting", 0));
        s.record(&check, outcome(1), 1070);
        assert_eq!(s.status, "unhealthy");
        assert_eq!(check.argv().unwrap(), vec!["false"]);
    }
}
