// The PowerShell tokenizer and the command builder behind ps::Script. Both never fail:
// unterminated strings, here-strings and comments become LexErrors and the tokens run
// to the end of the text.
#pragma once

#include <string_view>
#include <vector>

#include "linter/models/ps/script.h"

namespace k8slint::ps {

// Tokens of `text` in order of their begin offsets (tokens inside a string follow it).
void Tokenize(std::string_view text, std::vector<Token>* tokens, std::vector<LexError>* errors);

// Simple commands over `tokens`, sorted by begin offset.
std::vector<Command> BuildCommands(std::string_view text, const std::vector<Token>& tokens);

// What `script` (tokens and commands built) declares: functions, aliases, variables.
Script::Declarations Declare(const Script& script);

}  // namespace k8slint::ps
