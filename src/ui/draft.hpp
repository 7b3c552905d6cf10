// The day being edited. The UI edits a copy (the draft) and commits it to JournalApp on every
// change, so nothing typed is lost; when the journal changes from outside (another tab, the JS
// API) the draft is reloaded, keeping text the user is in the middle of typing.
#pragma once

#include "ui/ui_state.hpp"

namespace painlink::ui {
void load_draft(Ui& ui, Date d);
void sync_draft(Ui& ui);
void commit_draft(Ui& ui, JournalApp::SaveTiming timing = JournalApp::SaveTiming::now);
}  // namespace painlink::ui
