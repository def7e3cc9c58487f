//! The kinds of records a case file holds as `[[...]]` tables, and the fields of each as
//! `amend` may change them.

/// The kinds of records a case file holds as `[[...]]` tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Interview,
    Hours,
    Contract,
    Training,
    Skill,
    Immersion,
    Followup,
    BarrierAction,
}

/// How a field's value is typed on the command line and written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Type {
    Date,
    Text,
    Int,
    Number,
    Bool,
}

impl Kind {
    /// The array of tables in the file.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Interview => "interviews",
            Kind::Hours => "hours",
            Kind::Contract => "contracts",
            Kind::Training => "trainings",
            Kind::Skill => "skills",
            Kind::Immersion => "immersions",
            Kind::Followup => "followups",
            Kind::BarrierAction => "actions",
        }
    }

    /// The record's name in messages: `the` ("l'entretien"), `of` ("d'entretien"),
    /// `records` ("entretiens").
    pub(super) fn noun(self, form: &str) -> String {
        crate::i18n::message(&format!("record-{form}-{}", self.key()), &[])
    }

    /// The field that designates a record on the command line.
    pub fn which_field(self) -> &'static str {
        match self {
            Kind::Interview | Kind::Followup | Kind::BarrierAction => "date",
            Kind::Hours => "month",
            Kind::Contract | Kind::Training | Kind::Immersion => "start",
            Kind::Skill => "name",
        }
    }

    /// The fields `amend` may change, with their types (those of `case::model`).
    pub(super) fn fields(self) -> &'static [(&'static str, Type)] {
        use Type::*;
        match self {
            Kind::Interview => &[
                ("date", Date),
                ("kind", Text),
                ("by", Text),
                ("medium", Text),
                ("attendance", Text),
                ("duration_minutes", Int),
                ("topic", Text),
                ("notes", Text),
            ],
            Kind::Hours => &[("month", Text), ("hours", Number), ("client_kind", Text)],
            Kind::Contract => &[
                ("kind", Text),
                ("start", Date),
                ("end", Date),
                ("weekly_hours", Number),
                ("planned_end", Date),
                ("position", Text),
                ("derogation", Text),
            ],
            Kind::Training => &[
                ("title", Text),
                ("organism", Text),
                ("start", Date),
                ("end", Date),
                ("qualifying", Bool),
                ("certification", Text),
            ],
            Kind::Skill => &[
                ("kind", Text),
                ("name", Text),
                ("level", Int),
                ("assessed_on", Date),
                ("by", Text),
            ],
            Kind::Immersion => &[
                ("employer", Text),
                ("job", Text),
                ("start", Date),
                ("end", Date),
            ],
            Kind::Followup => &[("date", Date), ("situation", Text), ("notes", Text)],
            Kind::BarrierAction => &[
                ("date", Date),
                ("text", Text),
                ("partner", Text),
                ("support", Text),
            ],
        }
    }

    pub(super) fn field_type(self, field: &str) -> Option<Type> {
        self.fields()
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, t)| *t)
    }
}
