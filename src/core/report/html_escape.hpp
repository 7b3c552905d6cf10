// Text into HTML. Every piece of text that did not come from this program's own string literals
// (notes, custom factor names, medicine names, clinic name, analysis sentences that quote them)
// goes through html_escape before it reaches the printed report.
#pragma once

#include <string>
#include <string_view>

namespace painlink::report {

// Escapes text for HTML element content AND quoted attribute values:
//   &  <  >  "  '   ->  &amp; &lt; &gt; &quot; &#39;
// Bytes that are not valid UTF-8 (overlongs, surrogates, > U+10FFFF, truncated sequences) and the
// control characters U+0000-U+001F except tab, line feed and carriage return, and U+007F, each
// become U+FFFD: a NUL would cut the document short where it crosses into JavaScript as a C
// string, and the HTML parser would mangle the others anyway. Everything else is kept as is.
std::string html_escape(std::string_view text);
void append_escaped(std::string& out, std::string_view text);

}  // namespace painlink::report
