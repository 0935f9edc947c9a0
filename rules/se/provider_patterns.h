// Pattern pieces shared by the provider detectors (rules/se/se026_*.cpp): RE2 source
// text, concatenated at compile time around a detector's own alphabet and length.
#pragma once

// Keyword-anchored formats (gitleaks kw(x)): the value counts only when it is assigned
// to an identifier naming the provider, within 50 characters before and 20 after the
// provider word, with gitleaks' assignment operators; the value ends at a quote, space,
// `;` or the line end. Group 1 is the value and the identifier ends right before it
// (Check::kKeyed reads it). Case-insensitive, as gitleaks: the alphabets in a kw value
// pattern are written in lower case.
#define K8SLINT_KW(provider)                                               \
  R"((?im)[\w.-]{0,50}?(?:)" provider R"()(?:[ \t\w.-]{0,20})[\s'"]{0,3})" \
  R"((?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}()"
// K8SLINT_KW for a provider word short enough to occur inside other words (`lob` in
// `global`, `blob`): it must be a whole word of the identifier.
#define K8SLINT_KW_WORD(provider)                                            \
  R"((?im)(?:^|[^a-z])(?:)" provider R"()(?:[_.-][\w.-]{0,20})?[\s'"]{0,3})" \
  R"((?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}()"
#define K8SLINT_KW_END R"()(?:[\x60'"\s;,]|\\[nr]|$))"
// Prefixes that can occur inside base64 text (`EAAA`, `ABSK`, ...): the token must
// start and end at a base64 boundary, not merely a word boundary (`+`, `/` are not \w).
#define K8SLINT_B64_START R"((?m)(?:^|[^\w+/-])()"
#define K8SLINT_B64_END R"()(?:[^\w+/=-]|$))"
#define K8SLINT_UUID "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
