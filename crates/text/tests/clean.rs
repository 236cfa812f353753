//! The cleaner on whole pages written for these tests: each page mixes an
//! article with the furniture a news site leaves around it.
//!
//! Pages are written with a one-character mark before every line:
//! - `+` article text that must come out as a paragraph of its own;
//! - `&` article text that must be joined to the paragraph before it (a
//!   hard-wrapped line);
//! - `-` furniture that must not come out, whole or in part;
//! - `~` a line whose useful start must come out, written `raw => kept`;
//! - `.` a blank line in the page.
//!
//! The cleaned text must be exactly the `+`, `&` and `~` lines, in order.

use dossier_text::Cleaner;

/// One page: the raw text and what the cleaner must make of it.
struct Page {
    raw: String,
    want: Vec<String>,
    furniture: Vec<String>,
}

fn page(marked: &str) -> Page {
    let mut page = Page { raw: String::new(), want: Vec::new(), furniture: Vec::new() };
    for line in marked.lines().map(str::trim_start).filter(|l| !l.is_empty()) {
        let (mark, text) = line.split_at(1);
        let text = text.strip_prefix(' ').unwrap_or(text);
        let raw = match mark {
            "+" => {
                page.want.push(text.to_string());
                text
            }
            "&" => {
                let last = page.want.last_mut().expect("a `&` line follows a kept line");
                last.push(' ');
                last.push_str(text);
                text
            }
            "-" => {
                page.furniture.push(text.to_string());
                text
            }
            "~" => {
                let (raw, kept) = text.split_once(" => ").expect("a `~` line is `raw => kept`");
                page.want.push(kept.to_string());
                raw
            }
            "." => "",
            other => panic!("unknown mark {other:?} in {line:?}"),
        };
        page.raw.push_str(raw);
        page.raw.push('\n');
    }
    page
}

fn check(marked: &str) {
    let page = page(marked);
    let cleaned = Cleaner::default().clean(&page.raw);
    let got: Vec<&str> = cleaned.split("\n\n").filter(|p| !p.is_empty()).collect();
    for junk in &page.furniture {
        assert!(!cleaned.contains(junk.as_str()), "furniture kept: {junk:?}\n--- cleaned:\n{cleaned}");
    }
    assert_eq!(got, page.want, "\n--- cleaned:\n{cleaned}");
}

#[test]
fn a_news_page_keeps_headline_subheadings_and_every_sentence() {
    check(
        "- Skip to content
         - Menu
         - World
         - Business
         - Science
         - Sport
         - Search
         - Text size
         + River Barges Resume Trade After Two-Week Blockade
         + Dock workers and the port authority agree on a provisional deal
         - Share on Facebook
         - Share via email
         - Copy link
         + Barges loaded with grain moved along the lower river on Wednesday for the first time in two weeks, after dock workers and the port authority agreed to end a blockade that had stranded more than 300 vessels.
         + The agreement, announced late on Tuesday by the regional labour ministry, raises wages by 4.5 percent and promises a review of night shifts within 90 days.
         + What the deal changes
         + Under the terms, crews will be paid for the hours they spend waiting at the locks, a demand the union has made for years.
         - Advertisement
         + \"We never wanted to stop the river. We wanted to be heard,\" said a spokeswoman for the dock workers. \"Now the work starts again.\"
         + The port authority said it expected traffic to return to normal by the end of the month.
         - Tags: shipping, labour, ports
         - Previous article
         - Next article
         - 24 Comments
         - Most Read
         - Flood warnings issued for coastal towns
         - City council approves new tram line
         - Storm damage closes mountain pass after heavy snowfall overnight
         - © 2023 Lowland Daily Courier. All rights reserved.
         - Contact us: newsroom@courier.example
         - Tel. +1 555 0100 2200",
    );
}

#[test]
fn share_subscribe_and_counter_lines_around_a_blog_post_are_dropped() {
    check(
        "- Home | News | Politics | Economy | Culture | About
         - Sign in
         - Subscribe now
         .
         + Parliament Passes Water Reform After Late-Night Session
         .
         - 1.2K shares
         - Listen to this article
         .
         + Lawmakers approved a reform of the national water authority shortly after midnight on Thursday, ending months of argument over who should pay for new reservoirs.
         .
         + The bill passed by 212 votes to 187. Opposition members said it would raise bills for farmers; the government said prices would stay flat until 2026.
         .
         + Farmers divided
         .
         + Some growers' groups welcomed the plan, which sets aside funds for irrigation in the dry south. Others warned that smaller farms would be squeezed out.
         .
         - Follow us on Instagram
         - Sign up for our morning briefing
         - Share this story
         - 37 comments
         - Leave a comment
         - Privacy policy | Terms of use | Cookie policy",
    );
}

