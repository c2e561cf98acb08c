//! Names as said aloud: a call script says "Whitfield Design", not "Whitfield
//! Design LLC"; nobody reads a legal form out on the phone.

/// Legal forms written after a company's name, longest first so that
/// "S.A. de C.V." goes before "S.A.": English, Spanish and Mexican (S.C., S. de
/// R.L.), French (SAS, SASU, EURL), Romanian (SRL, PFA), Slovak (s.r.o., a.s.),
/// German. Compared without case.
const LEGAL_FORMS: &[&str] = &[
    "S. de R.L. de C.V.",
    "S.A.P.I. de C.V.",
    "S. en C. por A.",
    "S.A.B. de C.V.",
    "spol. s r. o.",
    "GmbH & Co. KG",
    "S.A. de C.V.",
    "spol. s r.o.",
    "S. de R.L.",
    "S. en N.C.",
    "S.L.N.E.",
    "S.A.R.L.",
    "S.A.S.U.",
    "P.L.L.C.",
    "s. r. o.",
    "S.Coop.",
    "Limited",
    "S.R.L.",
    "S.A.S.",
    "S.L.U.",
    "S.L.L.",
    "S.p.A.",
    "S.N.C.",
    "L.L.C.",
    "L.L.P.",
    "s.r.o.",
    "v.o.s.",
    "SELARL",
    "a. s.",
    "Corp.",
    "k.s.",
    "GmbH",
    "SARL",
    "SASU",
    "EURL",
    "S.C.",
    "A.C.",
    "S.L.",
    "S.A.",
    "a.s.",
    "Ltd.",
    "Inc.",
    "PLLC",
    "Ltd",
    "Inc",
    "LLC",
    "LLP",
    "PLC",
    "SAS",
    "SRL",
    "SNC",
    "SCP",
    "PFA",
    "SA",
    "SL",
    "AG",
    "BV",
    "NV",
    "KG",
    "UG",
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
            (
                "Garza Elizondo Contadores, S.C.",
                "Garza Elizondo Contadores",
            ),
            ("Grupo Norte S. de R.L. de C.V.", "Grupo Norte"),
            ("Grupo Norte, S. de R.L.", "Grupo Norte"),
            ("Atelier Marée SASU", "Atelier Marée"),
            ("Studio Ill EURL", "Studio Ill"),
            ("Laurent Fabre SAS", "Laurent Fabre"),
            ("Talleres Ruiz, S.A.", "Talleres Ruiz"),
            ("Fatra IT, a.s.", "Fatra IT"),
            ("Fatra IT a. s.", "Fatra IT"),
            ("Novák s. r. o.", "Novák"),
            ("Dumitrescu Consult S.R.L.", "Dumitrescu Consult"),
            ("Brightline LLC", "Brightline"),
            ("Brightline, Inc.", "Brightline"),
            ("Kessler GmbH", "Kessler"),
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
