//! The HTTP side of the API: Docker's error shape and status codes, query
//! strings, JSON bodies with a size limit, and streamed bodies fed from a
//! channel (pull progress, logs, events).

use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt, Full, Limited};
use hyper::body::{Body, Frame, Incoming};
use hyper::{Response, StatusCode};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::sync::mpsc;

pub type ApiBody = BoxBody<Bytes, Infallible>;
pub type ApiResponse = Response<ApiBody>;

/// The largest JSON body a request may carry: Docker's own requests are a
/// few kilobytes; anything past this is refused rather than buffered.
pub const JSON_BODY_LIMIT: usize = 4 << 20;

/// An answer other than success: Docker's `{"message": ...}` with its status.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

pub type ApiResult<T> = std::result::Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into() }
    }
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
    pub fn conflict(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, message)
    }
    pub fn not_implemented(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_IMPLEMENTED, message)
    }

    pub fn response(&self) -> ApiResponse {
        json_response(self.status, &json!({ "message": self.message }))
    }
}

/// Engine errors the handler did not classify are the engine's (500).
impl From<crate::error::Error> for ApiError {
    fn from(e: crate::error::Error) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.message)
    }
}

pub fn json_response(status: StatusCode, value: &Value) -> ApiResponse {
    let mut body = serde_json::to_vec(value).unwrap_or_default();
    body.push(b'\n');
    Response::builder()
        .status(status)
        .header("Content-Type", "application/json")
        .body(Full::new(Bytes::from(body)).boxed())
        .expect("a static response is valid")
}

pub fn ok_json(value: &Value) -> ApiResponse {
    json_response(StatusCode::OK, value)
}

pub fn empty(status: StatusCode) -> ApiResponse {
    Response::builder().status(status).body(Full::new(Bytes::new()).boxed()).expect("a static response is valid")
}

pub fn bytes_response(content_type: &str, data: Vec<u8>) -> ApiResponse {
    Response::builder()
        .status(StatusCode::OK)
        .header("Content-Type", content_type)
        .body(Full::new(Bytes::from(data)).boxed())
        .expect("a static response is valid")
}

/// A response whose body is what the sender half of the channel sends,
/// ending when it is dropped. A client that goes away drops the body, and
/// the producer sees its sends fail and stops.
pub fn streamed(content_type: &str) -> (mpsc::Sender<Bytes>, ApiResponse) {
    let (sender, receiver) = mpsc::channel(64);
    let response = Response::builder()
        .status(StatusCode::OK)
        .header("Content-Type", content_type)
        .body(ChannelBody(receiver).boxed())
        .expect("a static response is valid");
    (sender, response)
}

struct ChannelBody(mpsc::Receiver<Bytes>);

impl Body for ChannelBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0.poll_recv(cx).map(|chunk| chunk.map(|data| Ok(Frame::data(data))))
    }
}

/// One frame of Docker's multiplexed stream: the stream (0 stdin, 1
/// stdout, 2 stderr), three zero bytes, the length (u32 big-endian), the data.
pub fn stream_frame(stream: u8, data: &[u8]) -> Vec<u8> {
    let mut frame = Vec::with_capacity(8 + data.len());
    frame.push(stream);
    frame.extend_from_slice(&[0, 0, 0]);
    frame.extend_from_slice(&(data.len() as u32).to_be_bytes());
    frame.extend_from_slice(data);
    frame
}

/// A JSON line of a streamed answer (pull progress, events).
pub fn json_line(value: &Value) -> Bytes {
    let mut line = serde_json::to_vec(value).unwrap_or_default();
    line.push(b'\n');
    Bytes::from(line)
}

/// The query string's parameters (the last of repeated ones wins, except
/// where a handler reads them all with [`Query::all`]).
pub struct Query(Vec<(String, String)>);

