// The parsed models rules and collectors take by reference: forward declarations, so
// core and project headers name them without including the parsers.
#pragma once

namespace k8slint {
namespace dockerfile {
class Document;
}
namespace yaml {
class File;
}
namespace env {
class File;
}
namespace ps {
class Script;
}
}  // namespace k8slint
