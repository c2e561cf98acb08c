//! Writes N valid case files for benchmarks and batch tests, the same N files on every
//! run: `cargo run --release --example gen_cases -- 10000 target/cases [SEED]`
//! (declared in Cargo.toml, kept in bench/ so that examples/ holds only case files).
//!
//! The cases vary over everything that changes the work of rendering: the five
//! languages and two regional tags, the seven reasons, the three tones, the contact's
//! gender, a company or a person as sender and client, the three kinds of notice, the
//! referral, and close-out lists from empty to a dozen items. A small fixed PRNG
//! (SplitMix64) keeps the output identical across platforms and crate versions.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use adieu::case::Reason;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(count), Some(dir)) = (args.first(), args.get(1)) else {
        eprintln!("usage: gen_cases COUNT DIR [SEED]");
        return ExitCode::from(2);
    };
    let (Ok(count), Ok(seed)) = (
        count.parse::<usize>(),
        args.get(2).map_or(Ok(2026), |s| s.parse::<u64>()),
    ) else {
        eprintln!("gen_cases: COUNT and SEED are whole numbers");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("gen_cases: cannot create {}: {error}", dir.display());
        return ExitCode::from(73);
    }
    let mut rng = Rng(seed);
    let width = count.to_string().len().max(5);
    for index in 1..=count {
        let path = dir.join(format!("case-{index:0width$}.yaml"));
        if let Err(error) = std::fs::write(&path, case(&mut rng)) {
            eprintln!("gen_cases: cannot write {}: {error}", path.display());
            return ExitCode::from(73);
        }
    }
    ExitCode::SUCCESS
}

/// SplitMix64: tiny, fast, and fixed forever.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Names and words of one language, in the nominative, as a user would write them.
struct Words {
    tags: &'static [&'static str],
    women: &'static [&'static str],
    men: &'static [&'static str],
    surnames: &'static [&'static str],
    companies: &'static [&'static str],
    places: &'static [&'static str],
    streets: &'static [&'static str],
    items: &'static [&'static str],
    handover: &'static [&'static str],
    continuing: &'static [&'static str],
    kinds: &'static [&'static str],
    currency: &'static str,
}

