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

// Whether a key name says it holds a secret: words password/passwd/pwd/pass, secret,
// token, credential(s)/creds, auth, passphrase, or "<qualifier> key" (api key, access
// key, private key, ...), split on _ - . and camelCase. Names that describe a secret
// rather than hold one (secretName, tokenUrl, passwordFile, publicKey, existingSecret)
// are not.
bool IsSecretKeyName(std::string_view key);

}  // namespace k8slint::secrets
