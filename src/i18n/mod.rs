//! The localisation layer: every sentence a person reads comes from a Fluent message in
//! `fr/*.ftl` or `en/*.ftl`, embedded in the binary. French unless told otherwise.

pub mod format;
pub mod help;

use crate::reference::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// The message files of each language, one per area of the tool. Both lists name the same
/// files, and both languages hold exactly the same message ids (a test says so).
pub const FR: &[(&str, &str)] = &[
    ("common.ftl", include_str!("fr/common.ftl")),
    ("commands.ftl", include_str!("fr/commands.ftl")),
    ("help.ftl", include_str!("fr/help.ftl")),
    ("usage.ftl", include_str!("fr/usage.ftl")),
    ("privacy.ftl", include_str!("fr/privacy.ftl")),
    ("team.ftl", include_str!("fr/team.ftl")),
    ("report.ftl", include_str!("fr/report.ftl")),
    ("rules.ftl", include_str!("fr/rules.ftl")),
    ("timeline.ftl", include_str!("fr/timeline.ftl")),
    ("check.ftl", include_str!("fr/check.ftl")),
    ("who.ftl", include_str!("fr/who.ftl")),
    ("records.ftl", include_str!("fr/records.ftl")),
    ("day.ftl", include_str!("fr/day.ftl")),
    ("help_day.ftl", include_str!("fr/help_day.ftl")),
    ("index.ftl", include_str!("fr/index.ftl")),
    ("vocab.ftl", include_str!("fr/vocab.ftl")),
    ("wizard.ftl", include_str!("fr/wizard.ftl")),
];
pub const EN: &[(&str, &str)] = &[
    ("common.ftl", include_str!("en/common.ftl")),
    ("commands.ftl", include_str!("en/commands.ftl")),
    ("help.ftl", include_str!("en/help.ftl")),
    ("usage.ftl", include_str!("en/usage.ftl")),
    ("privacy.ftl", include_str!("en/privacy.ftl")),
    ("team.ftl", include_str!("en/team.ftl")),
    ("report.ftl", include_str!("en/report.ftl")),
    ("rules.ftl", include_str!("en/rules.ftl")),
    ("timeline.ftl", include_str!("en/timeline.ftl")),
    ("check.ftl", include_str!("en/check.ftl")),
    ("who.ftl", include_str!("en/who.ftl")),
    ("records.ftl", include_str!("en/records.ftl")),
    ("day.ftl", include_str!("en/day.ftl")),
    ("help_day.ftl", include_str!("en/help_day.ftl")),
    ("index.ftl", include_str!("en/index.ftl")),
    ("vocab.ftl", include_str!("en/vocab.ftl")),
    ("wizard.ftl", include_str!("en/wizard.ftl")),
];

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Choose the language of every message from now on (`main` does it once).
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are written in.
pub fn lang() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Fr,
    }
}

/// `--lang`, else `IAE_LANG`, else `LC_ALL` / `LC_MESSAGES` / `LANG`; French when nothing says.
pub fn choose(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = flag {
        return lang;
    }
    let from_env = ["IAE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| env(v).filter(|s| !s.is_empty() && s != "C" && s != "POSIX"));
    Lang::from_locale(from_env.as_deref())
}

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let (id, files) = match lang {
        Lang::Fr => (unic_langid::langid!("fr"), FR),
        Lang::En => (unic_langid::langid!("en"), EN),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminals and files get plain text, not Unicode isolation marks around arguments.
    bundle.set_use_isolating(false);
    for (name, text) in files {
        let resource = FluentResource::try_new((*text).to_string())
            .unwrap_or_else(|(_, errors)| panic!("{name}: invalid Fluent: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{name}: duplicate messages: {errors:?}"));
    }
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static FR_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    static EN_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::Fr => FR_BUNDLE.get_or_init(|| build(Lang::Fr)),
        Lang::En => EN_BUNDLE.get_or_init(|| build(Lang::En)),
    }
}

/// Whether a message id exists in a language (for the tests and for optional messages).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// The message `id` (or `id.attribute`) in `lang`, or `None` when the bundle lacks it.
pub fn lookup(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let bundle = bundle(lang);
    let (id, attribute) = match id.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (id, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(attr) => message.get_attribute(attr)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

/// The message `id` in `lang` with its arguments. A missing message shows its id, so a
/// gap is visible rather than fatal; the tests make sure there is none.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    lookup(lang, id, args).unwrap_or_else(|| id.to_string())
}

/// A day as people read it in the current language (`03/03/2025` in French), for the
/// arguments of messages; the files, JSON and CSV keep ISO days.
pub fn day(d: chrono::NaiveDate) -> String {
    format::people_date(d, lang())
}

/// The message `id` in the current language.
pub fn message(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    message_in(lang(), id, args)
}

/// `t!("check-ok")`, `t!("barrier-added", number = 3, id = case.id.as_str())`: the message
/// in the current language. Arguments are anything that converts into a Fluent value
/// (strings, integers, floats).
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::message($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn ids(files: &[(&str, &str)]) -> std::collections::BTreeSet<String> {
        files
            .iter()
            .flat_map(|(_, text)| text.lines())
            .filter_map(|line| {
                let (id, _) = line.split_once('=')?;
                let id = id.trim_end();
                let first = id.chars().next()?;
                (first.is_ascii_alphabetic()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .then(|| id.to_string())
            })
            .collect()
    }

    #[test]
    fn both_languages_have_the_same_files_and_message_ids() {
        let names = |files: &'static [(&'static str, &'static str)]| {
            files.iter().map(|(n, _)| *n).collect::<Vec<_>>()
        };
        assert_eq!(names(FR), names(EN));
        let (fr, en) = (ids(FR), ids(EN));
        let only_fr: Vec<_> = fr.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&fr).collect();
        assert!(only_fr.is_empty(), "only in French: {only_fr:?}");
        assert!(only_en.is_empty(), "only in English: {only_en:?}");
    }

    #[test]
    fn every_file_parses_and_no_id_is_defined_twice() {
        build(Lang::Fr);
        build(Lang::En);
    }

    #[test]
    fn plurals_and_arguments_follow_the_language() {
        let n = |lang, count: i64| {
            message_in(
                lang,
                "people-concerned",
                &[("count", FluentValue::from(count))],
            )
        };
        assert_eq!(n(Lang::Fr, 1), "1 salarié concerné");
        assert_eq!(n(Lang::Fr, 3), "3 salariés concernés");
        assert_eq!(n(Lang::En, 1), "1 person concerned");
        assert_eq!(n(Lang::En, 3), "3 people concerned");
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_environment_then_french() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(choose(Some(Lang::En), env(&[("IAE_LANG", "fr")])), Lang::En);
        assert_eq!(
            choose(None, env(&[("IAE_LANG", "en"), ("LANG", "fr_FR")])),
            Lang::En
        );
        assert_eq!(choose(None, env(&[("LANG", "en_GB.UTF-8")])), Lang::En);
        assert_eq!(choose(None, env(&[("LANG", "C")])), Lang::Fr);
        assert_eq!(choose(None, env(&[])), Lang::Fr);
    }
}