#[test]
fn a_related_block_ends_the_article_and_takes_everything_after_it() {
    check(
        "+ Ceasefire Talks to Resume in Lakeside Capital
         + Envoys from both sides will meet on Monday, the third round of talks this year, mediators said on Saturday.
         + The last round broke down in April over the exchange of prisoners and the line where troops would pull back.
         + Mediators said both delegations had agreed to an agenda and to a first meeting without preconditions.
         - Related Stories
         - Prisoner exchange stalls as talks falter
         - Aid convoys reach border towns
         - Envoy says the window for a deal is closing fast but hopes remain.
         - Opinion: why this round could be different from the ones before it, and what both sides need to give up.
         - Sign up for our newsletter to get the day's headlines first",
    );
}

#[test]
fn a_widget_inside_the_article_goes_but_the_article_goes_on() {
    check(
        "+ Heatwave Grips the Coastal Plain
         + Temperatures reached 41 degrees on Sunday in the port city, the highest reading since records began in 1881.
         - Read also
         - Power grid strained as demand peaks
         - Schools close early for summer break
         + Hospitals reported a sharp rise in admissions for heatstroke, mostly among elderly residents living alone.
         + The city opened 40 cooling centres in libraries and sports halls and extended the opening hours of public pools.
         + Forecasters expect the heat to ease by the middle of next week, when a band of storms is due to move in from the sea.",
    );
}

#[test]
fn previous_next_links_and_tag_lines_go() {
    check(
        "+ Rail Strike Called Off After Pay Offer
         + Train drivers called off a strike planned for Friday after the operator raised its pay offer to 6 percent over two years.
         + The union said members would vote on the offer next week and that services would run as normal in the meantime.
         - Tags: rail, strikes, transport, unions
         - « Previous: Airport expansion approved
         - Next story: Bus fares to rise in January
         - PREV Ferry operator cuts winter routes
         - NEXT Bridge repairs delayed again",
    );
}

#[test]
fn photo_credit_tails_are_cut_and_captions_kept() {
    check(
        "+ Volcano Eruption Forces Evacuation of Island Villages
         ~ Ash rises over the island on Monday morning. [Photo by Field Correspondent] => Ash rises over the island on Monday morning.
         ~ Residents board a ferry to the mainland (Image source: Coast Guard) => Residents board a ferry to the mainland
         + About 2,000 people left their homes overnight as the volcano sent ash more than 5 km into the sky, civil protection officials said.
         + No injuries have been reported, and scientists said lava flows were moving away from the main villages.",
    );
}

#[test]
fn lines_in_another_script_leave_an_english_page() {
    check(
        "- Главная страница новостей
         - 最新ニュース一覧を見る
         - اشترك في النشرة الإخبارية
         + Election Turnout Hits Record High
         + More than 78 percent of registered voters cast a ballot on Sunday, the electoral commission said, the highest share since the vote was first held in 1990.
         + Counting continued overnight in the mountain districts, where ballot boxes arrive by helicopter.
         - 관련 기사 더 보기",
    );
}

#[test]
fn a_hard_wrapped_article_is_joined_back_into_paragraphs() {
    check(
        "- Skip to main content
         + Bridge Reopens After Two Years of Repairs
         .
         + The old stone bridge over the river reopened to traffic on Friday,
         & two years after cracks were found in its main arch, the city
         & engineering office said in a statement.
         .
         + Repairs cost about 14 million euros, more than twice the first
         & estimate, because divers found damage below the waterline.
         .
         - All rights reserved. Reproduction without permission is prohibited.",
    );
}

#[test]
fn an_article_with_no_furniture_comes_out_unchanged() {
    check(
        "+ Fishing Quotas Cut for Third Year
         + Regulators cut the cod quota by 12 percent on Tuesday, citing falling stocks in the northern grounds.
         + Fishing crews said the decision would cost jobs in harbour towns that depend on the catch.",
    );
}

#[test]
fn empty_and_furniture_only_pages_give_empty_text() {
    let cleaner = Cleaner::default();
    assert_eq!(cleaner.clean(""), "");
    assert_eq!(cleaner.clean("\n\n \t \n"), "");
    assert_eq!(cleaner.clean("Skip to content\nMenu\nSearch\nShare\n© 2024 Example\n"), "");
}
