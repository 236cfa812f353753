//! From candidates to entities: one entity per real-world actor in a
//! document, short forms ("Putin", "Chairman Kim") joined to the full name
//! the document uses, codes chosen for the publication date.

use std::sync::Arc;

use dossier_core::{Entity, EntityKind, Mention, Span, Token, TokenKind, WordFilter};
use jiff::civil::Date;
use rustc_hash::FxHashMap;

use crate::gazetteer::Gazetteer;
use crate::lexicon::Role;
use crate::matcher::{Form, Matcher, Target};
use crate::names;
use crate::shapes::{Candidate, Title, What};

/// Shortest surname that names a gazetteer person on its own, without a
/// full name or title in the document ("Putin"; not "Kim" or "Lee").
const MIN_BARE_SURNAME: usize = 5;

/// What makes two mentions the same entity: the gazetteer record they
/// name, else (for unknown names) the slug id, in a map of its own so that
/// a known record's key is copied, not allocated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Country(usize),
    Person(usize),
    Org(usize),
    Location(usize),
}

/// What one document's entities are being built from.
pub(crate) struct Resolver<'a> {
    pub gazetteer: &'a Gazetteer,
    pub matcher: &'a Matcher,
    pub shared: &'a Shared,
    pub published: Option<Date>,
    pub text: &'a str,
}

/// The strings of the gazetteer's records as their entities carry them,
/// made once for the stage: every entity of a record shares its record's
/// strings instead of copying them.
#[derive(Debug)]
pub(crate) struct Shared {
    countries: Vec<Strings>,
    people: Vec<Strings>,
    orgs: Vec<Strings>,
    locations: Vec<Strings>,
}

/// An entity's strings. A person's code depends on the document and is
/// not among them.
#[derive(Debug)]
struct Strings {
    id: Arc<str>,
    name: Arc<str>,
    code: Option<Arc<str>>,
    wikidata: Option<Arc<str>>,
}

impl Strings {
    /// The strings of a record: its Wikidata id (shared as the entity's
    /// id), else `id`.
    fn of(wikidata: &Option<String>, id: impl FnOnce() -> String, name: &str, code: Option<&str>) -> Strings {
        let wikidata: Option<Arc<str>> = wikidata.as_deref().map(Arc::from);
        Strings {
            id: wikidata.clone().unwrap_or_else(|| id().into()),
            name: name.into(),
            code: code.map(Arc::from),
            wikidata,
        }
    }

    fn entity(&self, kind: EntityKind, code: Option<Arc<str>>) -> Entity {
        Entity { id: self.id.clone(), name: self.name.clone(), kind, code, wikidata: self.wikidata.clone(), country: None }
    }
}

impl Shared {
    pub fn of(g: &Gazetteer) -> Shared {
        let slug = |kind, name: &str| names::slug(slug_prefix(kind), name);
        Shared {
            countries: g
                .countries
                .iter()
                .map(|c| Strings::of(&c.wikidata, || format!("country:{}", c.code), &c.name, Some(&c.code)))
                .collect(),
            people: g.people.iter().map(|p| Strings::of(&p.wikidata, || slug(EntityKind::Person, &p.name), &p.name, None)).collect(),
            orgs: g
                .orgs
                .iter()
                .map(|o| Strings::of(&o.wikidata, || slug(EntityKind::Organization, &o.name), &o.name, o.code.as_deref()))
                .collect(),
            locations: g
                .locations
                .iter()
                .map(|l| Strings::of(&l.wikidata, || slug(EntityKind::Location, &l.name), &l.name, None))
                .collect(),
        }
    }
}

/// The entities of a document's gazetteer records, a slot for each record
/// of the gazetteer: a key is found by its index, where hashing it cost
/// more than the rest of a known name's resolution. Kept from document to
/// document (a document empties the slots it set), as clearing every slot
/// would cost more than a document's few keys.
#[derive(Default)]
#[cfg_attr(test, derive(Clone))]
pub(crate) struct Keys {
    /// Entity + 1 by slot; 0 for none.
    slots: Vec<u32>,
    /// The slots set, to be emptied.
    set: Vec<usize>,
    /// Where each kind's records' slots start: countries, people, orgs,
    /// locations.
    bases: [usize; 4],
}

