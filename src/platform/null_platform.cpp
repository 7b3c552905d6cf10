#include "platform/null_platform.hpp"

#include <algorithm>

namespace painlink::platform {

void NullPlatform::download_file(const std::string& filename, const std::string& mime, const std::string& content) {
  downloads.push_back({filename, mime, content, {}});
}

bool NullPlatform::download_stored(const std::string& filename, const std::string& mime, const std::string& key) {
  // No browser storage to read from: the caller falls back to download_file with the core's copy.
  (void)filename;
  (void)mime;
  (void)key;
  return false;
}

void NullPlatform::pick_text_file(const std::string& accept, ui::FilePurpose purpose) {
  (void)accept;
  file_picks.push_back(purpose);
}

void NullPlatform::request_frames(int ms) { frames_requested_ms = std::max(frames_requested_ms, ms); }

}  // namespace painlink::platform
