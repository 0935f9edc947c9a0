// Judging candidate secret values and the names they are assigned to. Shared by the
// provider detectors (placeholder tokens) and the context rules (secret-named keys).
// Thresholds and lists are documented in docs/secrets.md; keep the two in step.
#pragma once

#include <string_view>

namespace k8slint::secrets {

// Shannon entropy of the bytes of `s`, in bits per character.
double Entropy(std::string_view s);

// How many of lower case, upper case, digits and other printable characters occur.
int CharClasses(std::string_view s);

// A reference to a value kept elsewhere: ${VAR}, $VAR, $(cmd), $env:X, {{ .Values.x }},
// %VAR%, @VAR@, #{x}, op://, vault:, secretKeyRef, a PowerShell expression, ...
bool IsReference(std::string_view value);

// A value that stands for "fill me in": empty, changeme, <password>, xxxx, REPLACE_ME,
// example/sample/dummy values, `sk-...`, one repeated character, booleans, file paths,
// well-known words such as "password" or "secret". References count as placeholders.
bool IsPlaceholder(std::string_view value);

// A token body (after its provider prefix) that is a placeholder: an x-run, a value
// ending in EXAMPLE (AWS documentation keys), REPLACE/YOUR markers, or entropy too low
// for a random token (below 2.5 bits per character over 16 or more characters).
bool IsPlaceholderToken(std::string_view token);

// A literal assigned to a secret-named key that looks like a real secret: not a
// placeholder, 8 to 512 characters without spaces, not a number, URL, e-mail or
// dash-joined words, at least two character classes and entropy >= 3.0 bits/char.
bool LooksLikeSecretValue(std::string_view value);

// The documented non-secret classes (docs/secrets-contexts.md) beyond IsPlaceholder, for
// the rules that judge values (SE020-SE025). Not used by redaction, which stays broad: a
// message may redact a placeholder, it must never print a secret.
//   - ALL_CAPS phrases (GOOGLE_API_KEY_VAL, DB_PASSWORD, PERSONAL_ACCESS_TOKEN);
//   - CamelCase "fill me in" phrases (YourPingdomApiToken, MyDbPassword, ApiKeyHere);
//   - phrases of placeholder words (mypassword, SuperSecretPassword123, user:pass);
//   - sequences and repeated units (12345678, abcdef12, abcabcabc, qwerty123);
//   - format verbs and positional references (%s, %(name)s, {0}, {}, $1, :password);
//   - enumerations: auth methods and algorithms (scram-sha-256, md5, trust, HS256), and
//     identifiers made of lower-case words and numbers (aes-256-gcm, tls-v1.2).
bool IsNonSecretValue(std::string_view value);

// A git SHA, an image digest or a UUID under a key that names an identifier (commit,
// digest, revision, tenant, client, subscription, object, app, project, ... id).
bool IsIdentifierValue(std::string_view key, std::string_view value);

// What SE022 asks of a literal under a secret-named key: LooksLikeSecretValue and none of
// the non-secret classes above.
bool IsSecretValueFor(std::string_view key, std::string_view value);

// Whether a key name says it holds a secret: words password/passwd/pwd/pass, secret,
// token, credential(s)/creds, auth, passphrase, or "<qualifier> key" (api key, access
// key, private key, ...), split on _ - . and camelCase. Names that describe a secret
// rather than hold one (secretName, tokenUrl, passwordFile, publicKey, existingSecret)
// are not.
bool IsSecretKeyName(std::string_view key);
// Every name IsSecretKeyName accepts holds one of these (case-insensitively): the cheap
// test before it, for one name or for every position of a text.
inline constexpr std::string_view kSecretWords[] = {"pass", "pwd",  "secret", "token",
                                                    "key",  "cred", "auth"};

}  // namespace k8slint::secrets
