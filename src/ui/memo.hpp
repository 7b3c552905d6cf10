// A value derived from the journal, kept until what it was made from changes. Immediate-mode views
// are drawn on every frame; anything that scans the journal is made through a Memo keyed on what
// it reads (usually JournalApp::analysis_revision() and the day), never per frame.
#pragma once

#include <optional>
#include <utility>

namespace painlink::ui {

template <class Key, class Value>
class Memo {
 public:
  // The value made from `key`: `make()` runs only when the key differs from last time.
  template <class Make>
  const Value& get(const Key& key, Make&& make) {
    if (!key_ || !(*key_ == key)) {
      value_ = std::forward<Make>(make)();
      key_ = key;
      ++generation_;
    }
    return value_;
  }
  bool current(const Key& key) const { return key_ && *key_ == key; }
  void reset() { key_.reset(); }
  unsigned generation() const { return generation_; }  // bumps on every remake

 private:
  std::optional<Key> key_;
  Value value_{};
  unsigned generation_ = 0;
};

}  // namespace painlink::ui