impl Keys {
    /// The table, empty, with a slot for every record of `g`.
    fn for_gazetteer(mut self, g: &Gazetteer) -> Keys {
        let counts = [g.countries.len(), g.people.len(), g.orgs.len(), g.locations.len()];
        let mut base = 0;
        for (kind, count) in counts.into_iter().enumerate() {
            self.bases[kind] = base;
            base += count;
        }
        if self.slots.len() < base {
            self.slots.resize(base, 0);
        }
        self
    }

    fn slot(&self, key: Key) -> usize {
        match key {
            Key::Country(i) => self.bases[0] + i,
            Key::Person(i) => self.bases[1] + i,
            Key::Org(i) => self.bases[2] + i,
            Key::Location(i) => self.bases[3] + i,
        }
    }

    fn get(&self, key: Key) -> Option<usize> {
        self.slots.get(self.slot(key)).and_then(|&e| (e as usize).checked_sub(1))
    }

    fn contains_key(&self, key: Key) -> bool {
        self.get(key).is_some()
    }

    fn insert(&mut self, key: Key, entity: usize) {
        let slot = self.slot(key);
        if slot >= self.slots.len() {
            self.slots.resize(slot + 1, 0);
        }
        self.slots[slot] = u32::try_from(entity + 1).unwrap_or(u32::MAX);
        self.set.push(slot);
    }

    /// The table with the slots set emptied, for the next document.
    fn emptied(mut self) -> Keys {
        for slot in self.set.drain(..) {
            self.slots[slot] = 0;
        }
        self
    }
}

/// Entities under construction, with the gazetteer country of each.
#[cfg_attr(test, derive(Clone))]
struct Built {
    entities: Vec<Entity>,
    states: Vec<Option<usize>>,
    keys: Keys,
    /// Entities of unknown names, by slug id.
    named: FxHashMap<Arc<str>, usize>,
    /// The slug of the last unknown name, its buffer kept for the next.
    slug: String,
    mentions: Vec<Mention>,
    /// Where each entity is first mentioned.
    first_at: Vec<usize>,
}

