//! The slugs entity ids are made of (`person:ebrahim-raisi`): lowercase ASCII words joined
//! by `-`, accents folded and name particles ("al", "bin") dropped, so that spelling
//! variants of a name meet. Recognition and resolution make ids of them, the PETRARCH
//! dictionary import too.

use crate::text::words::NAME_PARTICLES;

/// A lowercase ASCII slug of a name, words joined by `-`, name particles ("al", "bin")
/// dropped so that spelling variants meet.
pub fn slug(name: &str) -> String {
    let mut words = Vec::new();
    for w in name.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        let lw: String = w
            .chars()
            .flat_map(fold_char)
            .collect::<String>()
            .to_lowercase();
        if lw.is_empty() || NAME_PARTICLES.contains(&lw.as_str()) {
            continue;
        }
        words.push(lw);
    }
    words.join("-")
}

fn fold_char(c: char) -> Vec<char> {
    let s = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'ē' => "e",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => "o",
        'ú' | 'ù' | 'û' | 'ü' => "u",
        'ç' | 'č' => "c",
        'ñ' => "n",
        'š' | 'ş' => "s",
        'ž' => "z",
        'ğ' => "g",
        'ı' => "i",
        c if c.is_ascii_alphanumeric() => return vec![c],
        c if c.is_uppercase() => {
            return c
                .to_lowercase()
                .filter(|x| x.is_ascii_alphanumeric())
                .collect()
        }
        _ => "",
    };
    s.chars().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_particles_and_accents() {
        assert_eq!(slug("Ebrahim al-Raisi"), "ebrahim-raisi");
        assert_eq!(slug("Ebrahim Raisi"), "ebrahim-raisi");
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
    }
}
