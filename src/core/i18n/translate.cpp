#include "core/i18n/translate.hpp"

#include <unordered_map>

#include "core/i18n/format.hpp"

namespace painlink::i18n {

// fill() with one more argument after `args` ({n} of trn).
std::string fill_with(std::string_view text, const Arg* first, const Arg* last, const Arg* extra);

namespace {

// The process-wide state of the header's comment, in one place.
struct Active {
  std::shared_ptr<const Catalogue> catalogue;
  std::uint64_t generation = 0;
  // "Label##id" translated: made once per label and language, kept so tr() can return a pointer.
  std::unordered_map<std::string, std::string> labels;
};

Active& active() {
  static Active state;
  return state;
}

const Message* lookup(std::string_view msgid) {
  const Catalogue* c = active().catalogue.get();
  return c ? c->find(msgid) : nullptr;
}

}  // namespace

const Catalogue* active_catalogue() { return active().catalogue.get(); }

Language active_language() {
  const Catalogue* c = active_catalogue();
  return c ? c->language : Language::en;
}

std::uint64_t active_generation() { return active().generation; }

void set_active_catalogue(std::shared_ptr<const Catalogue> catalogue) {
  Active& a = active();
  a.catalogue = std::move(catalogue);
  a.labels.clear();
  ++a.generation;
}

ScopedCatalogue::ScopedCatalogue(std::shared_ptr<const Catalogue> catalogue) : previous_(active().catalogue) {
  set_active_catalogue(std::move(catalogue));
}

ScopedCatalogue::~ScopedCatalogue() { set_active_catalogue(std::move(previous_)); }

std::string Arg::number_text(std::int64_t v) { return format_integer(v, active_language()); }

const char* tr(const char* msgid) {
  if (!msgid || !active().catalogue) return msgid;
  const std::string_view text(msgid);
  const std::size_t id = text.find("##");
  if (id == std::string_view::npos) {
    const Message* m = lookup(text);
    return m && !m->plural() ? m->text.c_str() : msgid;
  }
  const Message* m = lookup(text.substr(0, id));
  if (!m || m->plural()) return msgid;
  auto& labels = active().labels;
  auto it = labels.find(msgid);
  if (it == labels.end()) it = labels.emplace(msgid, m->text + std::string(text.substr(id))).first;
  return it->second.c_str();
}

std::string tr(const char* msgid, std::initializer_list<Arg> args) { return fill(tr(msgid), args); }

std::string trn(const char* singular, const char* plural, std::int64_t n, std::initializer_list<Arg> args) {
  const Language lang = active_language();
  const Plural category = plural_category(lang, n);
  std::string_view text = category == Plural::one ? singular : plural;
  if (const Message* m = lookup(singular); m && m->plural()) {
    const auto it = m->forms.find(category);
    if (it != m->forms.end()) text = it->second;
  }
  const Arg count("n", n);
  return fill_with(text, args.begin(), args.end(), &count);
}

std::string fill(std::string_view text, std::initializer_list<Arg> args) {
  return fill_with(text, args.begin(), args.end(), nullptr);
}

std::string fill_with(std::string_view text, const Arg* first, const Arg* last, const Arg* extra) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view name = text.substr(i + 1, close - i - 1);
        const Arg* found = extra && extra->name == name ? extra : nullptr;
        for (const Arg* a = first; a != last && !found; ++a)
          if (a->name == name) found = a;
        if (found) {
          out += found->value;
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace painlink::i18n