impl Resolver<'_> {
    /// Entities and mentions (in text order) of `candidates`, with bare
    /// surnames found among `tokens` of `sentences`: among the tokens
    /// `capitalised` lists (in order, every token starting with a capital).
    /// `slug` is room for unknown names' slugs, kept from one document to
    /// the next (grown afresh in each, it cost more than the slugs).
    pub fn resolve(
        &self,
        candidates: &[Candidate],
        sentences: &[Span],
        tokens: &[Token],
        capitalised: &[usize],
        slug: &mut String,
        keys: &mut Keys,
    ) -> (Vec<Entity>, Vec<Mention>) {
        let mut built = Built::with_capacity(candidates.len());
        built.slug = std::mem::take(slug);
        built.keys = std::mem::take(keys).for_gazetteer(self.gazetteer);
        let mut short: Vec<&Candidate> = Vec::new();
        for c in candidates {
            match &c.what {
                What::Known { target, title } => self.known(&mut built, c.span, *target, title.as_ref()),
                What::Person { .. } if !c.span.of(self.text).contains(' ') => short.push(c),
                What::Person { title, role, country, body } => {
                    let code = self.person_code(title.as_ref(), *role, *country, *body);
                    let name = c.span.of(self.text);
                    self.named(&mut built, c.span, EntityKind::Person, name, code, *country);
                }
                What::Org { name, code, country } => {
                    let code = code.as_ref().and_then(|role| Some(format!("{}{role}", self.iso(*country)?)));
                    let name = name.strip_prefix("the ").unwrap_or(name);
                    self.state_named_in(&mut built, c.span, *country);
                    self.named(&mut built, c.span, EntityKind::Organization, name, code, *country);
                }
                What::Place { name, country } => {
                    self.named(&mut built, c.span, EntityKind::Location, name, None, *country);
                }
            }
        }
        let people = self.people_named_in_full(&built);
        let surnames = surnames(&people);
        for c in short {
            self.short_form(&mut built, &surnames, c);
        }
        self.bare_surnames(&mut built, &surnames, sentences, tokens, capitalised);
        *slug = std::mem::take(&mut built.slug);
        built.link_states();
        *keys = std::mem::take(&mut built.keys).emptied();
        finish(built)
    }

    fn iso(&self, country: Option<usize>) -> Option<&str> {
        country.and_then(|c| self.gazetteer.countries.get(c)).map(|c| c.code.as_str())
    }

    fn known(&self, built: &mut Built, span: Span, target: Target, title: Option<&Title>) {
        let (key, adjectival) = match target {
            Target::Country(i, form) => (Key::Country(i), form == Form::Demonym),
            Target::Person(i) => (Key::Person(i), false),
            Target::Org(i) => (Key::Org(i), false),
            Target::Location(i) => (Key::Location(i), false),
        };
        let entity = match built.keys.get(key) {
            Some(e) => e,
            None => {
                let (entity, state) = self.entity_of(target, title);
                if matches!(target, Target::Org(_)) {
                    self.state_named_in(built, span, state);
                }
                built.add(key, entity, state)
            }
        };
        built.mention(span, entity, adjectival);
    }

    /// "Japan Ministry of Defense" names Japan: the state gets an entity
    /// (without a mention of its own, as mentions do not nest) so the
    /// organisation can link to it.
    fn state_named_in(&self, built: &mut Built, span: Span, state: Option<usize>) {
        let Some(s) = state else { return };
        if built.keys.contains_key(Key::Country(s)) {
            return;
        }
        let text = span.of(self.text);
        let c = &self.gazetteer.countries[s];
        let named = std::iter::once(&c.name).chain(&c.aliases).chain(&c.demonyms).any(|n| {
            text.match_indices(n.as_str()).any(|(at, _)| names::whole_words(text, Span::new(at, at + n.len())))
        });
        if named {
            let (entity, _) = self.entity_of(Target::Country(s, Form::Name), None);
            built.add(Key::Country(s), entity, None);
        }
    }

    /// A new entity for a gazetteer record, with its gazetteer country.
    fn entity_of(&self, target: Target, title: Option<&Title>) -> (Entity, Option<usize>) {
        let (g, shared) = (self.gazetteer, self.shared);
        match target {
            Target::Country(i, _) => {
                let c = &shared.countries[i];
                (c.entity(EntityKind::Country, c.code.clone()), None)
            }
            Target::Person(i) => {
                let p = &g.people[i];
                let code = match title {
                    Some(t) if t.former => None,
                    Some(t) if t.then => p.code_for_title(t.span.of(self.text)).or_else(|| p.code_on(None)),
                    _ => p.code_on(self.published),
                };
                let state = p.country().and_then(|c| g.country(c));
                (shared.people[i].entity(EntityKind::Person, code.map(Arc::from)), state)
            }
            Target::Org(i) => {
                let state = g.orgs[i].country.as_deref().and_then(|c| g.country(c));
                let o = &shared.orgs[i];
                (o.entity(EntityKind::Organization, o.code.clone()), state)
            }
            Target::Location(i) => {
                let state = g.locations[i].country.as_deref().and_then(|c| g.country(c));
                (shared.locations[i].entity(EntityKind::Location, None), state)
            }
        }
    }

    /// The code of an unknown person: none for former officials and
    /// civilians; the employer's state, else the title's state, plus the
    /// role.
    fn person_code(
        &self,
        title: Option<&Title>,
        role: Option<Role>,
        country: Option<usize>,
        body: Option<usize>,
    ) -> Option<String> {
        if title.is_some_and(|t| t.former) {
            return None;
        }
        let role = role?.code()?;
        if let Some(body) = body {
            let code = self.gazetteer.orgs.get(body)?.code.as_deref()?;
            if code.starts_with("IGO") || code.starts_with("NGO") {
                return Some(code.to_string());
            }
            return Some(format!("{}{role}", code.get(..3)?));
        }
        Some(format!("{}{role}", self.iso(country)?))
    }

    /// An entity known by its name only, created on first sight.
    fn named(
        &self,
        built: &mut Built,
        span: Span,
        kind: EntityKind,
        name: &str,
        code: Option<String>,
        state: Option<usize>,
    ) {
        names::slug_into(slug_prefix(kind), name, &mut built.slug);
        let entity = match built.named.get(built.slug.as_str()) {
            Some(&e) => e,
            None => {
                let id: Arc<str> = Arc::from(built.slug.as_str());
                let code = code.map(Arc::from);
                let e = built.push(Entity { id: id.clone(), name: name.into(), kind, code, wikidata: None, country: None }, state);
                built.named.insert(id, e);
                e
            }
        };
        built.mention(span, entity, false);
    }

    /// The people of this document named in full (their names shared,
    /// not copied), with whether their state writes the family name first:
    /// what [`surnames`] files them under is borrowed from these.
    fn people_named_in_full(&self, built: &Built) -> Vec<(Arc<str>, bool, usize)> {
        let people = built.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person && e.name.contains(' '));
        people.map(|(i, e)| (e.name.clone(), self.gazetteer.family_name_first(built.states[i]), i)).collect()
    }

    /// "Chairman Kim", "President Putin": the person of this document with
    /// that surname, else the gazetteer's, else a new person.
    fn short_form(&self, built: &mut Built, surnames: &Surnames<'_>, c: &Candidate) {
        let word = c.span.of(self.text);
        if let Some(entity) = nearest(built, surnames.get(word), c.span.start) {
            built.mention(c.span, entity, false);
            return;
        }
        let What::Person { title, role, country, body } = &c.what else { return };
        if let Some(person) = self.gazetteer_person(word, true) {
            self.known(built, c.span, Target::Person(person), title.as_ref());
            return;
        }
        let code = self.person_code(title.as_ref(), *role, *country, *body);
        self.named(built, c.span, EntityKind::Person, word, code, *country);
    }

    /// The gazetteer person a surname alone names: the only bearer, or
    /// (after a title) the one in office on the publication date.
    fn gazetteer_person(&self, surname: &str, titled: bool) -> Option<usize> {
        match self.matcher.people_named(surname) {
            [] => None,
            [one] => Some(*one),
            many if titled => {
                let people = &self.gazetteer.people;
                many.iter().copied().find(|&p| people[p].code_on(self.published).is_some()).or(many.first().copied())
            }
            _ => None,
        }
    }

    /// Capitalised words equal to the surname of a person named in full in
    /// this document, or to a distinctive gazetteer surname standing where
    /// a name can (not opening a sentence, where "Power cuts" would match
    /// someone's surname, nor before another capitalised word) in a
    /// document that names the person's state.
    fn bare_surnames(
        &self,
        built: &mut Built,
        surnames: &Surnames<'_>,
        sentences: &[Span],
        tokens: &[Token],
        capitalised: &[usize],
    ) {
        let mut taken: Vec<Span> = built.mentions.iter().map(|m| m.span).collect();
        taken.sort_by_key(|s| s.start);
        let mut taken = Taken::new(&taken);
        let mut found = Vec::new();
        let mut sentence = 0;
        // Most capitalised words are none of the document's few surnames:
        // a filter of them turns those away before the word is hashed.
        let named = surnames.keys().fold(WordFilter::empty(), |mut filter, surname| {
            filter.add(surname.as_bytes());
            filter
        });
        for &i in capitalised {
            let token = &tokens[i];
            if token.kind != TokenKind::Word || taken.overlaps(token.span) {
                continue;
            }
            let word = token.span.of(self.text);
            let entity = named.may_hold(word.as_bytes()).then(|| nearest(built, surnames.get(word), token.span.start));
            if let Some(entity) = entity.flatten() {
                found.push((token.span, Ok(entity)));
                continue;
            }
            // Fewer characters than a bare surname needs: told by the
            // length where it is fewer bytes, else at most the first few
            // characters decoded. Asked first, the cheapest test that turns
            // most words away (the sentence found below only catches up
            // later).
            if word.len() < MIN_BARE_SURNAME || word.chars().nth(MIN_BARE_SURNAME - 1).is_none() {
                continue;
            }
            let before_name = tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && names::is_capitalised(n.span.of(self.text)));
            if before_name {
                continue;
            }
            while sentences.get(sentence).is_some_and(|s| s.end <= token.span.start) {
                sentence += 1;
            }
            let opens =
                sentences.get(sentence).is_none_or(|s| tokens[..i].last().is_none_or(|p| p.span.start < s.start));
            if opens {
                continue;
            }
            if let Some(person) = self.gazetteer_person(word, false).filter(|&p| self.state_named(built, p)) {
                found.push((token.span, Err(person)));
            }
        }
        for (span, who) in found {
            match who {
                Ok(entity) => built.mention(span, entity, false),
                Err(person) => self.known(built, span, Target::Person(person), None),
            }
        }
    }
}

