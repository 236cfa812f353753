//! HTML reading benchmark: main-text extraction throughput over generated
//! news pages (head metadata and scripts, menus, sidebar, article with
//! figure and inline ad, share and related blocks, comments, footer).
//!
//! ```text
//! cargo run --release -p dossier-bench --bin html_bench -- [--mb 60]
//! ```
//!
//! Reports MB of HTML read per second on one core (one thread), then with
//! every core (rayon) divided by the number of cores. On a shared machine
//! wall time counts the other processes' turns too, so each figure is also
//! given per second of CPU time this process used (from `/proc/self/stat`,
//! Linux only).

use std::fmt::Write;
use std::time::Instant;

use fastrand::Rng;
use rayon::prelude::*;

/// Pieces the article sentences are built from.
const SUBJECTS: [&str; 8] = [
    "The foreign ministry", "A government spokesman", "The opposition leader", "Officials in the capital",
    "The central bank", "Negotiators from both sides", "The defence minister", "Regional authorities",
];
const VERBS: [&str; 8] = [
    "said on Tuesday that", "warned late on Monday that", "told reporters after the meeting that",
    "announced in a statement that", "confirmed on Friday that", "denied reports that",
    "insisted during a press conference that", "acknowledged in an interview that",
];
const CLAUSES: [&str; 8] = [
    "talks over the disputed border would resume next month",
    "the new trade agreement would cut tariffs on farm goods by a third",
    "about 1,200 troops had been moved closer to the frontier",
    "aid deliveries to the flooded provinces had been delayed by heavy rain",
    "the sanctions, which took effect in March, were already hurting exports",
    "no decision had been taken on the purchase of new fighter jets",
    "the ambassador had been summoned to explain the remarks",
    "elections would be held as planned despite the unrest",
];

const MENU: [&str; 8] = ["World", "Politics", "Business", "Technology", "Science", "Sport", "Culture", "Opinion"];

fn megabytes_option() -> usize {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => 60,
        [flag, value] if flag == "--mb" => value.parse().unwrap_or_else(|_| usage()),
        _ => usage(),
    }
}

fn usage() -> ! {
    eprintln!("usage: html_bench [--mb MEGABYTES]");
    std::process::exit(2);
}

/// Inline script of the size news pages carry (trackers, ad loaders).
fn script(rng: &mut Rng, out: &mut String) {
    out.push_str("<script>window.__config = {");
    for i in 0..rng.usize(80..240) {
        let _ = write!(out, "\"k{i}_{}\": [{}, \"{:x}\"], ", rng.u32(..), rng.u16(..), rng.u64(..));
    }
    out.push_str("};\nfunction load(a){for(var i=0;i<a.length;i++){if(a[i]<0){return null}}return a}</script>\n");
}

fn head(rng: &mut Rng, title: &str, out: &mut String) {
    let (month, day) = (rng.u8(1..13), rng.u8(1..29));
    let _ = write!(out, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | The Example Times</title>\
        <meta property=\"og:title\" content=\"{title}\"><meta property=\"article:published_time\" content=\"2024-{month:02}-{day:02}T08:00:00Z\">\
        <link rel=\"stylesheet\" href=\"/static/site.css\"><style>.ad-slot{{min-height:250px}} .share a{{padding:4px}}</style>");
    let _ = write!(out, "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{title}\",\"datePublished\":\"2024-{month:02}-{day:02}\"}}</script>");
    script(rng, out);
    out.push_str("</head>\n");
}

fn menu(out: &mut String) {
    out.push_str("<header class=\"site-header\"><a class=\"logo\" href=\"/\">The Example Times</a><nav class=\"main-nav\"><ul>");
    for item in MENU {
        let _ = write!(out, "<li><a href=\"/{}\">{item}</a></li>", item.to_lowercase());
    }
    out.push_str("</ul></nav></header>\n<div id=\"cookie-banner\" class=\"cookie-consent\"><p>We use cookies to personalise content and ads.</p><button>Accept</button></div>\n");
}

