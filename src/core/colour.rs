//! sRGB colours and WCAG 2.2 contrast, used to refuse theme colours that
//! would make text unreadable.

use std::fmt;

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// White, the text colour drawn on brand-coloured surfaces.
pub const WHITE: Rgb = Rgb { r: 255, g: 255, b: 255 };

/// The contrast WCAG 2.2 success criterion 1.4.3 asks of normal-size text.
pub const AA_TEXT_CONTRAST: f64 = 4.5;

impl Rgb {
    /// Parses `#rgb` or `#rrggbb` (case-insensitive). Anything else is refused,
    /// because a value we cannot check for contrast must not reach the page.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            3 => {
                let d: Vec<u8> = hex.chars().map(|c| channel(&c.to_string()).map(|v| v * 17)).collect::<Option<_>>()?;
                Some(Rgb { r: d[0], g: d[1], b: d[2] })
            }
            6 => Some(Rgb { r: channel(&hex[0..2])?, g: channel(&hex[2..4])?, b: channel(&hex[4..6])? }),
            _ => None,
        }
    }

    /// Relative luminance as defined by WCAG 2.2.
    pub fn relative_luminance(self) -> f64 {
        let linear = |c: u8| {
            let s = f64::from(c) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// Contrast ratio between two colours, from 1.0 to 21.0.
    pub fn contrast_with(self, other: Rgb) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_long_and_short_hex() {
        assert_eq!(Rgb::parse_hex("#005EB8"), Some(Rgb { r: 0, g: 0x5e, b: 0xb8 }));
        assert_eq!(Rgb::parse_hex("#fff"), Some(WHITE));
        assert_eq!(Rgb::parse_hex("005eb8"), None);
        assert_eq!(Rgb::parse_hex("#05eb8"), None);
        assert_eq!(Rgb::parse_hex("#gggggg"), None);
        assert_eq!(Rgb::parse_hex("#+1+2+3"), None);
    }

    #[test]
    fn contrast_matches_known_values() {
        let black = Rgb { r: 0, g: 0, b: 0 };
        assert!((black.contrast_with(WHITE) - 21.0).abs() < 1e-9);
        // #767676 is the lightest grey that passes AA on white (4.54:1);
        // #777777 just fails (4.48:1). Both are widely published reference values.
        let passing = Rgb::parse_hex("#767676").unwrap().contrast_with(WHITE);
        let failing = Rgb::parse_hex("#777777").unwrap().contrast_with(WHITE);
        assert!((passing - 4.54).abs() < 0.01, "{passing}");
        assert!((failing - 4.48).abs() < 0.01, "{failing}");
        assert!(passing >= AA_TEXT_CONTRAST && failing < AA_TEXT_CONTRAST);
    }

    #[test]
    fn displays_as_lowercase_hex() {
        assert_eq!(Rgb::parse_hex("#ABC").unwrap().to_string(), "#aabbcc");
    }
}