fn slug_prefix(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Location => "location",
        EntityKind::Country => "country",
        EntityKind::Organization => "org",
    }
}

impl Resolver<'_> {
    /// Whether the document names the state a gazetteer person serves:
    /// "Austin" is the defence secretary only where the United States is in
    /// the text.
    fn state_named(&self, built: &Built, person: usize) -> bool {
        let state = self.gazetteer.people[person].country().and_then(|c| self.gazetteer.country(c));
        state.is_some_and(|s| built.keys.contains_key(Key::Country(s)))
    }
}

/// Surname → the people of a document who bear it, in order of first
/// mention.
type Surnames<'n> = FxHashMap<&'n str, Bearers>;

/// The people who bear a surname: mostly one, kept without a vector of
/// its own (a vector and a copy of the surname for each person were most
/// of the allocations of a document's resolution).
#[derive(Debug)]
struct Bearers {
    first: usize,
    more: Vec<usize>,
}

impl Bearers {
    fn all(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        std::iter::once(self.first).chain(self.more.iter().copied())
    }
}

/// The surnames of `people` (see [`Resolver::people_named_in_full`]).
fn surnames(people: &[(Arc<str>, bool, usize)]) -> Surnames<'_> {
    let mut map = Surnames::default();
    for (name, family_first, i) in people {
        match map.entry(names::surname(name, *family_first)) {
            std::collections::hash_map::Entry::Occupied(mut bearers) => bearers.get_mut().more.push(*i),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(Bearers { first: *i, more: Vec::new() });
            }
        }
    }
    map
}