const LANGUAGES: [Words; 5] = [
    Words {
        tags: &["en", "en", "en-US"],
        women: &["Hannah", "Priya", "Olivia", "Grace"],
        men: &["Daniel", "Oliver", "James", "Samuel"],
        surnames: &["Grant", "Reid", "Shah", "Turner", "Walsh", "Hughes"],
        companies: &[
            "Northlight Design Ltd",
            "Harbour & Co",
            "Bright Pixel LLP",
            "Oakfield Media",
        ],
        places: &["London", "Leeds", "Bristol", "Glasgow"],
        streets: &["12 King Street", "4 Mill Lane", "88 Queen's Road"],
        items: &[
            "Spring catalogue layouts",
            "Final brand guidelines",
            "Website source code",
        ],
        handover: &[
            "Hosting access",
            "Domain transfer",
            "Analytics account",
            "Design files",
        ],
        continuing: &[
            "Confidentiality",
            "Warranty on delivered code until 31 March",
        ],
        kinds: &["a full-service agency", "a specialist in e-commerce"],
        currency: "GBP",
    },
    Words {
        tags: &["es", "es", "es-MX"],
        women: &["Lucía", "Carmen", "Elena", "Marta"],
        men: &["Javier", "Pablo", "Andrés", "Miguel"],
        surnames: &[
            "García",
            "Morales",
            "Fernández",
            "Ruiz",
            "Navarro",
            "Ortega",
        ],
        companies: &[
            "Grupo Ibérica, S.L.",
            "Soluciones Norte S.A.",
            "Estudio Lumen",
        ],
        places: &["Madrid", "Sevilla", "Valencia", "Bilbao"],
        streets: &[
            "Calle de Alcalá 120",
            "Avenida de la Constitución 45",
            "Calle Mayor 3",
        ],
        items: &[
            "Traducción del informe anual",
            "Manual de identidad visual",
            "Código fuente",
        ],
        handover: &[
            "Acceso al alojamiento",
            "Transferencia del dominio",
            "Archivos de diseño",
        ],
        continuing: &["Confidencialidad", "Garantía del código entregado"],
        kinds: &[
            "una agencia de servicios completos",
            "un especialista en comercio electrónico",
        ],
        currency: "EUR",
    },
    Words {
        tags: &["fr", "fr", "fr-CH"],
        women: &["Marie", "Camille", "Claire", "Sophie"],
        men: &["Jean", "Luc", "Antoine", "Nicolas"],
        surnames: &["Dupont", "Leroy", "Moreau", "Lefèvre", "Garnier", "Roux"],
        companies: &[
            "Acme SA",
            "Atelier Leroy",
            "Studio Nord",
            "Boréal Conseil SARL",
        ],
        places: &["Paris", "Lyon", "Nantes", "Lille"],
        streets: &[
            "12 rue de la Paix",
            "3 place Bellecour",
            "45 quai de la Fosse",
        ],
        items: &[
            "Code source final du site",
            "Charte graphique",
            "Rapport d'audit",
        ],
        handover: &[
            "Accès à l'hébergement",
            "Transfert du nom de domaine",
            "Fichiers sources",
        ],
        continuing: &["Confidentialité", "Garantie sur le code livré"],
        kinds: &[
            "une agence web complète",
            "un spécialiste du commerce en ligne",
        ],
        currency: "EUR",
    },
    Words {
        tags: &["ro"],
        women: &["Ana", "Ioana", "Maria", "Elena"],
        men: &["Andrei", "Mihai", "Radu", "Ștefan"],
        surnames: &[
            "Popescu",
            "Ionescu",
            "Dumitrescu",
            "Stan",
            "Marinescu",
            "Țurcanu",
        ],
        companies: &["Studio Nord SRL", "Carpați Media SRL", "Dunărea Soft SA"],
        places: &["București", "Brașov", "Cluj-Napoca", "Iași"],
        streets: &["Str. Lungă 5", "Bd. Unirii 14", "Calea Victoriei 101"],
        items: &[
            "Codul sursă final",
            "Manualul de identitate vizuală",
            "Raportul de audit",
        ],
        handover: &[
            "Acces la găzduire",
            "Transferul domeniului",
            "Fișierele sursă",
        ],
        continuing: &["Confidențialitatea", "Garanția pentru codul livrat"],
        kinds: &[
            "o agenție web completă",
            "un specialist în comerț electronic",
        ],
        currency: "RON",
    },
    Words {
        tags: &["sk"],
        women: &["Jana", "Zuzana", "Katarína", "Mária"],
        men: &["Peter", "Tomáš", "Martin", "Ján"],
        surnames: &["Nováková", "Hudec", "Kováč", "Horváth", "Baláž", "Szabó"],
        companies: &[
            "Zelená Farma s.r.o.",
            "Hudec Digital s.r.o.",
            "Tatra Media a.s.",
        ],
        places: &["Bratislava", "Košice", "Žilina", "Nitra"],
        streets: &["Obchodná 12", "Hlavná 8", "Štúrova 21"],
        items: &[
            "Dokumentácia zdrojového kódu",
            "Grafický manuál",
            "Záverečná správa",
        ],
        handover: &[
            "Prístup k serveru",
            "Zdrojový kód v repozitári",
            "Prevod domény",
        ],
        continuing: &["Mlčanlivosť o obchodných údajoch", "Záruka na dodaný kód"],
        kinds: &[
            "webová agentúra s úplnými službami",
            "špecialista na e-commerce",
        ],
        currency: "EUR",
    },
];

