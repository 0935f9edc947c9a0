#include "linter/core/image_ref.h"

namespace k8slint {

std::string_view ImageRef::name() const {
  const size_t slash = repository.find_last_of('/');
  return slash == std::string::npos ? std::string_view(repository)
                                    : std::string_view(repository).substr(slash + 1);
}

ImageRef ImageRef::Parse(std::string_view text) {
  ImageRef ref;
  ref.text = std::string(text);
  std::string_view rest = text;
  if (const size_t at = rest.find('@'); at != std::string_view::npos) {
    ref.digest = std::string(rest.substr(at + 1));
    rest = rest.substr(0, at);
  }
  // A registry is a first component with '.' or ':' or "localhost".
  if (const size_t slash = rest.find('/'); slash != std::string_view::npos) {
    const std::string_view first = rest.substr(0, slash);
    if (first.find('.') != std::string_view::npos || first.find(':') != std::string_view::npos ||
        first == "localhost") {
      ref.registry = std::string(first);
      rest = rest.substr(slash + 1);
    }
  }
  const size_t colon = rest.find_last_of(':');
  if (colon != std::string_view::npos && rest.find('/', colon) == std::string_view::npos) {
    ref.tag = std::string(rest.substr(colon + 1));
    rest = rest.substr(0, colon);
  }
  ref.repository = std::string(rest);
  return ref;
}

}  // namespace k8slint