/// Of `people`, the last one first named before `at`, else the first.
fn nearest(built: &Built, people: Option<&Bearers>, at: usize) -> Option<usize> {
    let people = people?;
    people.all().rfind(|&e| built.first_at[e] < at).or(Some(people.first))
}

/// Spans sorted by start, asked in turn whether they overlap spans that
/// come in text order.
struct Taken<'s> {
    sorted: &'s [Span],
    /// The spans do not overlap one another, so their ends are sorted too
    /// and the first one not ending before a span only moves forward.
    apart: bool,
    next: usize,
}

impl<'s> Taken<'s> {
    fn new(sorted: &'s [Span]) -> Taken<'s> {
        Taken { sorted, apart: sorted.windows(2).all(|w| w[0].end <= w[1].start), next: 0 }
    }

    /// Whether a taken span overlaps `span`, which starts no earlier than
    /// the spans asked about before.
    fn overlaps(&mut self, span: Span) -> bool {
        let i = if self.apart {
            while self.sorted.get(self.next).is_some_and(|s| s.end <= span.start) {
                self.next += 1;
            }
            self.next
        } else {
            self.sorted.partition_point(|s| s.end <= span.start)
        };
        self.sorted.get(i).is_some_and(|s| s.start < span.end)
    }
}

impl Built {
    /// Room for `candidates` entities and mentions, which a document seldom
    /// passes (bare surnames add a few mentions).
    fn with_capacity(candidates: usize) -> Built {
        Built {
            entities: Vec::with_capacity(candidates),
            states: Vec::with_capacity(candidates),
            keys: Keys::default(),
            named: FxHashMap::default(),
            slug: String::new(),
            mentions: Vec::with_capacity(candidates),
            first_at: Vec::with_capacity(candidates),
        }
    }

    fn add(&mut self, key: Key, entity: Entity, state: Option<usize>) -> usize {
        let e = self.push(entity, state);
        self.keys.insert(key, e);
        e
    }

    /// A new entity, not yet filed under its key.
    fn push(&mut self, entity: Entity, state: Option<usize>) -> usize {
        self.entities.push(entity);
        self.states.push(state);
        self.first_at.push(usize::MAX);
        self.entities.len() - 1
    }

    /// Links each entity to its state's entity, where the document has one.
    fn link_states(&mut self) {
        for (entity, state) in self.entities.iter_mut().zip(&self.states) {
            entity.country = state.and_then(|s| self.keys.get(Key::Country(s)));
        }
    }

