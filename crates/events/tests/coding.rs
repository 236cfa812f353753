//! The event stage on sentences written for these tests. Documents are
//! built by hand (tokens, one sentence per line, actor mentions) so each
//! test exercises the coder alone.

use dossier_core::{DateValue, Document, Entity, EntityKind, Mention, Modality, Quantity, Span, Stage, TimeExpr, Token, TokenKind};
use dossier_events::EventStage;

struct Actor(&'static str, &'static str, EntityKind);

fn country(name: &'static str, code: &'static str) -> Actor {
    Actor(name, code, EntityKind::Country)
}
fn person(name: &'static str, code: &'static str) -> Actor {
    Actor(name, code, EntityKind::Person)
}

/// A document of `text` (one sentence per line) where each actor's surface
/// form is a mention of an entity with that code ("" for none).
fn doc(text: &str, actors: &[Actor]) -> Document {
    let mut d = Document::new("t", "t", text);
    d.text = text.to_string();
    d.language = Some("en".into());
    let mut at = 0;
    for line in text.split('\n') {
        d.annotations.sentences.push(Span::new(at, at + line.len()));
        at += line.len() + 1;
    }
    d.annotations.tokens = tokens(text);
    for Actor(surface, code, kind) in actors {
        let entity = d.annotations.entities.iter().position(|e| e.code.as_deref() == Some(code)).unwrap_or_else(|| {
            d.annotations.entities.push(Entity {
                id: format!("{code}:{surface}").into(),
                name: (*surface).into(),
                kind: *kind,
                code: (!code.is_empty()).then(|| (*code).into()),
                wikidata: None,
                country: None,
            });
            d.annotations.entities.len() - 1
        });
        for (start, _) in text.match_indices(surface) {
            let end = start + surface.len();
            let bounded = !text[end..].starts_with(char::is_alphanumeric) && !text[..start].ends_with(char::is_alphanumeric);
            if bounded {
                d.annotations.mentions.push(Mention { span: Span::new(start, end), entity, adjectival: false });
            }
        }
    }
    d.annotations.mentions.sort_by_key(|m| m.span.start);
    d.annotations.mentions.dedup_by(|b, a| b.span.start < a.span.end);
    d
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, n)) = chars.peek() {
                // A comma joins digits only ("1,000"); hyphens and periods join any word characters.
                let joins = matches!(n, '-' | '.') || (n == ',' && c.is_ascii_digit());
                let inner = joins && text[j + 1..].starts_with(char::is_alphanumeric);
                if n.is_alphanumeric() || inner {
                    end = j + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let kind = if c.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
            out.push(Token { span: Span::new(i, end), kind });
        } else if matches!(c, '\'' | '’') && text[i + c.len_utf8()..].starts_with('s') {
            out.push(Token { span: Span::new(i, i + c.len_utf8() + 1), kind: TokenKind::Word });
            chars.next();
        } else {
            out.push(Token { span: Span::new(i, i + c.len_utf8()), kind: TokenKind::Punct });
        }
    }
    out
}

/// (source, target, code, modality) of every event.
fn code(d: &mut Document) -> Vec<(String, String, String, Modality)> {
    EventStage::default().process(d);
    d.annotations
        .events
        .iter()
        .map(|e| {
            let s = e.source.as_ref().map_or("-".into(), |a| a.code.clone());
            let t = e.target.as_ref().map_or("-".into(), |a| a.code.clone());
            (s, t, e.code.clone(), e.modality)
        })
        .collect()
}

fn triples(d: &mut Document) -> Vec<(String, String, String)> {
    code(d).into_iter().map(|(s, t, c, _)| (s, t, c)).collect()
}

fn t(s: &str, t: &str, c: &str) -> (String, String, String) {
    (s.into(), t.into(), c.into())
}

fn finland_sweden() -> Vec<Actor> {
    vec![country("Finland", "FIN"), country("Sweden", "SWE"), country("Norway", "NOR"), country("Estonia", "EST")]
}

#[test]
fn subject_acts_on_object() {
    let mut d = doc("Finland delivered tanks to Sweden last week.", &finland_sweden());
    assert_eq!(triples(&mut d), [t("FIN", "SWE", "062")]);
}

#[test]
fn an_aside_between_verb_and_object_counts_as_one_step() {
    let aside = "Finland delivered several older armoured vehicles, including most of its retired coastal patrol boats, to Sweden.";
    assert_eq!(triples(&mut doc(aside, &finland_sweden())), [t("FIN", "SWE", "062")]);
    let long_gap = "Finland delivered several older armoured vehicles and most of its retired coastal patrol boats and spare parts to Sweden.";
    assert_eq!(triples(&mut doc(long_gap, &finland_sweden())), [], "only an aside is stepped over, not any long gap");
}

#[test]
fn receiving_from_flips_direction() {
    let mut d = doc("Sweden received ammunition from Finland.", &finland_sweden());
    assert_eq!(triples(&mut d), [t("FIN", "SWE", "062")]);
}

