//! Field validators shared by the configuration and the referral form.

/// A practical email check: one `@`, a non-empty local part, and a domain
/// with a dot and no empty labels. Deliverability is the server's business.
pub fn is_email(text: &str) -> bool {
    let text = text.trim();
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) || text.len() > 254 {
        return false;
    }
    let Some((local, domain)) = text.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for ok in ["a@b.co", "first.last+tag@example.nhs.uk", " x@y.org "] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in ["", "a", "a@", "@b.com", "a@b", "a@b..com", "a b@c.com", "a@b@c.com", "a@-b.com"] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
