//! Writing the kept lines out as paragraphs.

use super::line::Line;

/// A hard-wrapped line is about this long.
const WRAP_WIDTH: std::ops::RangeInclusive<usize> = 50..=100;
/// Words this short ("of", "and", "the") stay lowercase in a headline.
const TITLE_SMALL_WORD: usize = 3;

/// The kept lines, one paragraph each, separated by one blank line; a line
/// that continues the one just before it in the page (a hard wrap) is
/// joined to it with a space.
pub(super) fn assemble(lines: &[Line], buffer: &str) -> String {
    let mut out = String::with_capacity(buffer.len());
    let mut previous: Option<(usize, &Line)> = None;
    for (i, line) in lines.iter().enumerate().filter(|(_, l)| l.kept()) {
        let text = line.text(buffer);
        if text.is_empty() {
            continue;
        }
        match previous {
            None => {}
            Some((p, before)) if p + 1 == i && continues(before, line, buffer) => out.push(' '),
            Some(_) => out.push_str("\n\n"),
        }
        out.push_str(text);
        previous = Some((i, line));
    }
    out
}

/// Whether `next` carries on the sentence of `line`, broken by a wrap.
fn continues(line: &Line, next: &Line, buffer: &str) -> bool {
    if next.blank_before || line.terminal {
        return false;
    }
    let first = next.text(buffer).chars().next();
    if first.is_some_and(char::is_lowercase) {
        return true;
    }
    let text = line.text(buffer);
    let open_end = text.ends_with(|c: char| c.is_lowercase() || c == ',' || c == ';');
    open_end && WRAP_WIDTH.contains(&text.len()) && next.words >= 2 && !is_title_case(text)
}

/// "Floods Force Evacuation of Valley Towns": most longer words start with
/// a capital, as in a headline; a wrapped sentence has mostly lowercase.
fn is_title_case(text: &str) -> bool {
    let (mut long, mut capitalised) = (0, 0);
    for word in text.split(' ').filter(|w| w.len() > TITLE_SMALL_WORD) {
        long += 1;
        capitalised += usize::from(word.starts_with(char::is_uppercase));
    }
    long >= 2 && capitalised * 4 >= long * 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_are_title_case_and_wrapped_prose_is_not() {
        assert!(is_title_case("Floods Force Evacuation of Valley Towns"));
        assert!(!is_title_case("the council said on Monday that it would meet again,"));
        assert!(!is_title_case("talks resumed on Monday between officials from North"));
    }
}
