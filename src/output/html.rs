//! A self-contained, printable HTML page: tables and SVG bar charts, no script and no
//! external resource — the document a director brings to the dialogue de gestion.

use super::sheet::{Block, Cell, Document, Sheet};

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn table(s: &Sheet) -> String {
    let mut out = format!(
        "<table>\n<caption>{}</caption>\n<thead><tr>",
        escape(&s.title)
    );
    for h in &s.headers {
        out.push_str(&format!("<th>{}</th>", escape(h)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &s.rows {
        out.push_str("<tr>");
        for c in row {
            out.push_str(&format!(
                "<td{}>{}</td>",
                if c.is_numeric() { " class=\"n\"" } else { "" },
                escape(&c.display())
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// A horizontal bar chart in SVG, labels on the left, values at the end of the bars.
pub fn bars(title: &str, data: &[(String, f64)]) -> String {
    let longest = data
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(10);
    let label_width = (longest as f64 * 7.2 + 12.0).max(120.0);
    let bar_width = 360.0;
    let row = 28.0;
    let height = row * data.len().max(1) as f64 + 16.0;
    let max = data.iter().map(|(_, v)| *v).fold(0.0, f64::max).max(1.0);
    let mut svg = format!(
        "<figure>\n<figcaption>{}</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n",
        escape(title),
        label_width + bar_width + 60.0,
        escape(title)
    );
    for (i, (label, value)) in data.iter().enumerate() {
        let y = 8.0 + row * i as f64;
        let w = bar_width * value / max;
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n<rect x=\"{label_width}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"#2f6f8f\"/>\n<text x=\"{}\" y=\"{}\">{}</text>\n",
            label_width - 8.0,
            y + 17.0,
            escape(label),
            y + 3.0,
            row - 8.0,
            label_width + w + 6.0,
            y + 17.0,
            Cell::Num(*value).display()
        ));
    }
    svg.push_str("</svg>\n</figure>\n");
    svg
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:60rem;color:#1d2a33;line-height:1.4}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #c8d3da}\
table{border-collapse:collapse;margin:1rem 0;min-width:50%}caption{text-align:left;font-weight:600;padding:.3rem 0}\
table{font-size:.92rem}th,td{border:1px solid #c8d3da;padding:.25rem .6rem;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}\
th{background:#eef3f6}figure{margin:1rem 0}figcaption{font-weight:600}svg text{font-size:13px;fill:#1d2a33}\
p.note{color:#51626d;font-size:.9rem}@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}}";

/// The whole page of a report made as a page: its tables (those without names), notes
/// and charts.
pub fn page(doc: &Document) -> Option<String> {
    let title = doc.page.as_ref()?;
    let mut body = String::new();
    for b in &doc.blocks {
        match b {
            Block::Note(p) => body.push_str(&format!("<p class=\"note\">{}</p>\n", escape(p))),
            Block::Table(s) if s.in_page => body.push_str(&table(s)),
            Block::Table(_) => {}
            Block::Bars(t, data) => body.push_str(&bars(t, data)),
        }
    }
    Some(format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{t}</h1>\n{body}</body>\n</html>\n",
        lang = crate::t!("report-page-lang"),
        t = escape(title)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_self_contained_and_escaped() {
        let mut named = Sheet::with_labels("Détail", "Détail", [("name", "nom")]);
        named.row(vec![Cell::text("MARTIN Sofia")]);
        let mut doc = Document::new();
        doc.bars("Sorties", vec![("Emploi durable".into(), 3.0)])
            .table(named.off_page());
        assert!(page(&doc).is_none(), "not a page report");
        doc.page = Some("Bilan <2025>".into());
        let html = page(&doc).unwrap();
        assert!(!html.contains("MARTIN"), "no names on the page");
        assert!(html.contains("<title>Bilan &lt;2025&gt;</title>"));
        assert!(html.contains("<svg"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("<link"));
        assert!(!html.contains("src="));
    }
}