#[test]
fn passive_takes_the_agent_as_source() {
    let mut d = doc("The Swedish envoy Anna Berg was welcomed by Finland on arrival.", &[person("Anna Berg", "SWEGOV"), country("Finland", "FIN")]);
    assert_eq!(triples(&mut d), [t("FIN", "SWEGOV", "043")]);
}

#[test]
fn what_is_transferred_decides_the_code() {
    let mut d = doc("Norway shipped wheat and fertilizer to Estonia.\nNorway shipped drones to Finland.", &finland_sweden());
    assert_eq!(triples(&mut d), [t("NOR", "EST", "073"), t("NOR", "FIN", "062")]);
}

#[test]
fn gifts_are_gifts_whatever_they_are() {
    let mut d = doc("President Berg presented Prime Minister Lund with a hunting rifle.", &[person("President Berg", "SWEGOV"), person("Prime Minister Lund", "FINGOV")]);
    assert_eq!(triples(&mut d), [t("SWEGOV", "FINGOV", "070")]);
}

#[test]
fn compound_subjects_give_one_event_each() {
    let mut d = doc("Finland and Sweden imposed sanctions on Norway.", &finland_sweden());
    assert_eq!(triples(&mut d), [t("FIN", "NOR", "163"), t("SWE", "NOR", "163")]);
}

#[test]
fn symmetric_events_are_coded_once() {
    let mut d = doc("Finland held talks with Sweden on Monday.\nSweden held talks with Finland again.", &finland_sweden());
    assert_eq!(triples(&mut d), [t("FIN", "SWE", "040")]);
}

#[test]
fn nominal_events_read_possessives_and_hyphenated_pairs() {
    let mut d = doc("Finland's visit to Estonia drew attention.\nThe Sweden-Norway summit ended early.", &finland_sweden());
    assert_eq!(triples(&mut d), [t("FIN", "EST", "042"), t("SWE", "NOR", "040")]);
}

#[test]
fn appositives_and_relative_clauses_do_not_steal_the_subject() {
    let actors = [person("Anna Berg", "SWEGOV"), person("Lars Lund", "FINGOV"), country("Norway", "NOR")];
    let mut d = doc("Anna Berg, who met with Lars Lund in Oslo, plans to visit Norway next month.", &actors);
    assert_eq!(triples(&mut d), [t("SWEGOV", "FINGOV", "044"), t("SWEGOV", "NOR", "042")]);
    let mut d = doc("Norway, struggling with a poor harvest, is seeking food aid from Sweden.", &finland_sweden());
    assert_eq!(triples(&mut d), [t("NOR", "SWE", "023")]);
}

#[test]
fn actors_inside_prepositional_phrases_are_not_subjects() {
    let mut d = doc("Officials from Finland visited Sweden.", &finland_sweden());
    assert_eq!(triples(&mut d), []);
}

#[test]
fn modality_comes_from_cues() {
    let cases = [
        ("Finland reportedly sent shells to Sweden.", Modality::Reported),
        ("Finland may have sent shells to Sweden.", Modality::Speculated),
        ("Finland will visit Sweden on the 3rd.", Modality::Planned),
        ("Finland did not visit Sweden.", Modality::Negated),
        ("According to Norway, Finland sent shells to Sweden.", Modality::Reported),
    ];
    for (text, want) in cases {
        let mut d = doc(text, &finland_sweden());
        let got = code(&mut d);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].3, want, "{text}");
    }
}

#[test]
fn attribution_names_who_reported_it() {
    let mut d = doc("Norway announced that Finland fired two missiles into the sea.", &finland_sweden());
    EventStage::default().process(&mut d);
    let e = &d.annotations.events[0];
    assert_eq!((e.code.as_str(), e.target.is_none()), ("150", true));
    let norway = d.annotations.entities.iter().position(|e| &*e.name == "Norway");
    assert_eq!(e.attributed_to, norway);
    assert_eq!(e.modality, Modality::Reported);
}

#[test]
fn hypotheticals_and_self_directed_acts_are_not_events() {
    let mut d = doc("If Finland sends shells to Sweden, the war could widen.", &finland_sweden());
    assert_eq!(triples(&mut d), []);
    let mut d = doc("Finnish troops visited Finland.", &[Actor("Finnish", "FIN", EntityKind::Country), country("Finland", "FIN")]);
    assert_eq!(triples(&mut d), []);
}

#[test]
fn non_political_actors_do_not_act() {
    let mut d = doc("Professor Jane Roe visited Sweden.", &[person("Professor Jane Roe", ""), country("Sweden", "SWE")]);
    assert_eq!(triples(&mut d), []);
}