    fn mention(&mut self, span: Span, entity: usize, adjectival: bool) {
        self.first_at[entity] = self.first_at[entity].min(span.start);
        self.mentions.push(Mention { span, entity, adjectival });
    }
}

/// Mentions in text order, entities in order of first mention (states named
/// only inside an organisation's name last), their links to their states'
/// entities ([`Built::link_states`]) renumbered.
fn finish(built: Built) -> (Vec<Entity>, Vec<Mention>) {
    let (mut entities, mut mentions) = linked_in_text_order(built);
    let new_index = order_of_first_mention(&mentions, entities.len());
    permute(&mut entities, &new_index);
    renumber(&mut entities, &mut mentions, &new_index);
    (entities, mentions)
}

/// The entities, and the mentions in text order.
fn linked_in_text_order(built: Built) -> (Vec<Entity>, Vec<Mention>) {
    let Built { entities, mut mentions, .. } = built;
    mentions.sort_by_key(|m| m.span.start);
    (entities, mentions)
}

/// The new index of each of `count` entities: the mentioned ones in order
/// of first mention, then the others as they stand.
fn order_of_first_mention(mentions: &[Mention], count: usize) -> Vec<usize> {
    let mut new_index = vec![usize::MAX; count];
    let mut next = 0;
    let entities = mentions.iter().map(|m| m.entity).chain(0..count);
    for entity in entities {
        if new_index[entity] == usize::MAX {
            new_index[entity] = next;
            next += 1;
        }
    }
    new_index
}

/// Points the entities' country links and the mentions at the entities'
/// new indices.
fn renumber(entities: &mut [Entity], mentions: &mut [Mention], new_index: &[usize]) {
    for e in entities {
        e.country = e.country.map(|c| new_index[c]);
    }
    for m in mentions {
        m.entity = new_index[m.entity];
    }
}

/// Moves each of `entities` to its new index (a permutation) in place, a
/// swap for each entity not yet in its place: none where the order stands,
/// as it mostly does, and no entity copied into a new vector.
fn permute(entities: &mut [Entity], new_index: &[usize]) {
    let mut to = new_index.to_vec();
    for i in 0..entities.len() {
        // The entity at `i` goes to `to[i]`; the one found there comes to
        // `i` and is sent on in turn.
        while to[i] != i {
            let j = to[i];
            entities.swap(i, j);
            to.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// `finish` with the entities sorted into a new vector by their new
    /// index: the reference for the permutation in place.
    fn finish_by_copy(built: Built) -> (Vec<Entity>, Vec<Mention>) {
        let (entities, mut mentions) = linked_in_text_order(built);
        let new_index = order_of_first_mention(&mentions, entities.len());
        let mut by_new_index: Vec<(usize, Entity)> = new_index.iter().copied().zip(entities).collect();
        by_new_index.sort_by_key(|&(to, _)| to);
        let mut sorted: Vec<Entity> = by_new_index.into_iter().map(|(_, e)| e).collect();
        renumber(&mut sorted, &mut mentions, &new_index);
        (sorted, mentions)
    }

    proptest! {
        /// The surnames borrowed, their bearers without a vector of their
        /// own, file people as copied surnames with a vector each did.
        #[test]
        fn surnames_file_people_as_copies_did(names in prop::collection::vec(("[A-C][a-c]{0,2}( [A-C][a-c]{0,5}){1,3}", any::<bool>()), 0..12)) {
            let people: Vec<(Arc<str>, bool, usize)> = names.iter().enumerate().map(|(i, (n, f))| (Arc::from(n.as_str()), *f, i)).collect();
            let mut copied: FxHashMap<String, Vec<usize>> = FxHashMap::default();
            for (name, family_first, i) in &people {
                copied.entry(names::surname(name, *family_first).to_string()).or_default().push(*i);
            }
            let borrowed = surnames(&people);
            prop_assert_eq!(borrowed.len(), copied.len());
            for (surname, bearers) in &copied {
                prop_assert_eq!(&borrowed[surname.as_str()].all().collect::<Vec<_>>(), bearers);
            }
        }

        #[test]
        fn finishes_as_the_copy_did(
            states in prop::collection::vec(prop::option::of(0usize..4), 1..12),
            countries in prop::collection::vec(0usize..4, 0..4),
            mentions in prop::collection::vec((0usize..200, any::<prop::sample::Index>()), 0..30),
        ) {
            let mut built = Built::with_capacity(4);
            for (i, state) in states.iter().enumerate() {
                let entity = Entity { id: format!("e{i}").into(), name: format!("E {i}").into(), kind: EntityKind::Person, code: None, wikidata: None, country: None };
                built.push(entity, *state);
            }
            for (k, &c) in countries.iter().enumerate() {
                built.keys.insert(Key::Country(c), k % states.len());
            }
            built.link_states();
            for (start, who) in mentions {
                built.mention(Span::new(start, start + 1), who.index(states.len()), false);
            }
            prop_assert_eq!(finish(built.clone()), finish_by_copy(built));
        }
    }
}
