// Integrity check for stored payloads: catches truncation and bit rot, not tampering.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace painlink {

// 64-bit FNV-1a over the bytes. Fast, no tables, and easy to recompute in JS when debugging.
std::uint64_t fnv1a64(std::string_view bytes);

// fnv1a64 as 16 lowercase hex digits: the envelope's "checksum".
std::string checksum_hex(std::string_view bytes);

}  // namespace painlink
