//! `iae export ID|NAME`: everything the structure holds on one person, for a person who
//! asks for their file (droit d'accès, RGPD article 15): a printable HTML page, or JSON
//! with `--format json` or `--output F.json`. Keys the format does not know and comments
//! are part of what is held: the page ends with the file as it is stored.
use clap::Args;

use super::Ctx;
use crate::error::{Status, UserError};
use crate::output::Format;
use crate::output::html::escape;
use crate::store::{Store, atomic};
use anyhow::Result;
use serde_json::{Map, Value, json};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The id of the case file, or a name
    pub who: String,
    /// Write to this file: .html (printable page) or .json
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let store = ctx.open()?;
    let id = super::resolve_who(&store, &args.who)?;
    let text = store.read_text(&id)?;
    let rel = Store::rel_path(&id);
    let data = document_data(&text);
    let json_wanted = match &args.output {
        Some(path) => match path.extension().and_then(|e| e.to_str()) {
            Some("json") => true,
            Some("html" | "htm") => false,
            _ => {
                return Err(UserError::new(crate::t!(
                    "export-output-ext",
                    file = path.display().to_string()
                ))
                .status(Status::Usage)
                .into());
            }
        },
        None => ctx.format == Format::Json,
    };
    let bytes = if json_wanted {
        let doc = json!({
            "structure": store.structure.name,
            "exported_on": ctx.today.to_string(),
            "id": id.as_str(),
            "file": rel,
            "data": data,
            "source": text,
        });
        format!("{}\n", serde_json::to_string_pretty(&doc)?)
    } else {
        html(&store.structure.name, id.as_str(), ctx.today, &data, &text)
    };
    match &args.output {
        Some(path) => {
            atomic::write_with(path, bytes.as_bytes(), store.access())?;
            eprintln!(
                "{}",
                crate::t!("export-wrote", file = path.display().to_string())
            );
        }
        None => print!("{bytes}"),
    }
    Ok(())
}

/// The file's content as JSON, dates as text; `null` when the file does not parse (its
/// text is exported all the same).
fn document_data(text: &str) -> Value {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match text.parse::<toml::Table>() {
        Ok(table) => to_json(&toml::Value::Table(table)),
        Err(_) => Value::Null,
    }
}

fn to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => json!(i),
        toml::Value::Float(f) => json!(f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect())
        }
    }
}

fn label(key: &str) -> String {
    let id = format!("export-field-{key}");
    if crate::i18n::has(crate::i18n::lang(), &id) {
        crate::t!(&id)
    } else {
        key.to_string()
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(true) => crate::t!("export-yes"),
        Value::Bool(false) => crate::t!("export-no"),
        Value::Array(a) => a.iter().map(scalar).collect::<Vec<_>>().join(", "),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn is_tables(v: &Value) -> bool {
    matches!(v, Value::Array(a) if !a.is_empty() && a.iter().all(Value::is_object))
}

/// One table of key → value; nested tables and lists of tables follow it, titled.
fn object(out: &mut String, map: &Map<String, Value>, level: usize) {
    let rows: Vec<_> = map
        .iter()
        .filter(|(_, v)| !v.is_object() && !is_tables(v))
        .collect();
    if !rows.is_empty() {
        out.push_str("<table>\n");
        for (k, v) in rows {
            out.push_str(&format!(
                "<tr><th>{}</th><td>{}</td></tr>\n",
                escape(&label(k)),
                escape(&scalar(v)).replace('\n', "<br>")
            ));
        }
        out.push_str("</table>\n");
    }
    for (k, v) in map.iter().filter(|(_, v)| v.is_object() || is_tables(v)) {
        section(out, k, v, level);
    }
}

fn section(out: &mut String, key: &str, v: &Value, level: usize) {
    let h = level.min(6);
    out.push_str(&format!("<h{h}>{}</h{h}>\n", escape(&label(key))));
    match v {
        Value::Object(map) => object(out, map, level + 1),
        Value::Array(items) => {
            for (n, item) in items.iter().enumerate() {
                if let Value::Object(map) = item {
                    let h = (level + 1).min(6);
                    out.push_str(&format!(
                        "<h{h} class=\"item\">{}</h{h}>\n",
                        escape(&crate::t!("export-item", n = n + 1))
                    ));
                    object(out, map, level + 2);
                }
            }
        }
        other => out.push_str(&format!("<p>{}</p>\n", escape(&scalar(other)))),
    }
}

/// The printable page: who holds the data, then every part of the file, then the file.
fn html(structure: &str, id: &str, today: chrono::NaiveDate, data: &Value, text: &str) -> String {
    let name = match data.pointer("/person") {
        Some(p) => format!(
            "{} {}",
            p.get("first_name").map(scalar).unwrap_or_default(),
            p.get("last_name").map(scalar).unwrap_or_default()
        ),
        None => id.to_string(),
    };
    let title = crate::t!("export-title", name = name.trim());
    let lang = match crate::i18n::lang() {
        crate::reference::Lang::Fr => "fr",
        crate::reference::Lang::En => "en",
    };
    let mut body = String::new();
    body.push_str(&format!("<h1>{}</h1>\n", escape(&title)));
    body.push_str(&format!(
        "<p>{}</p>\n",
        escape(&crate::t!(
            "export-intro",
            structure = structure,
            id = id,
            date = crate::i18n::day(today)
        ))
    ));
    if let Value::Object(map) = data {
        object(&mut body, map, 2);
    }
    body.push_str(&format!(
        "<h2>{}</h2>\n<pre>{}</pre>\n",
        escape(&crate::t!("export-source")),
        escape(text)
    ));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\nbody{{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.4}}\ntable{{border-collapse:collapse;margin:.5em 0 1em;width:100%}}\nth,td{{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}}\nth{{width:35%;background:#f2f2f2}}\nh3.item,h4.item,h5.item{{font-size:1em;margin-bottom:0}}\npre{{white-space:pre-wrap;border:1px solid #999;padding:.5em;font-size:.85em}}\n@media print{{h2{{break-after:avoid}}table{{break-inside:avoid}}}}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(&title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_of_the_file_is_on_the_page() {
        let text = "schema = 1\nid = \"7K3M9Q\"\n# a comment\n[person]\nlast_name = \"Martin\"\nfirst_name = \"Sofia\"\nnickname = \"<Sof>\"\n[[interviews]]\ndate = 2025-03-10\nnotes = \"first\\nsecond\"\n";
        let data = document_data(text);
        assert_eq!(data["interviews"][0]["date"], "2025-03-10");
        let page = html(
            "Les Jardins",
            "7K3M9Q",
            "2026-01-05".parse().unwrap(),
            &data,
            text,
        );
        assert!(page.contains("Sofia Martin"));
        assert!(
            page.contains("&lt;Sof&gt;"),
            "unknown keys are shown, escaped"
        );
        assert!(page.contains("first<br>second"));
        assert!(
            page.contains("# a comment"),
            "the stored file closes the page"
        );
    }

    #[test]
    fn a_broken_file_is_still_exported_as_text() {
        assert_eq!(document_data("not = = toml"), Value::Null);
    }
}
