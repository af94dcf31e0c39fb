//! Text a person reads: a plain string or `{"vi": "...", "en": "..."}` (docs/formats.md).

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Lang;

/// A plain string, or a localized one where either language may be missing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    Localized {
        vi: Option<String>,
        en: Option<String>,
    },
}

impl Text {
    /// The wording for `lang`, falling back to whichever exists.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Localized { vi, en } => {
                let (first, second) = lang.pick((vi, en), (en, vi));
                first.as_deref().or(second.as_deref()).unwrap_or("")
            }
        }
    }

    /// True when no language has any visible text.
    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(s) => s.trim().is_empty(),
            Text::Localized { vi, en } => [vi, en]
                .iter()
                .all(|t| t.as_deref().is_none_or(|s| s.trim().is_empty())),
        }
    }
}

impl Text {
    /// The Vietnamese and English wordings as two strings to edit (a plain string counts as
    /// Vietnamese, the language most checklists are written in).
    pub fn parts(&self) -> (String, String) {
        match self {
            Text::Plain(s) => (s.clone(), String::new()),
            Text::Localized { vi, en } => (
                vi.clone().unwrap_or_default(),
                en.clone().unwrap_or_default(),
            ),
        }
    }

    /// The inverse of [`Text::parts`]: both → localized, only Vietnamese → a plain string,
    /// only English → localized English.
    pub fn from_parts(vi: &str, en: &str) -> Text {
        match (vi.is_empty(), en.is_empty()) {
            (_, true) => Text::Plain(vi.to_owned()),
            (true, false) => Text::Localized {
                vi: None,
                en: Some(en.to_owned()),
            },
            (false, false) => Text::Localized {
                vi: Some(vi.to_owned()),
                en: Some(en.to_owned()),
            },
        }
    }
}

/// A name as people tell names apart: NFC (a name typed in NFD looks the same and is the
/// same) and lower case. `str::to_lowercase` after NFC is not full Unicode case folding,
/// which differs for a few letters (ß, final sigma, Cherokee…); none of them is Vietnamese.
pub fn fold_name(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.trim().nfc().collect::<String>().to_lowercase()
}

impl Text {
    /// The name as shown in each language ([`fold_name`]d): two texts that share one of these
    /// look the same to someone reading that language.
    pub fn folded(&self) -> [String; 2] {
        [fold_name(self.get(Lang::Vi)), fold_name(self.get(Lang::En))]
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(s) => serializer.serialize_str(s),
            Text::Localized { vi, en } => {
                let mut map = serializer.serialize_map(None)?;
                if let Some(vi) = vi {
                    map.serialize_entry("vi", vi)?;
                }
                if let Some(en) = en {
                    map.serialize_entry("en", en)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::Plain(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text::Plain(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let (mut vi, mut en) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "vi" => &mut vi,
                "en" => &mut en,
                _ => return Err(de::Error::unknown_field(&key, &["vi", "en"])),
            };
            if slot.is_some() {
                return Err(de::Error::duplicate_field(if key == "vi" {
                    "vi"
                } else {
                    "en"
                }));
            }
            *slot = Some(map.next_value::<String>()?);
        }
        Ok(Text::Localized { vi, en })
    }
}
