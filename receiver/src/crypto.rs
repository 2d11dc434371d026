//! End-to-end encryption of referral bodies with HPKE (RFC 9180), base mode.
//!
//! Suite: DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-128-GCM
//! (KEM 0x0020, KDF 0x0001, AEAD 0x0001), `info` = "waymark referral v1",
//! `aad` = the referral id's ASCII bytes. The browser seals with the service's
//! public key; only the holder of the private key can open.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;

/// The KEM: DHKEM(X25519, HKDF-SHA256).
pub type Kem = hpke::kem::X25519HkdfSha256;
/// The KDF: HKDF-SHA256.
pub type Kdf = hpke::kdf::HkdfSha256;
/// The AEAD: AES-128-GCM.
pub type Aead = hpke::aead::AesGcm128;

/// HPKE `info` for every Waymark referral.
pub const INFO: &[u8] = b"waymark referral v1";

/// Media type of an encrypted referral.
pub const MEDIA_TYPE: &str = "application/waymark-hpke+json";

/// The JSON body of an encrypted referral.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// The HPKE encapsulated key (32 bytes for X25519), base64url without padding.
    pub enc: String,
    /// The AES-128-GCM ciphertext with its 16-byte tag, base64url without padding.
    pub ciphertext: String,
    /// The plaintext's media type: `application/json` or `application/fhir+json`.
    pub content_type: String,
    /// The referral id, also the HPKE `aad`.
    pub referral_id: String,
}

/// Why an envelope could not be opened.
#[derive(Debug, PartialEq, Eq)]
pub enum OpenError {
    /// `enc` or `ciphertext` is not base64url, or `enc` has the wrong length.
    Malformed(&'static str),
    /// The AEAD tag did not verify: wrong key, wrong referral id, or tampering.
    Decryption,
}

/// The receiver's X25519 private key.
pub struct PrivateKey {
    sk: <Kem as hpke::Kem>::PrivateKey,
}

fn decode_b64url(text: &str) -> Option<Vec<u8>> {
    // Accept padded input too: some encoders add it, and it carries no meaning.
    URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')).ok()
}

/// Encodes bytes as base64url without padding.
pub fn encode_b64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The effective user id of this process.
#[cfg(unix)]
pub fn effective_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Refuses a key file that others may read or write, or that belongs to
/// another user: a private key that has been readable by others must be
/// treated as leaked, and one another user can replace is not ours.
#[cfg(unix)]
fn check_key_file(path: &Path, metadata: &std::fs::Metadata) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    let mode = metadata.mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(format!(
            "{} has mode {mode:04o}: a private key must be readable by its owner only. \
             Run `chmod 600 {}` (and, if others could read it, make a new key: see docs/receiver.md, Rotating the key)",
            path.display(),
            path.display()
        ));
    }
    let (owner, me) = (metadata.uid(), effective_uid());
    if owner != me {
        return Err(format!(
            "{} belongs to uid {owner}, but this receiver runs as uid {me}: the private key must belong to the \
             user that runs the receiver (chown it to that user)",
            path.display()
        ));
    }
    Ok(())
}

/// The decoded parts of an envelope, ready to open with each key in turn.
struct Sealed {
    enc: <Kem as hpke::Kem>::EncappedKey,
    ciphertext: Vec<u8>,
}

fn decode(envelope: &Envelope) -> Result<Sealed, OpenError> {
    let enc = decode_b64url(&envelope.enc).ok_or(OpenError::Malformed("`enc` is not base64url"))?;
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&enc)
        .map_err(|_| OpenError::Malformed("`enc` must be a 32-byte X25519 public key"))?;
    let ciphertext =
        decode_b64url(&envelope.ciphertext).ok_or(OpenError::Malformed("`ciphertext` is not base64url"))?;
    Ok(Sealed { enc, ciphertext })
}

impl PrivateKey {
    /// Makes a new random key pair.
    pub fn generate() -> Self {
        let (sk, _) = Kem::gen_keypair();
        Self { sk }
    }

    /// Reads a key file written by [`PrivateKey::write_new`] (base64url of the
    /// 32 key bytes). On Unix the file must be mode 0600 (no access for group
    /// or others) and belong to the user running this process.
    pub fn load(path: &Path) -> Result<Self, String> {
        let mut file = std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        #[cfg(unix)]
        {
            // The metadata of the file opened, not of whatever the path names a moment later.
            let metadata = file.metadata().map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            check_key_file(path, &metadata)?;
        }
        let mut text = String::new();
        std::io::Read::read_to_string(&mut file, &mut text)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let bytes = decode_b64url(text.trim())
            .ok_or_else(|| format!("{} does not hold a base64url private key", path.display()))?;
        let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(&bytes)
            .map_err(|_| format!("{} does not hold a 32-byte X25519 private key", path.display()))?;
        Ok(Self { sk })
    }

    /// Writes the key to a new file readable only by its owner; refuses to overwrite.
    pub fn write_new(&self, path: &Path) -> Result<(), String> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        let text = format!("{}\n", encode_b64url(&self.sk.to_bytes()));
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// The public key as raw X25519 bytes in base64url: what a service puts in Waymark's config.
    pub fn public_key_b64url(&self) -> String {
        encode_b64url(&Kem::sk_to_pk(&self.sk).to_bytes())
    }

    /// Opens an envelope and returns the plaintext body.
    pub fn open(&self, envelope: &Envelope) -> Result<Vec<u8>, OpenError> {
        self.open_decoded(&decode(envelope)?, envelope.referral_id.as_bytes())
    }

