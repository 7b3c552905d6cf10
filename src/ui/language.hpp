// The language the widget is drawn in: the patient's choice in Data (Settings::language), else the
// embedder's `lang`, else the first of the browser's languages Painlink speaks, else English. The
// UI only asks for it (Platform::use_language); the shell makes it active (core/i18n/translate.hpp).
#pragma once

#include "core/i18n/language.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

i18n::Language wanted_language(const Ui& ui);
// Asks the platform for the wanted language when it is not the one asked for last (at start, after
// a choice in Data, and when another tab or an import changed the settings).
void follow_language(Ui& ui);
// Before each frame: what keeps translated text between frames is remade after a change of language.
void refresh_after_language_change(Ui& ui);
// A catalogue that could not be had: said at the top of every view, with "Try again".
void draw_language_notice(Ui& ui);
// Data's "Language" card: each language named in itself, and back to the browser's.
void draw_language_card(Ui& ui);

}  // namespace painlink::ui