fn article(rng: &mut Rng, title: &str, lines: &[&str], out: &mut String) {
    let _ = write!(out, "<main><div class=\"layout\"><article class=\"story\"><header class=\"article-header\"><h1>{title}</h1><div class=\"byline\">By Staff Writer</div></header>\
        <figure><img src=\"/img/{}.jpg\" alt=\"\"><figcaption>A view of the scene. <span class=\"credit\">Photo: Agency</span></figcaption></figure><div class=\"article-body\">", rng.u32(..));
    for (i, line) in lines.iter().enumerate() {
        if i == 3 {
            out.push_str("<div class=\"ad-slot\"><p>Advertisement</p></div>");
        }
        if i > 0 && i % 6 == 0 {
            let _ = write!(out, "<h2>{}</h2>", MENU[i % MENU.len()]);
        }
        let _ = writeln!(out, "<p>{}</p>", escape(line));
    }
    out.push_str("</div><div class=\"share\"><a href=\"#\">Share on social</a><a href=\"#\">Email</a></div>\
        <section class=\"related-articles\"><h3>Related</h3><ul>");
    for (i, topic) in MENU.iter().take(6).enumerate() {
        let _ = write!(out, "<li><a href=\"/story/{}\">Related story number {i} about {topic}</a></li>", rng.u32(..));
    }
    out.push_str("</ul></section></article>\n");
}

fn comments_sidebar_footer(rng: &mut Rng, out: &mut String) {
    out.push_str("<section id=\"comments\" class=\"comments\"><h2>Comments</h2>");
    for _ in 0..rng.usize(2..8) {
        out.push_str("<div class=\"comment\"><p>Interesting read, but I think the real story is elsewhere and nobody is asking the right questions.</p></div>");
    }
    out.push_str("</section></div><aside class=\"sidebar\"><h3>Most read</h3><ol>");
    for item in MENU {
        let _ = write!(out, "<li><a href=\"/top/{}\">Top story in {item} today</a></li>", rng.u32(..));
    }
    out.push_str("</ol></aside></main><footer class=\"site-footer\"><p>Copyright The Example Times. All rights reserved.</p></footer>");
    script(rng, out);
    out.push_str("</body></html>\n");
}

/// CPU seconds (user and system) this process has used, when the
/// system says.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after_name = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// "x MB/s of CPU time" when the CPU time is known.
fn per_cpu_second(mb: f64, cpu_before: Option<f64>) -> String {
    match (cpu_before, cpu_seconds()) {
        (Some(before), Some(after)) if after > before => format!(", {:.1} MB per CPU second", mb / (after - before)),
        _ => String::new(),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn sentence(rng: &mut Rng) -> String {
    format!("{} {} {}.", SUBJECTS[rng.usize(..8)], VERBS[rng.usize(..8)], CLAUSES[rng.usize(..8)])
}

/// Paragraphs of two to five generated sentences.
fn paragraphs(rng: &mut Rng) -> Vec<String> {
    (0..rng.usize(8..30)).map(|_| (0..rng.usize(2..6)).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ")).collect()
}

/// One generated news page.
fn html_page(rng: &mut Rng) -> String {
    let title = format!("{} {}", SUBJECTS[rng.usize(..8)], CLAUSES[rng.usize(..8)]);
    let texts = paragraphs(rng);
    let lines: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut out = String::with_capacity(64 * 1024);
    head(rng, &escape(&title), &mut out);
    out.push_str("<body class=\"article-page\">");
    menu(&mut out);
    article(rng, &escape(&title), &lines, &mut out);
    comments_sidebar_footer(rng, &mut out);
    out
}

fn main() {
    let megabytes = megabytes_option();
    let mut rng = Rng::with_seed(11);
    let mut pages = Vec::new();
    let mut total = 0usize;
    while total < megabytes * 1_000_000 {
        let page = html_page(&mut rng);
        total += page.len();
        pages.push(page);
    }
    let mb = total as f64 / 1e6;
    println!("corpus: {} pages, {mb:.1} MB of HTML, {:.1} KB a page", pages.len(), total as f64 / 1e3 / pages.len() as f64);

    let (start, cpu) = (Instant::now(), cpu_seconds());
    let mut chars = 0usize;
    for (i, page) in pages.iter().enumerate() {
        for input in dossier_read::read_bytes(&format!("page{i}.html"), page.as_bytes()).into_iter().flatten() {
            chars += input.text.len();
        }
    }
    let one = start.elapsed().as_secs_f64();
    println!("one core:  {:.1} MB/s ({one:.2} s, {:.1} MB of text out{})", mb / one, chars as f64 / 1e6, per_cpu_second(mb, cpu));

    let cores = rayon::current_num_threads();
    let (start, cpu) = (Instant::now(), cpu_seconds());
    let out: usize = pages
        .par_iter()
        .enumerate()
        .map(|(i, page)| dossier_read::read_bytes(&format!("page{i}.html"), page.as_bytes()).into_iter().flatten().map(|input| input.text.len()).sum::<usize>())
        .sum();
    let all = start.elapsed().as_secs_f64();
    println!("{cores} cores: {:.1} MB/s in all, {:.1} MB/s per core ({all:.2} s, {:.1} MB out{})", mb / all, mb / all / cores as f64, out as f64 / 1e6, per_cpu_second(mb, cpu));
}
