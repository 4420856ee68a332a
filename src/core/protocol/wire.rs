//! The fields every message is made of: `<byte length>:<text>`, one after
//! another, the first naming the message. Lengths make any text safe to
//! carry (newlines, separators, markup) with no escaping.

use std::fmt;

/// Why a message could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A field's length is missing, not a number, or runs past the end.
    Damaged,
    /// The first field names no message of this kind.
    UnknownKind,
    /// A field does not hold the value its place needs (a number, a flag).
    BadValue,
    /// Text follows the last field.
    TrailingText,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Damaged => f.write_str("the message is damaged"),
            DecodeError::UnknownKind => f.write_str("it is no message of this kind"),
            DecodeError::BadValue => f.write_str("a field holds the wrong kind of value"),
            DecodeError::TrailingText => f.write_str("the message has extra text at its end"),
        }
    }
}

/// Builds a message field by field.
#[derive(Default)]
pub struct Writer(String);

impl Writer {
    pub fn new(kind: &str) -> Self {
        let mut writer = Writer(String::new());
        writer.text(kind);
        writer
    }

    pub fn text(&mut self, text: &str) -> &mut Self {
        self.0.push_str(&text.len().to_string());
        self.0.push(':');
        self.0.push_str(text);
        self
    }

    pub fn number(&mut self, number: u32) -> &mut Self {
        self.text(&number.to_string())
    }

    pub fn flag(&mut self, flag: bool) -> &mut Self {
        self.text(if flag { "1" } else { "0" })
    }

    pub fn optional(&mut self, text: Option<&str>) -> &mut Self {
        self.flag(text.is_some());
        if let Some(text) = text {
            self.text(text);
        }
        self
    }

    pub fn list(&mut self, items: &[String]) -> &mut Self {
        self.number(u32::try_from(items.len()).unwrap_or(u32::MAX));
        for item in items {
            self.text(item);
        }
        self
    }

    /// A count, then each pair's two texts.
    pub fn pairs(&mut self, pairs: &[(String, String)]) -> &mut Self {
        self.number(u32::try_from(pairs.len()).unwrap_or(u32::MAX));
        for (a, b) in pairs {
            self.text(a).text(b);
        }
        self
    }

    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

/// Reads a message's fields in the order they were written.
pub struct Reader<'a>(&'a str);

impl<'a> Reader<'a> {
    /// A reader positioned after the message's kind, and that kind.
    pub fn open(message: &'a str) -> Result<(&'a str, Self), DecodeError> {
        let mut reader = Reader(message);
        let kind = reader.text()?;
        Ok((kind, reader))
    }

    pub fn text(&mut self) -> Result<&'a str, DecodeError> {
        let (length, rest) = self.0.split_once(':').ok_or(DecodeError::Damaged)?;
        if length.is_empty() || !length.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DecodeError::Damaged);
        }
        let length: usize = length.parse().map_err(|_| DecodeError::Damaged)?;
        let text = rest.get(..length).ok_or(DecodeError::Damaged)?;
        self.0 = &rest[length..];
        Ok(text)
    }

    pub fn string(&mut self) -> Result<String, DecodeError> {
        self.text().map(String::from)
    }

    pub fn number(&mut self) -> Result<u32, DecodeError> {
        let text = self.text()?;
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DecodeError::BadValue);
        }
        text.parse().map_err(|_| DecodeError::BadValue)
    }

    pub fn flag(&mut self) -> Result<bool, DecodeError> {
        match self.text()? {
            "1" => Ok(true),
            "0" => Ok(false),
            _ => Err(DecodeError::BadValue),
        }
    }

    pub fn optional(&mut self) -> Result<Option<String>, DecodeError> {
        Ok(if self.flag()? {
            Some(self.string()?)
        } else {
            None
        })
    }

    pub fn list(&mut self) -> Result<Vec<String>, DecodeError> {
        let count = self.number()?;
        // Each item takes at least two bytes ("0:"), so a count larger than
        // that is damage, not a reason to reserve memory.
        if count as usize > self.0.len() / 2 {
            return Err(DecodeError::Damaged);
        }
        (0..count).map(|_| self.string()).collect()
    }

    /// What [`Writer::pairs`] wrote.
    pub fn pairs(&mut self) -> Result<Vec<(String, String)>, DecodeError> {
        let count = self.number()?;
        // Each pair takes at least four bytes ("0:0:").
        if count as usize > self.0.len() / 4 {
            return Err(DecodeError::Damaged);
        }
        (0..count)
            .map(|_| Ok((self.string()?, self.string()?)))
            .collect()
    }

    pub fn is_at_end(&self) -> bool {
        self.0.is_empty()
    }

    /// Checks that nothing follows the last field.
    pub fn end<T>(self, value: T) -> Result<T, DecodeError> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(DecodeError::TrailingText)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_carry_any_text() {
        let message = Writer::new("kind")
            .text("a:b\n3:c")
            .number(42)
            .flag(true)
            .optional(None)
            .optional(Some("é"))
            .list(&["x".into(), String::new()])
            .finish();
        assert_eq!(message, "4:kind7:a:b\n3:c2:421:11:01:12:é1:21:x0:");
        let (kind, mut r) = Reader::open(&message).unwrap();
        assert_eq!(kind, "kind");
        assert_eq!(r.text(), Ok("a:b\n3:c"));
        assert_eq!(r.number(), Ok(42));
        assert_eq!(r.flag(), Ok(true));
        assert_eq!(r.optional(), Ok(None));
        assert_eq!(r.optional(), Ok(Some("é".into())));
        assert_eq!(r.list(), Ok(vec!["x".into(), String::new()]));
        assert_eq!(r.end(()), Ok(()));
    }

    #[test]
    fn damage_is_an_error() {
        assert_eq!(Reader::open("").err(), Some(DecodeError::Damaged));
        assert_eq!(Reader::open("9:abc").err(), Some(DecodeError::Damaged));
        assert_eq!(Reader::open("+1:a").err(), Some(DecodeError::Damaged));
        // A length that would cut a character in two.
        assert_eq!(Reader::open("1:é").err(), Some(DecodeError::Damaged));
        let (_, mut r) = Reader::open("1:k2:-1").unwrap();
        assert_eq!(r.number(), Err(DecodeError::BadValue));
        let (_, mut r) = Reader::open("1:k10:4000000000").unwrap();
        assert_eq!(r.list(), Err(DecodeError::Damaged));
        let (_, r) = Reader::open("1:kx").unwrap();
        assert_eq!(r.end(()), Err(DecodeError::TrailingText));
    }
}