    fn open_decoded(&self, sealed: &Sealed, aad: &[u8]) -> Result<Vec<u8>, OpenError> {
        hpke::single_shot_open::<Aead, Kdf, Kem>(&OpModeR::Base, &self.sk, &sealed.enc, INFO, &sealed.ciphertext, aad)
            .map_err(|_| OpenError::Decryption)
    }
}

/// The private keys a receiver holds: the current one first, then older ones
/// kept so referrals sealed before a rotation still open.
#[derive(Default)]
pub struct KeyRing {
    keys: Vec<PrivateKey>,
}

impl KeyRing {
    /// A ring of the given keys, current first.
    pub fn new(keys: Vec<PrivateKey>) -> Self {
        Self { keys }
    }

    /// Loads each key file (see [`PrivateKey::load`]), current first.
    pub fn load(paths: &[std::path::PathBuf]) -> Result<Self, String> {
        Ok(Self::new(paths.iter().map(|p| PrivateKey::load(p)).collect::<Result<_, _>>()?))
    }

    /// Whether no key is loaded.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// How many keys are loaded.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// The public keys, current first.
    pub fn public_keys(&self) -> Vec<String> {
        self.keys.iter().map(PrivateKey::public_key_b64url).collect()
    }

    /// Opens an envelope with whichever key it was sealed to; returns the
    /// plaintext and the index of that key (0 is the current one). The
    /// envelope is decoded once; each key costs one X25519 agreement.
    pub fn open(&self, envelope: &Envelope) -> Result<(Vec<u8>, usize), OpenError> {
        let sealed = decode(envelope)?;
        let aad = envelope.referral_id.as_bytes();
        for (index, key) in self.keys.iter().enumerate() {
            if let Ok(plaintext) = key.open_decoded(&sealed, aad) {
                return Ok((plaintext, index));
            }
        }
        Err(OpenError::Decryption)
    }
}

/// Seals a plaintext body for the holder of `public_key_b64url` (what the browser does;
/// used by the tests and the benchmark).
pub fn seal(
    public_key_b64url: &str,
    content_type: &str,
    referral_id: &str,
    plaintext: &[u8],
) -> Result<Envelope, String> {
    let pk_bytes = decode_b64url(public_key_b64url).ok_or("public key is not base64url")?;
    let pk = <Kem as hpke::Kem>::PublicKey::from_bytes(&pk_bytes).map_err(|_| "public key is not 32 bytes")?;
    let (enc, ciphertext) =
        hpke::single_shot_seal::<Aead, Kdf, Kem>(&OpModeS::Base, &pk, INFO, plaintext, referral_id.as_bytes())
            .map_err(|e| format!("seal failed: {e}"))?;
    Ok(Envelope {
        enc: encode_b64url(&enc.to_bytes()),
        ciphertext: encode_b64url(&ciphertext),
        content_type: content_type.to_string(),
        referral_id: referral_id.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_binding_to_referral_id() {
        let key = PrivateKey::generate();
        let env = seal(&key.public_key_b64url(), "application/json", "id-1", b"{\"a\":1}").unwrap();
        assert_eq!(decode_b64url(&env.enc).unwrap().len(), 32);
        assert_eq!(key.open(&env).unwrap(), b"{\"a\":1}");
        let moved = Envelope { referral_id: "id-2".into(), ..env.clone() };
        assert_eq!(key.open(&moved), Err(OpenError::Decryption));
        assert_eq!(PrivateKey::generate().open(&env), Err(OpenError::Decryption));
    }

    #[test]
    fn key_file_round_trip() {
        let dir =
            std::env::temp_dir().join(format!("waymark-key-{}-{}", std::process::id(), crate::clock::now_micros()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("key");
        let key = PrivateKey::generate();
        key.write_new(&path).unwrap();
        assert!(key.write_new(&path).is_err(), "must not overwrite");
        let again = PrivateKey::load(&path).unwrap();
        assert_eq!(again.public_key_b64url(), key.public_key_b64url());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_ring_opens_with_whichever_key_sealed() {
        let (new, old) = (PrivateKey::generate(), PrivateKey::generate());
        let to_old = seal(&old.public_key_b64url(), "application/json", "id-1", b"old").unwrap();
        let to_new = seal(&new.public_key_b64url(), "application/json", "id-1", b"new").unwrap();
        let ring = KeyRing::new(vec![new, old]);
        assert_eq!(ring.open(&to_new).unwrap(), (b"new".to_vec(), 0));
        assert_eq!(ring.open(&to_old).unwrap(), (b"old".to_vec(), 1));
        let stranger = seal(&PrivateKey::generate().public_key_b64url(), "application/json", "id-1", b"x").unwrap();
        assert_eq!(ring.open(&stranger), Err(OpenError::Decryption));
        let garbled = Envelope { enc: "!!".into(), ..to_new };
        assert!(matches!(ring.open(&garbled), Err(OpenError::Malformed(_))));
        assert_eq!(KeyRing::default().open(&to_old), Err(OpenError::Decryption));
    }

    #[cfg(unix)]
    #[test]
    fn loose_key_files_are_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir =
            std::env::temp_dir().join(format!("waymark-key-{}-{}", std::process::id(), crate::clock::now_micros()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("key");
        PrivateKey::generate().write_new(&path).unwrap();
        for mode in [0o644, 0o640, 0o604, 0o660, 0o666] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
            let e = PrivateKey::load(&path).err().expect("refused");
            assert!(e.contains(&format!("{mode:04o}")) && e.contains("chmod 600"), "{e}");
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).unwrap();
        assert!(PrivateKey::load(&path).is_ok(), "read-only for the owner is fine");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
