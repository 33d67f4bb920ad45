//! STUB: storage drivers.
