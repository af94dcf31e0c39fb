//! The interface language. Every string a person reads goes through [`Lang::pick`] or a
//! `message(lang)` method beside the type it describes, so both languages stay side by side.

use serde::{Deserialize, Serialize};

/// The language of the interface and of messages. Vietnamese is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The language of the system locale: English when it says English, Vietnamese otherwise
    /// (including when it cannot be read), since the users are Vietnamese civil servants.
    pub fn from_system() -> Lang {
        match sys_locale::get_locale() {
            Some(locale) if locale.to_ascii_lowercase().starts_with("en") => Lang::En,
            _ => Lang::Vi,
        }
    }

    /// Choose between the Vietnamese and the English wording of one message.
    pub fn pick<T>(self, vi: T, en: T) -> T {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    pub fn code(self) -> &'static str {
        self.pick("vi", "en")
    }
}
