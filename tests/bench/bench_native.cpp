// Native (host, Release) timings of the core operations the browser bench times in wasm, on the
// same synthetic journal (tests/bench/gen_journal.mjs). Prints one JSON object on stdout:
//   {"doc_bytes":..., "entries":..., "ops":{"import":{"median_ms":..,"min_ms":..,"runs":..}, ...}}
//
//   bench_native JOURNAL.json [repeats=15]
//
// Operations:
//   import        import_document(interchange text) into an empty journal (parse + validate)
//   encode        encode_payload (the compact storage form)
//   decode        decode_payload (parse + validate the storage form)
//   store_load    JournalStore::load from a MemoryStore holding the saved journal (fresh store)
//   save_one_day  JournalApp::put_entry of one edited day, saved at once (MemoryStore)
//   analysis      analysis::compute_insights (all insights)
//   insights_json analysis::insights_to_json of that result
//   export        export_json (the interchange document, pretty-printed)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "core/analysis/insights.hpp"
#include "core/interchange.hpp"
#include "core/journal_app.hpp"
#include "core/storage.hpp"
#include "core/store_codec.hpp"

using namespace painlink;

namespace {

struct Timing {
  double median = 0, min = 0;
  int runs = 0;
};

volatile std::size_t g_sink = 0;  // keeps results observable

Timing time_op(int repeats, const std::function<void()>& op) {
  std::vector<double> ms;
  op();  // warm-up (allocator, caches)
  for (int i = 0; i < repeats; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    op();
    const auto t1 = std::chrono::steady_clock::now();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  const std::size_t n = ms.size();
  Timing t;
  t.median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  t.min = ms.front();
  t.runs = repeats;
  return t;
}

Date today_local() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return date_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_native JOURNAL.json [repeats]\n");
    return 2;
  }
  const int repeats = argc > 2 ? std::max(3, std::atoi(argv[2])) : 15;
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string doc = buf.str();

  const ImportResult imported = import_document(doc, Journal{}, ImportMode::replace);
  if (!imported.ok || !imported.rejected.empty()) {
    std::fprintf(stderr, "bench_native: the journal did not import cleanly (%s, %zu rejected)\n",
                 imported.error.c_str(), imported.rejected.size());
    return 1;
  }
  const Journal journal = imported.journal;
  const Date today = today_local();
  const std::string payload = encode_payload(journal);

  std::vector<std::pair<std::string, Timing>> results;
  results.emplace_back("import", time_op(repeats, [&] {
    g_sink = g_sink + import_document(doc, Journal{}, ImportMode::replace).journal.entries.size();
  }));
  results.emplace_back("encode", time_op(repeats, [&] { g_sink = g_sink + encode_payload(journal).size(); }));
  results.emplace_back("decode", time_op(repeats, [&] {
    g_sink = g_sink + decode_payload(payload).journal->entries.size();
  }));

  // Storage: a store that holds the saved journal, as the browser's localStorage does.
  MemoryStore kv;
  const std::string key = "painlink.journal";
  std::int64_t clock = 1'700'000'000'000;
  {
    JournalStore store(kv, key);
    store.load(clock);
    store.save(journal, {}, clock);
  }
  results.emplace_back("store_load", time_op(repeats, [&] {
    JournalStore store(kv, key);  // fresh: no cached values
    g_sink = g_sink + store.load(clock).journal.entries.size();
  }));

  JournalApp app(kv, key, [&] { return clock; });
  app.start();
  const Date last = journal.entries.rbegin()->first;
  int edit = 0;
  results.emplace_back("save_one_day", time_op(repeats, [&] {
    Entry e = *app.entry(last);
    e.notes = "Edited in the benchmark, version " + std::to_string(++edit);
    clock += 1000;
    app.put_entry(std::move(e));
    g_sink = g_sink + app.revision();
  }));

  analysis::Insights insights;
  results.emplace_back("analysis", time_op(repeats, [&] {
    insights = analysis::compute_insights(journal, today);
    g_sink = g_sink + static_cast<std::size_t>(insights.days_recorded);
  }));
  results.emplace_back("insights_json", time_op(repeats, [&] {
    g_sink = g_sink + analysis::insights_to_json(insights).size();
  }));
  results.emplace_back("export", time_op(repeats, [&] { g_sink = g_sink + export_json(journal).size(); }));

  std::printf("{\"doc_bytes\":%zu,\"entries\":%zu,\"payload_bytes\":%zu,\"repeats\":%d,\"ops\":{", doc.size(),
              journal.entries.size(), payload.size(), repeats);
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& [name, t] = results[i];
    std::printf("%s\"%s\":{\"median_ms\":%.4f,\"min_ms\":%.4f,\"runs\":%d}", i ? "," : "", name.c_str(), t.median,
                t.min, t.runs);
  }
  std::printf("}}\n");
  return 0;
}