impl Query {
    pub fn parse(query: Option<&str>) -> Query {
        Query(form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect())
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn all(&self, key: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
    }

    /// Docker's booleans: 1/true/True, 0/false/False; absent is `default`.
    pub fn flag(&self, key: &str, default: bool) -> ApiResult<bool> {
        match self.get(key) {
            None | Some("") => Ok(default),
            Some("1" | "true" | "True" | "TRUE") => Ok(true),
            Some("0" | "false" | "False" | "FALSE") => Ok(false),
            Some(other) => Err(ApiError::bad_request(format!("invalid boolean value {other:?} for query parameter {key}"))),
        }
    }

    pub fn number(&self, key: &str) -> ApiResult<Option<i64>> {
        match self.get(key) {
            None | Some("") => Ok(None),
            Some(text) => text
                .parse()
                .map(Some)
                .map_err(|_| ApiError::bad_request(format!("invalid value {text:?} for query parameter {key}: not a number"))),
        }
    }

    /// Docker's `filters` parameter: JSON `{"key": ["value", ...]}` (or
    /// the older `{"key": {"value": true}}`).
    pub fn filters(&self) -> ApiResult<HashMap<String, Vec<String>>> {
        let Some(text) = self.get("filters").filter(|t| !t.is_empty()) else { return Ok(HashMap::new()) };
        let parsed: Value = serde_json::from_str(text).map_err(|e| ApiError::bad_request(format!("invalid filters {text:?}: {e}")))?;
        let object = parsed.as_object().ok_or_else(|| ApiError::bad_request(format!("invalid filters {text:?}: not a JSON object")))?;
        let mut filters = HashMap::new();
        for (key, values) in object {
            let values: Vec<String> = match values {
                Value::Array(items) => items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
                Value::Object(map) => map.iter().filter(|(_, on)| on.as_bool() == Some(true)).map(|(k, _)| k.clone()).collect(),
                _ => return Err(ApiError::bad_request(format!("invalid filters {text:?}: {key} takes a list of strings"))),
            };
            filters.insert(key.clone(), values);
        }
        Ok(filters)
    }
}

/// The whole body, at most `limit` bytes (413 past it).
pub async fn read_body(body: Incoming, limit: usize) -> ApiResult<Bytes> {
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => {
            Err(ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, format!("request body is larger than {} MiB", limit >> 20)))
        }
        Err(e) => Err(ApiError::bad_request(format!("reading the request body: {e}"))),
    }
}

/// A JSON body as `T`: malformed JSON or a field of the wrong type is a 400
/// naming what was wrong; an empty body is `T`'s default.
pub async fn read_json<T: serde::de::DeserializeOwned + Default>(body: Incoming) -> ApiResult<T> {
    super::bodies::json(&read_body(body, JSON_BODY_LIMIT).await?)
}

/// The body's first JSON value, read only as far as it goes: dockerode
/// (testcontainers-node) sends an exec start's options and then keeps the
/// body open, as a process's input, without taking the connection over.
pub async fn read_json_prefix<T: serde::de::DeserializeOwned + Default>(body: &mut Incoming) -> ApiResult<T> {
    let mut data = Vec::new();
    loop {
        if !data.iter().all(u8::is_ascii_whitespace) {
            let mut values = serde_json::Deserializer::from_slice(&data).into_iter::<Value>();
            match values.next() {
                Some(Ok(_)) => return super::bodies::json(&data[..values.byte_offset()]),
                Some(Err(e)) if e.is_eof() => {}
                _ => return super::bodies::json(&data),
            }
        }
        if data.len() > JSON_BODY_LIMIT {
            return Err(ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, format!("request body is larger than {} MiB", JSON_BODY_LIMIT >> 20)));
        }
        match body.frame().await {
            None => return super::bodies::json(&data),
            Some(Err(e)) => return Err(ApiError::bad_request(format!("reading the request body: {e}"))),
            Some(Ok(frame)) => data.extend_from_slice(frame.data_ref().map(|d| d.as_ref()).unwrap_or_default()),
        }
    }
}

/// Stream the body into `file` (archives: load, build contexts, copies).
pub async fn body_to_file(mut body: Incoming, file: &mut std::fs::File) -> ApiResult<u64> {
    use std::io::Write;
    let mut total = 0u64;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| ApiError::bad_request(format!("reading the request body: {e}")))?;
        if let Ok(data) = frame.into_data() {
            file.write_all(&data).map_err(|e| ApiError::from(crate::err!("spool the request body: {e}")))?;
            total += data.len() as u64;
        }
    }
    Ok(total)
}
