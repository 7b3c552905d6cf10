// Looking text up in the active language. The English text is the key (gettext's msgid), so
// the code reads in English, and English is what shows when no catalogue is active or the
// catalogue lacks a message:
//
//   ImGui::TextUnformatted(i18n::tr("Welcome to Painlink"));
//   i18n::tr("Step {n} of {total}", {{"n", 2}, {"total", 6}});             // named placeholders
//   i18n::trn("{n} question is not answered.", "{n} questions are not answered.", left);
//   constexpr Option kYes = {"yes", i18n::msg("Yes")};  // a table's text, translated where shown
//
// ImGui labels keep their id: tr("Back##assessment") translates "Back" and keeps "##assessment",
// so a control's id does not change with the language.
//
// The active catalogue is one per process (as gettext's is), so the wording functions of the
// core and a thousand UI call sites reach it without a parameter. It is set only by the app shell
// (src/platform, and NullPlatform for native tests) through set_active_catalogue; tests that
// set one themselves hold a ScopedCatalogue. scripts/check_i18n.py reads every tr, trn and msg
// call of src/ and fails the build when a catalogue lacks one of their texts.
#pragma once

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include "core/i18n/catalogue.hpp"
#include "core/i18n/language.hpp"

namespace painlink::i18n {

// The language tr() answers in and its catalogue (nullptr: English, the code's own text).
const Catalogue* active_catalogue();
Language active_language();
// Bumps every time the active catalogue changes: anything that keeps translated text (a memo of a
// sentence) keys on it, so a change of language is seen on the next frame.
std::uint64_t active_generation();
// nullptr: English. For the app shell only (see above).
void set_active_catalogue(std::shared_ptr<const Catalogue> catalogue);

// Tests: sets `catalogue` as the active one and puts back the one before on leaving the scope.
class ScopedCatalogue {
 public:
  explicit ScopedCatalogue(std::shared_ptr<const Catalogue> catalogue);
  ~ScopedCatalogue();
  ScopedCatalogue(const ScopedCatalogue&) = delete;
  ScopedCatalogue& operator=(const ScopedCatalogue&) = delete;

 private:
  std::shared_ptr<const Catalogue> previous_;
};

// A placeholder's value: text, or a whole number written the active language's way ("12.345").
struct Arg {
  Arg(std::string_view n, std::string v) : name(n), value(std::move(v)) {}
  Arg(std::string_view n, const char* v) : name(n), value(v ? v : "") {}
  template <std::integral I>
  Arg(std::string_view n, I v) : name(n), value(number_text(static_cast<std::int64_t>(v))) {}
  std::string_view name;
  std::string value;
  static std::string number_text(std::int64_t v);
};

// Marks a text for the catalogue where it is not shown at once (a table of questions): the code
// that shows it calls tr() on it.
constexpr const char* msg(const char* english) { return english; }

// The text in the active language. The pointer stays valid until the active catalogue changes
// (the shell changes it between frames, never while a frame is drawn).
const char* tr(const char* msgid);
// With named placeholders filled in: "{n} of {total}".
std::string tr(const char* msgid, std::initializer_list<Arg> args);
// Chooses the form for `n` by the active language's plural rules; {n} is `n` written the active
// language's way; `args` fill any other placeholders.
std::string trn(const char* singular, const char* plural, std::int64_t n, std::initializer_list<Arg> args = {});

// Fills "{name}" placeholders of `text` (one already translated); an unknown one is left as is.
std::string fill(std::string_view text, std::initializer_list<Arg> args);

}  // namespace painlink::i18n
