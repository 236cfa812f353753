//! JSON Lines: one article per line, an object with `text` (plain text)
//! or `html` (a page or fragment), and optionally `title`, `published`
//! (an ISO date or date-time), `url` or `source`, and `id`. A line that
//! cannot be read is its own error, naming the line; the others go on.

use rayon::prelude::*;
use serde_json::{Map, Value};

use crate::html::{self, Scope};
use crate::{content_id, Error, Failure, Input};

/// Reads every line of `bytes`, from `source`, in parallel (lines of
/// HTML cost as much as pages), keeping the order of the lines.
pub(crate) fn read(source: &str, bytes: &[u8]) -> Vec<Result<Input, Failure>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let lines: Vec<(usize, &[u8])> =
        bytes.split(|&b| b == b'\n').enumerate().filter(|(_, line)| !line.trim_ascii().is_empty()).collect();
    lines.into_par_iter().map(|(i, line)| read_line(source, i + 1, line)).collect()
}

fn read_line(source: &str, number: usize, line: &[u8]) -> Result<Input, Failure> {
    let fail = |reason: String| Failure {
        id: content_id(line),
        source: format!("{source}:{number}"),
        error: Error::JsonLine { line: number, reason },
    };
    let object = match serde_json::from_slice::<Value>(line) {
        Ok(Value::Object(object)) => object,
        Ok(_) => return Err(fail("not a JSON object; write one object per line".into())),
        Err(e) => return Err(fail(format!("not valid JSON ({e})"))),
    };
    let input = article(source, number, line, &object).map_err(fail)?;
    if input.text.trim().is_empty() {
        return Err(fail("the article has no text".into()));
    }
    Ok(input)
}

fn article(source: &str, number: usize, line: &[u8], object: &Map<String, Value>) -> Result<Input, String> {
    let field = |name: &str| -> Result<Option<&str>, String> {
        match object.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(format!("`{name}` must be a string")),
        }
    };
    let mut published = match field("published")? {
        Some(date) => Some(crate::date::parse_date(date).ok_or_else(|| format!("`published` is not an ISO date: {date:?}"))?),
        None => None,
    };
    let mut title = field("title")?.map(str::to_string);
    let text = match (field("text")?, field("html")?) {
        (Some(text), _) => text.to_string(),
        (None, Some(markup)) => {
            let page = html::extract(markup, Scope::Page);
            title = title.or(page.title);
            published = published.or(page.published);
            page.text
        }
        (None, None) => return Err("no `text` or `html` field".into()),
    };
    let source = field("url")?.or(field("source")?).map_or_else(|| format!("{source}:{number}"), str::to_string);
    let id = match object.get("id") {
        Some(Value::String(id)) if !id.is_empty() => id.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => content_id(line),
    };
    Ok(Input { id, source, title, published, text })
}