/// One valid case file.
fn case(rng: &mut Rng) -> String {
    let words = &LANGUAGES[rng.below(LANGUAGES.len())];
    let reason = Reason::ALL[rng.below(Reason::ALL.len())].code();
    let breach = matches!(reason, "conduct" | "ethics");
    let tone = if breach || reason == "payment" {
        rng.pick(&["firm", "neutral"])
    } else {
        rng.pick(&["warm", "neutral", "neutral", "firm"])
    };
    let (year, month, day) = (2026, 1 + rng.below(12), 1 + rng.below(28));
    let mut out = String::with_capacity(1536);
    let line = &mut out;
    let _ = writeln!(line, "language: {}", rng.pick(words.tags));
    let _ = writeln!(line, "date: {year}-{month:02}-{day:02}");
    let _ = writeln!(line, "tone: {tone}\nreason: {reason}");

    let woman = rng.chance(50);
    let sender = person(rng, words, woman);
    let _ = writeln!(line, "sender:\n  name: {}", quote(&sender));
    if rng.chance(70) {
        let _ = writeln!(line, "  company: {}", quote(rng.pick(words.companies)));
        let _ = writeln!(line, "  role: Director");
    }
    let _ = writeln!(line, "  email: {}@sender.example", slug(&sender));
    if rng.chance(50) {
        let _ = writeln!(
            line,
            "  phone: \"+40 721 {:03} {:03}\"",
            rng.below(1000),
            rng.below(1000)
        );
    }
    if rng.chance(60) {
        let _ = writeln!(
            line,
            "  address: [{}, {}]\n  place: {}",
            quote(rng.pick(words.streets)),
            quote(rng.pick(words.places)),
            quote(rng.pick(words.places))
        );
    }

    let gender = ["female", "male", "unspecified"][rng.below(3)];
    let contact = person(rng, words, gender == "female");
    let _ = writeln!(line, "client:");
    if rng.chance(75) {
        let _ = writeln!(line, "  company: {}", quote(rng.pick(words.companies)));
    }
    let _ = writeln!(
        line,
        "  contact: {{ name: {}, gender: {gender} }}",
        quote(&contact)
    );
    let _ = writeln!(line, "  email: {}@client.example", slug(&contact));
    if rng.chance(60) {
        let _ = writeln!(
            line,
            "  address: [{}, {}]",
            quote(rng.pick(words.streets)),
            quote(rng.pick(words.places))
        );
    }

    let minimum = if rng.chance(50) {
        [14, 30, 60][rng.below(3)]
    } else {
        0
    };
    if minimum > 0 {
        let _ = writeln!(
            line,
            "contract:\n  title: {}\n  reference: \"{year}-{:03}\"\n  signed: {}-03-01\n  notice_days: {minimum}",
            quote(rng.pick(words.items)),
            rng.below(1000),
            year - 1 - rng.below(3) as i32
        );
    }
    let _ = writeln!(line, "notice:");
    if breach && rng.chance(60) {
        let _ = writeln!(line, "  immediate: true");
    } else if rng.chance(70) {
        let _ = writeln!(
            line,
            "  days: {}",
            minimum.max([15, 30, 45, 60, 90][rng.below(5)])
        );
    } else {
        // A full year later always satisfies the contract's notice.
        let _ = writeln!(line, "  until: {}-{month:02}-{day:02}", year + 1);
        if rng.chance(50) {
            let _ = writeln!(line, "  milestone: {}", quote(rng.pick(words.items)));
        }
    }
    if !breach && rng.chance(80) {
        if rng.chance(60) {
            let woman = rng.chance(50);
            let referral = person(rng, words, woman);
            let _ = writeln!(
                line,
                "referral:\n  name: {}\n  company: {}\n  contact: {}@referral.example",
                quote(&referral),
                quote(rng.pick(words.companies)),
                slug(&referral)
            );
        } else {
            let _ = writeln!(line, "referral:\n  kind: {}", quote(rng.pick(words.kinds)));
        }
    }

    // Close-out lists from empty to a dozen items, skewed towards a few.
    let size = [0, 1, 2, 3, 4, 6, 12][rng.below(7)];
    if size > 0 {
        let _ = writeln!(line, "closeout:");
        let invoices = rng.below(size.min(4) + 1);
        if invoices > 0 {
            let _ = writeln!(line, "  invoices:");
            for n in 0..invoices {
                let _ = writeln!(
                    line,
                    "    - {{ number: \"INV-{:04}\", amount: {}.{:02}, currency: {}, due: {}-12-{:02} }}",
                    rng.below(10_000),
                    100 + rng.below(20_000),
                    rng.below(100),
                    words.currency,
                    year + 1,
                    n + 10
                );
            }
        }
        let deliverables = rng.below(size.min(3) + 1);
        if deliverables > 0 {
            let _ = writeln!(line, "  deliverables:");
            for _ in 0..deliverables {
                let _ = writeln!(
                    line,
                    "    - {{ item: {}, by: {}-01-15 }}",
                    quote(rng.pick(words.items)),
                    year + 1
                );
            }
        }
        let handover = size
            .saturating_sub(invoices + deliverables)
            .min(words.handover.len());
        if handover > 0 {
            let items: Vec<String> = words.handover[..handover]
                .iter()
                .map(|s| quote(s))
                .collect();
            let _ = writeln!(line, "  handover: [{}]", items.join(", "));
        }
        if rng.chance(60) {
            let _ = writeln!(
                line,
                "  data: {}",
                rng.pick(&["return", "delete", "keep-as-required"])
            );
        }
        if rng.chance(30) {
            let _ = writeln!(
                line,
                "  refund: {{ amount: {}.00, currency: {} }}",
                50 + rng.below(900),
                words.currency
            );
        }
        if size >= 6 {
            let items: Vec<String> = words.continuing.iter().map(|s| quote(s)).collect();
            let _ = writeln!(line, "  continuing: [{}]", items.join(", "));
        }
    }
    out
}

fn person(rng: &mut Rng, words: &Words, woman: bool) -> String {
    let first = rng.pick(if woman { words.women } else { words.men });
    format!("{first} {}", rng.pick(words.surnames))
}

/// A YAML double-quoted scalar.
fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// An ASCII local part for an email address.
fn slug(name: &str) -> String {
    let ascii: String = name
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | 'A'..='Z' => Some(c.to_ascii_lowercase()),
            ' ' => Some('.'),
            _ => None,
        })
        .collect();
    if ascii.is_empty() {
        "contact".into()
    } else {
        ascii
    }
}
