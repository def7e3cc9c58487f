//! Closed vocabularies of the case file, as Rust enums with the codes they are written
//! with. Each is defined once here and used by clap (flags), validation (allowed codes),
//! the rules and the reports. Open vocabularies (criteria, reasons, prescribers) are
//! reference data instead (`src/reference/`).

/// An enum whose variants are written in files as fixed codes (`in_progress`).
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
        pub enum $name {
            $($(#[$vmeta])* #[value(name = $code)] $variant),+
        }

        impl $name {
            /// Every value, in the order of the vocabulary.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The codes, as files and JSON write them.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// The code written in files (`in_progress`).
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value as people read it, in the current language (`en cours`).
            pub fn words(self) -> String {
                crate::i18n::message(&self.message_id(), &[])
            }

            /// The words of a code as written in a file; a code the vocabulary lacks shows
            /// as itself (`check` reports it).
            pub fn words_of(code: &str) -> String {
                Self::from_code(code).map_or_else(|| code.to_string(), Self::words)
            }

            /// The id of its message in `vocab.ftl`: `vocab-barrier-status-in_progress`.
            pub fn message_id(self) -> String {
                format!("vocab-{}-{}", kebab(stringify!($name)), self.code())
            }

            /// The value written `code`, if the vocabulary has it.
            pub fn from_code(code: &str) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
    };
}

/// `BarrierStatus` → `barrier-status`, for message ids.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

vocabulary!(
    /// How an interview took place.
    Medium {
        InPerson = "in_person",
        Phone = "phone",
        Video = "video",
        Home = "home",
    }
);

vocabulary!(
    /// Whether the person came to an interview.
    Attendance {
        Present = "present",
        Excused = "excused",
        Absent = "absent",
    }
);

vocabulary!(
    /// Who carries an action on a barrier.
    Support {
        /// By the SIAE itself
        Internal = "internal",
        /// By a partner
        External = "external",
        /// Both
        Both = "both",
    }
);

vocabulary!(
    /// Where a barrier stands: noticed, worked on, lifted or given up.
    BarrierStatus {
        Identified = "identified",
        InProgress = "in_progress",
        Resolved = "resolved",
        Abandoned = "abandoned",
    }
);

impl BarrierStatus {
    /// Still to be worked on.
    pub fn is_open(self) -> bool {
        matches!(self, BarrierStatus::Identified | BarrierStatus::InProgress)
    }
}

vocabulary!(
    /// How a barrier ended (`barrier resolve --outcome`).
    Outcome {
        Resolved = "resolved",
        Abandoned = "abandoned",
    }
);

impl Outcome {
    /// The barrier status this outcome leaves.
    pub fn status(self) -> BarrierStatus {
        match self {
            Outcome::Resolved => BarrierStatus::Resolved,
            Outcome::Abandoned => BarrierStatus::Abandoned,
        }
    }
}

vocabulary!(
    /// The kind of client an AI salarié was placed with (the 480-hour cap is for companies).
    ClientKind {
        Company = "company",
        Individual = "individual",
        Association = "association",
        Collectivite = "collectivite",
    }
);

vocabulary!(
    /// Who made the eligibility diagnosis.
    DiagnosisBy {
        /// The SIAE itself (valid 92 days, needs criteria)
        Employer = "employer",
        /// An authorised prescriber (valid 6 months)
        Prescriber = "prescriber",
    }
);

vocabulary!(
    /// The five kinds of SIAE.
    StructureKind {
        /// Atelier et chantier d'insertion
        Aci = "ACI",
        /// Entreprise d'insertion
        Ei = "EI",
        /// Association intermédiaire
        Ai = "AI",
        /// Entreprise de travail temporaire d'insertion
        Etti = "ETTI",
        /// Entreprise d'insertion par le travail indépendant
        Eiti = "EITI",
    }
);

vocabulary!(
    /// What is due in `report deadlines`; `deadlines dismiss` stores it in the file.
    DeadlineKind {
        /// The current contract ends
        ContractEnd = "contract_end",
        /// The last contract is over, with no renewal and no exit
        ContractEnded = "contract_ended",
        /// The PASS IAE ends (ask for a prolongation in time)
        PassEnd = "pass_end",
        /// The PASS IAE is over
        PassEnded = "pass_ended",
        /// An interview is due
        InterviewDue = "interview_due",
        /// The diagnosis expires before the hiring
        DiagnosisExpires = "diagnosis_expires",
        /// A proof expires before the hiring
        ProofExpires = "proof_expires",
        /// AI: the hours placed with companies near the cap
        HoursCap = "hours_cap",
        /// An exit without a bilan
        ExitWithoutBilan = "exit_without_bilan",
        /// A follow-up after the exit is due
        FollowupDue = "followup_due",
        /// An open barrier with no action for a while
        BarrierWithoutAction = "barrier_without_action",
        /// The file is past its retention period, to be anonymised
        RetentionOver = "retention_over",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_clap_uses_the_same_codes() {
        use clap::ValueEnum;
        for status in BarrierStatus::ALL {
            assert_eq!(BarrierStatus::from_code(status.code()), Some(*status));
            let name = status.to_possible_value().unwrap().get_name().to_string();
            assert_eq!(name, status.code());
        }
        assert_eq!(Medium::from_code("in_person"), Some(Medium::InPerson));
        assert_eq!(StructureKind::from_code("aci"), None);
        assert_eq!(StructureKind::CODES, ["ACI", "EI", "AI", "ETTI", "EITI"]);
        assert!(BarrierStatus::InProgress.is_open() && !BarrierStatus::Resolved.is_open());
    }

    #[test]
    fn every_value_of_every_vocabulary_has_its_words_in_both_languages() {
        use crate::reference::Lang;
        let ids: Vec<String> = (Medium::ALL.iter().map(|v| v.message_id()))
            .chain(Attendance::ALL.iter().map(|v| v.message_id()))
            .chain(Support::ALL.iter().map(|v| v.message_id()))
            .chain(BarrierStatus::ALL.iter().map(|v| v.message_id()))
            .chain(Outcome::ALL.iter().map(|v| v.message_id()))
            .chain(ClientKind::ALL.iter().map(|v| v.message_id()))
            .chain(DiagnosisBy::ALL.iter().map(|v| v.message_id()))
            .chain(StructureKind::ALL.iter().map(|v| v.message_id()))
            .chain(DeadlineKind::ALL.iter().map(|v| v.message_id()))
            .collect();
        assert_eq!(
            BarrierStatus::InProgress.message_id(),
            "vocab-barrier-status-in_progress"
        );
        for lang in [Lang::Fr, Lang::En] {
            let missing: Vec<_> = ids
                .iter()
                .filter(|id| !crate::i18n::has(lang, id))
                .collect();
            assert!(missing.is_empty(), "{lang:?}: no words for {missing:?}");
        }
        assert_eq!(Attendance::words_of("not_a_code"), "not_a_code");
    }
}
