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
    /// Time between checks during the start period (docker's
    /// `--health-start-interval`); 0: `interval`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_interval: u64,
}

fn is_zero(value: &u64) -> bool {
    *value == 0
}

/// What the monitor does when a check finds the container unhealthy
/// (podman's `--health-on-failure`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OnFailure {
    #[default]
    None,
    /// SIGKILL; the container stays exited, as after `skiff kill`.
    Kill,
    /// Stop it as `skiff stop` does and start it again, in place.
    Restart,
    /// Stop it as `skiff stop` does.
    Stop,
}

impl OnFailure {
    pub fn parse(value: &str) -> Result<OnFailure> {
        match value {
            "" | "none" => Ok(OnFailure::None),
            "kill" => Ok(OnFailure::Kill),
            "restart" => Ok(OnFailure::Restart),
            "stop" => Ok(OnFailure::Stop),
            _ => Err(crate::err!("invalid on-failure action {value:?} for health check: supported actions are none,kill,restart,stop")),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            OnFailure::None => "none",
            OnFailure::Kill => "kill",
            OnFailure::Restart => "restart",
            OnFailure::Stop => "stop",
        }
    }
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

    /// The wait before the next check, `since_start` after the container
    /// started: the start interval while the start period lasts and the
    /// container has not yet been healthy, as docker.
    pub fn next_interval(&self, since_start: Duration, status: &str) -> Duration {
        let starting = status == "starting" && since_start < Duration::from_nanos(self.start_period);
        if starting && self.start_interval > 0 {
            Duration::from_nanos(self.start_interval)
        } else {
            self.interval()
        }
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

    #[test]
    fn start_interval_applies_only_while_starting() {
        let check = Healthcheck { interval: 30 * SECOND, start_period: 10 * SECOND, start_interval: SECOND, ..Default::default() };
        assert_eq!(check.next_interval(Duration::from_secs(2), "starting"), Duration::from_secs(1));
        assert_eq!(check.next_interval(Duration::from_secs(2), "healthy"), Duration::from_secs(30));
        assert_eq!(check.next_interval(Duration::from_secs(11), "starting"), Duration::from_secs(30));
        assert_eq!(OnFailure::parse("restart").unwrap(), OnFailure::Restart);
        assert!(OnFailure::parse("reboot").unwrap_err().message.contains("none,kill,restart,stop"));
    }

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
