//! Names as said aloud: a call script says "Whitfield Design", not "Whitfield
//! Design LLC"; nobody reads a legal form out on the phone.

/// Legal forms written after a company's name, longest first so that
/// "S.A. de C.V." goes before "S.A.". Compared without case.
const LEGAL_FORMS: &[&str] = &[
    "S. de R.L. de C.V.",
    "S.A. de C.V.",
    "S.A.P.I. de C.V.",
    "S.R.L.",
    "S.A.R.L.",
    "S.A.S.",
    "S.L.U.",
    "S.p.A.",
    "L.L.C.",
    "s.r.o.",
    "spol. s r.o.",
    "Limited",
    "GmbH",
    "SARL",
    "EURL",
    "S.L.",
    "S.A.",
    "a.s.",
    "Ltd.",
    "Inc.",
    "Corp.",
    "Ltd",
    "Inc",
    "LLC",
    "LLP",
    "PLC",
    "SAS",
    "SRL",
    "PFA",
    "SA",
    "SL",
    "AG",
    "BV",
    "NV",
];

/// The name without the legal form at its end, if it has one and something is
/// left: "Moreau Conseil SARL" → "Moreau Conseil", "Nord Vest Media S.R.L." →
/// "Nord Vest Media", "Novak, s.r.o." → "Novak"; "Ltd" alone stays.
pub fn without_legal_form(name: &str) -> &str {
    let trimmed = name.trim_end();
    for form in LEGAL_FORMS {
        let Some(at) = trimmed.len().checked_sub(form.len()) else {
            continue;
        };
        let (Some(rest), Some(tail)) = (trimmed.get(..at), trimmed.get(at..)) else {
            continue;
        };
        if !tail.eq_ignore_ascii_case(form) || !rest.ends_with([' ', ',']) {
            continue;
        }
        let rest = rest.trim_end_matches([' ', ',']);
        if !rest.is_empty() {
            return rest;
        }
    }
    trimmed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_are_left_unsaid() {
        for (written, said) in [
            ("Whitfield Design LLC", "Whitfield Design"),
            ("Moreau Conseil SARL", "Moreau Conseil"),
            ("Nord Vest Media SRL", "Nord Vest Media"),
            ("Nord Vest Media S.R.L.", "Nord Vest Media"),
            ("Novak Lab, s.r.o.", "Novak Lab"),
            ("Estudio Roca, S.L.", "Estudio Roca"),
            ("Diseño Norte S.A. de C.V.", "Diseño Norte"),
            ("Harbour & Sons Ltd.", "Harbour & Sons"),
            ("Harbour & Sons", "Harbour & Sons"),
            ("Atlas", "Atlas"),
            ("Ltd", "Ltd"),
            ("Plasma", "Plasma"),
            ("Oasis", "Oasis"),
        ] {
            assert_eq!(without_legal_form(written), said, "{written}");
        }
    }
}