#[test]
fn events_take_their_clause_date_and_quantity() {
    let text = "Finland sent over 300 drones to Sweden on the 5th.";
    let mut d = doc(text, &finland_sweden());
    let day = jiff::civil::date(2024, 5, 5);
    let date_at = text.find("on the 5th").unwrap();
    d.annotations.dates.push(TimeExpr { span: Span::new(date_at, date_at + 10), value: DateValue::Day(day), future: false });
    let q = text.find("over 300").unwrap();
    d.annotations.quantities.push(Quantity { span: Span::new(q, q + 15), value: 300.0, unit: "drones".into() });
    EventStage::default().process(&mut d);
    let e = &d.annotations.events[0];
    assert_eq!(e.date, Some(DateValue::Day(day)));
    assert_eq!(e.quantity, Some(0));
    assert_eq!(e.code, "062");
    assert_eq!((e.quad, e.goldstein), (2, 7.4));
}

#[test]
fn dictionary_files_add_patterns() {
    let dir = std::env::temp_dir().join(format!("dossier-events-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("extra.tsv");
    std::fs::write(&path, "code\tpattern\tflags\n111\tS rebuke+ T\t\n").unwrap();
    let stage = EventStage::with_dicts(std::slice::from_ref(&path)).unwrap();
    let mut d = doc("Finland rebuked Sweden sharply.", &finland_sweden());
    stage.process(&mut d);
    assert_eq!(d.annotations.events[0].code, "111");
    std::fs::write(&path, "code\tpattern\tflags\n111\trebuke+ T\t\n").unwrap();
    let err = EventStage::with_dicts(&[path]).err().expect("a pattern without S is refused");
    assert!(err.to_string().contains("extra.tsv: line 2"), "{err}");
}

#[test]
fn a_clause_opened_by_since_keeps_its_subject() {
    let mut d = doc("Since Norway refused talks with Sweden, it has looked elsewhere.", &finland_sweden());
    assert_eq!(triples(&mut d), [t("NOR", "SWE", "125")]);
}

#[test]
fn a_prepositional_object_is_still_not_a_subject() {
    // "Finland" sits in a phrase opened by "after"; the verb's subject is
    // out of reach, so no event is better than a wrong source.
    let mut d = doc("After the talks in Finland ended, officials supplied ammunition to Sweden.", &finland_sweden());
    assert!(triples(&mut d).is_empty());
}

#[test]
fn a_transfer_gap_holds_a_long_quantity_phrase() {
    let mut d = doc("Norway may have provided over a million rounds of artillery shells to Estonia.", &finland_sweden());
    assert_eq!(code(&mut d), [("NOR".into(), "EST".into(), "062".into(), Modality::Speculated)]);
}

#[test]
fn a_title_before_a_person_stays_inside_the_target_slot() {
    let mut d = doc("Berg handed Prime Minister Lund a hunting rifle.", &[person("Berg", "SWEGOV"), person("Lund", "FINGOV")]);
    assert_eq!(triples(&mut d), [t("SWEGOV", "FINGOV", "070")]);
}

#[test]
fn a_later_mention_dates_and_counts_an_event_first_reported_without() {
    let text = "Finland sent drones to Sweden.\nFinland sent the drones to Sweden on the 5th.";
    let mut d = doc(text, &finland_sweden());
    let day = jiff::civil::date(2024, 5, 5);
    let date_at = text.find("on the 5th").unwrap();
    d.annotations.dates.push(TimeExpr { span: Span::new(date_at, date_at + 10), value: DateValue::Day(day), future: false });
    let q = text.find("the drones").unwrap();
    d.annotations.quantities.push(Quantity { span: Span::new(q, q + 10), value: 12.0, unit: "drones".into() });
    EventStage::default().process(&mut d);
    assert_eq!(d.annotations.events.len(), 1, "one event, reported twice");
    assert_eq!(d.annotations.events[0].quantity, Some(0));
    let e = &d.annotations.events[0];
    assert_eq!(e.date, Some(DateValue::Day(day)));
    assert_eq!(e.sentence, d.annotations.sentences[0], "the first report stays the event's sentence");
}

#[test]
fn a_closing_report_clause_names_who_reported_it() {
    for text in ["Finland delivered drones to Sweden, the Norwegian ministry said.", "Finland delivered drones to Sweden, said a Norwegian official."] {
        let mut d = doc(text, &[country("Finland", "FIN"), country("Sweden", "SWE"), Actor("Norwegian", "NOR", EntityKind::Country)]);
        EventStage::default().process(&mut d);
        let e = &d.annotations.events[0];
        let norway = d.annotations.entities.iter().position(|e| e.code.as_deref() == Some("NOR"));
        assert_eq!(e.attributed_to, norway, "{text}");
        assert_eq!(e.modality, Modality::Reported, "{text}");
    }
    // A comma that opens another clause is not a report.
    let mut d = doc("Finland delivered drones to Sweden, and Norway watched.", &finland_sweden());
    EventStage::default().process(&mut d);
    assert_eq!(d.annotations.events[0].attributed_to, None);
}
