// The doctor's report (issue 3): escaping, the period filter, hand-checked key numbers, red flags,
// CSP-safe output (no style/script), and well-formed markup with inline SVG.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis/insights.hpp"
#include "core/report/html_escape.hpp"
#include "core/report/report.hpp"
#include "core/report/report_data.hpp"
#include "core/report/report_svg.hpp"
#include "core/utf8.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink;
using namespace painlink::report;

namespace {

const std::string kFffd = "\xEF\xBF\xBD";
const std::string kImgPayload = "<img src=x onerror=alert(1)>";
const std::string kStylePayload = "</style><script>alert(\"x\")</script> & 'single' \"double\"";

Date d(int y, int m, int day) { return date_from_civil(y, m, day); }

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

int count(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

Headache headache(int intensity, double hours, std::optional<HeadacheSide> side) {
  Headache h;
  h.intensity = intensity;
  h.duration_hours = hours;
  h.side = side;
  return h;
}

BackPain back(int intensity) {
  BackPain b;
  b.intensity = intensity;
  return b;
}

Treatment medication(const char* name, DrugClass c, std::optional<int> relief) {
  Treatment t;
  t.type = TreatmentType::medication;
  t.name = name;
  t.drug_class = c;
  t.relief = relief;
  return t;
}

// March 2026, period 1-28 March; one entry on each side of it. Hand counts in the key-numbers test.
Journal march_journal() {
  Journal j;
  auto put = [&](Entry e) { j.entries[e.date] = std::move(e); };
  Entry before;
  before.date = d(2026, 2, 28);
  before.back_pain = back(9);
  before.headache = headache(9, 8, HeadacheSide::left);
  before.notes = "OUTSIDE-BEFORE";
  put(before);

  Entry e1;
  e1.date = d(2026, 3, 1);
  e1.back_pain = back(5);
  e1.back_pain->neck = true;
  e1.headache = headache(0, 0, std::nullopt);
  e1.headache->duration_hours.reset();
  e1.notes = kImgPayload;
  put(e1);

  Entry e2;  // migraine-like: 5 h, one-sided + pulsating + moderate, nausea
  e2.date = d(2026, 3, 2);
  e2.back_pain = back(2);
  e2.headache = headache(6, 5, HeadacheSide::left);
  e2.headache->pulsating = true;
  e2.headache->nausea = true;
  put(e2);

  Entry e3;  // tension-type-like, no back section
  e3.date = d(2026, 3, 3);
  e3.headache = headache(3, 1, HeadacheSide::both);
  put(e3);

  Entry e10;
  e10.date = d(2026, 3, 10);
  e10.back_pain = back(0);
  e10.headache = headache(0, 0, std::nullopt);
  e10.headache->duration_hours.reset();
  e10.treatments.push_back(medication("ibuprofen", DrugClass::nsaid, 6));
  Treatment ice;
  ice.type = TreatmentType::ice;
  ice.relief = 2;
  e10.treatments.push_back(ice);
  e10.notes = kStylePayload;
  put(e10);

  Entry e15;
  e15.date = d(2026, 3, 15);
  e15.back_pain = back(7);
  e15.treatments.push_back(medication("ibuprofen", DrugClass::nsaid, 4));
  e15.treatments.push_back(medication(" Ibuprofen ", DrugClass::nsaid, std::nullopt));
  e15.treatments.push_back(medication("<i>pill</i>", DrugClass::paracetamol, std::nullopt));
  e15.notes = "Tom & Jerry > cats\nsecond line";
  put(e15);

  Entry e28;  // migraine-like: 10 h, one-sided + pulsating + severe, light and sound
  e28.date = d(2026, 3, 28);
  e28.headache = headache(8, 10, HeadacheSide::right);
  e28.headache->pulsating = true;
  e28.headache->light_sensitive = true;
  e28.headache->sound_sensitive = true;
  put(e28);

  Entry after;
  after.date = d(2026, 3, 29);
  after.back_pain = back(8);
  after.notes = "OUTSIDE-AFTER";
  put(after);

  j.screening.answered_on = d(2026, 3, 20);
  j.screening.answers["headache_thunderclap"] = false;
  j.screening.answers["back_bladder_bowel"] = true;
  j.screening.answers["fever_unwell"] = false;
  return j;
}

const Period kMarch{date_from_civil(2026, 3, 1), date_from_civil(2026, 3, 28)};

std::string march_report(const ReportOptions& options = {}) {
  const Journal j = march_journal();
  const analysis::Insights in = analysis::compute_insights(j, kMarch.to);
  return build_report_html(j, in, kMarch.from, kMarch.to, options);
}

// Every opened element is closed in order (void elements and "/>" aside). Returns "" when the
// markup balances, else what went wrong.
std::string unbalanced(const std::string& html) {
  static const char* kVoid[] = {"meta", "link", "br", "hr", "img", "input", "col", "wbr"};
  std::vector<std::string> stack;
  std::size_t p = 0;
  while ((p = html.find('<', p)) != std::string::npos) {
    const std::size_t end = html.find('>', p);
    if (end == std::string::npos) return "unterminated tag";
    std::string tag = html.substr(p + 1, end - p - 1);
    p = end + 1;
    if (tag.empty() || tag[0] == '!') continue;  // doctype
    const bool closing = tag[0] == '/';
    const bool self_closing = tag.back() == '/';
    std::string name = tag.substr(closing ? 1 : 0);
    name = name.substr(0, name.find_first_of(" /\n"));
    if (self_closing || std::find(std::begin(kVoid), std::end(kVoid), name) != std::end(kVoid)) continue;
    if (!closing) {
      stack.push_back(name);
    } else {
      if (stack.empty() || stack.back() != name) return "unexpected </" + name + ">";
      stack.pop_back();
    }
  }
  return stack.empty() ? "" : "unclosed <" + stack.back() + ">";
}

}  // namespace

TEST_CASE("report: html_escape escapes the five specials and keeps other text") {
  CHECK(html_escape("") == "");
  CHECK(html_escape("plain text 123") == "plain text 123");
  CHECK(html_escape("a < b > c & d") == "a &lt; b &gt; c &amp; d");
  CHECK(html_escape("\"double\" 'single'") == "&quot;double&quot; &#39;single&#39;");
  CHECK(html_escape("&amp;") == "&amp;amp;");  // escaping is not idempotent, and must not pretend to be
  CHECK(html_escape("</style>") == "&lt;/style&gt;");
  CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape(kImgPayload) == "&lt;img src=x onerror=alert(1)&gt;");
  CHECK(html_escape("\" onmouseover=\"x") == "&quot; onmouseover=&quot;x");
  CHECK(html_escape("<!-- x -->") == "&lt;!-- x --&gt;");
  CHECK(html_escape("<![CDATA[x]]>") == "&lt;![CDATA[x]]&gt;");
  CHECK(html_escape("line\nbreak\ttab\r") == "line\nbreak\ttab\r");
  // Valid UTF-8 of every length passes through untouched.
  CHECK(html_escape("Gr\xC3\xBC\xC3\x9F" "e \xE2\x80\x93 \xC3\xA7" "a va \xF0\x9F\x98\x80") ==
        "Gr\xC3\xBC\xC3\x9F" "e \xE2\x80\x93 \xC3\xA7" "a va \xF0\x9F\x98\x80");
  std::string out = "kept:";
  append_escaped(out, "<&>");
  CHECK(out == "kept:&lt;&amp;&gt;");
}

TEST_CASE("report: html_escape replaces control characters and broken UTF-8 with U+FFFD") {
  CHECK(html_escape(std::string("a\0b", 3)) == "a" + kFffd + "b");  // a NUL would cut the C string
  CHECK(html_escape("\x01\x1F\x7F") == kFffd + kFffd + kFffd);
  CHECK(html_escape("\xC0\xAF") == kFffd + kFffd);                  // overlong '/'
  CHECK(html_escape("\xE0\x80\xBC") == kFffd + kFffd + kFffd);      // overlong '<'
  CHECK(html_escape("\xED\xA0\x80") == kFffd + kFffd + kFffd);      // surrogate
  CHECK(html_escape("\xF4\x90\x80\x80") == kFffd + kFffd + kFffd + kFffd);  // above U+10FFFF
  CHECK(html_escape("ok\xE2\x82") == "ok" + kFffd + kFffd);         // truncated at the end
  CHECK(html_escape("\xE2\x82<") == kFffd + kFffd + "&lt;");        // a special char right after
  CHECK(html_escape("\x80\xBF\xFE\xFF") == kFffd + kFffd + kFffd + kFffd);
}

TEST_CASE("report: html_escape of random bytes is valid UTF-8 with no markup left") {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const char alphabet[] = {'<', '>', '&', '"', '\'', 'a', ';', '#', '\0', '\n', '\x7F'};
  for (int round = 0; round < 2000; ++round) {
    std::string s(static_cast<std::size_t>(next() % 40), '\0');
    for (char& c : s) {
      const std::uint64_t r = next();
      c = (r & 1) ? alphabet[(r >> 1) % sizeof alphabet] : static_cast<char>((r >> 8) & 0xFF);
    }
    const std::string e = html_escape(s);
    REQUIRE(valid_utf8(e));
    CHECK(e.find_first_of(std::string("<>\"'\0\x7F", 6)) == std::string::npos);
    // Every '&' starts one of the entities we write.
    for (std::size_t p = e.find('&'); p != std::string::npos; p = e.find('&', p + 1)) {
      const std::string rest = e.substr(p, 6);
      const bool entity = rest.rfind("&amp;", 0) == 0 || rest.rfind("&lt;", 0) == 0 || rest.rfind("&gt;", 0) == 0 ||
                          rest.rfind("&quot;", 0) == 0 || rest.rfind("&#39;", 0) == 0;
      REQUIRE_MESSAGE(entity, "bare & in: ", e);
    }
  }
}

TEST_CASE("report: periods") {
  const Date today = d(2026, 11, 20);
  CHECK(last_weeks(today, 12).to == today);
  CHECK(last_weeks(today, 12).from == today - 83);
  CHECK(last_weeks(today, 12).days() == 84);
  CHECK(last_weeks(today, 4).days() == 28);
  CHECK(last_weeks(today, 0).days() == 7);
  CHECK(normalized_period(today, today - 10).from == today - 10);  // reversed: swapped
  CHECK(normalized_period(today - 100000, today).days() == kMaxReportDays);
}

TEST_CASE("report: key numbers match a hand count and ignore days outside the period") {
  const Journal j = march_journal();
  const KeyNumbers k = compute_key_numbers(j, kMarch);
  CHECK(k.period.days() == 28);
  CHECK(k.days_recorded == 6);
  CHECK(k.back_recorded_days == 4);
  CHECK(k.back_pain_days == 3);           // 5, 2, 7 (the 0 day is recorded, not a pain day)
  CHECK(k.back_mean == doctest::Approx(14.0 / 3));
  CHECK(k.flare_threshold == 4);
  CHECK(k.flare_days == 2);               // 5, 7
  CHECK(k.headache_recorded_days == 5);
  CHECK(k.headache_days == 3);            // 6, 3, 8
  CHECK(k.headache_mean == doctest::Approx(17.0 / 3));
  CHECK(k.headache_days_per_month == doctest::Approx(3 * 30.0 / 28));
  CHECK(k.migraine_like_days == 2);       // 2 and 28 March
  CHECK(k.medication_days == 2);
  CHECK(k.notes == 3);

  const KeyNumbers empty = compute_key_numbers(j, Period{d(2025, 1, 1), d(2025, 1, 28)});
  CHECK(empty.days_recorded == 0);
  CHECK(std::isnan(empty.back_mean));
  CHECK(std::isnan(empty.headache_mean));

  const DailyIntensity daily = daily_intensity(j, kMarch);
  REQUIRE(daily.back.size() == 28);
  CHECK(daily.back[0] == 5.0f);
  CHECK(std::isnan(daily.back[2]));
  CHECK(daily.headache[27] == 8.0f);

  const auto months = headache_days_by_month(j, kMarch);
  REQUIRE(months.size() == 1);
  CHECK(months[0].month == 3);
  CHECK(months[0].partial);
  CHECK(months[0].days_in_period == 28);
  CHECK(months[0].recorded_days == 5);
  CHECK(months[0].headache_days == 3);
  CHECK(months[0].migraine_like_days == 2);
  CHECK(headache_days_by_month(j, Period{d(2026, 2, 20), d(2026, 4, 30)}).size() == 3);

  const auto classes = medication_days_by_class(j, kMarch);
  REQUIRE(classes.size() == 2);
  CHECK(classes[0].drug_class == DrugClass::nsaid);
  CHECK(classes[0].days == 2);
  CHECK(classes[0].names == std::vector<std::string>{"ibuprofen"});
  CHECK(classes[1].drug_class == DrugClass::paracetamol);
  CHECK(classes[1].days == 1);

  const auto rows = treatments_in_period(j, kMarch);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].label == "ibuprofen (NSAID)");
  CHECK(rows[0].times_used == 3);
  CHECK(rows[0].days_used == 2);
  CHECK(rows[0].relief_n == 2);
  CHECK(rows[0].relief_mean == doctest::Approx(5.0));
  CHECK(rows[1].label == "<i>pill</i> (Paracetamol)");
  CHECK(std::isnan(rows[1].relief_mean));
  CHECK(rows[2].label == "Ice");
  CHECK(rows[2].relief_mean == doctest::Approx(2.0));
}

TEST_CASE("report: the HTML shows the key numbers and only the period's days") {
  const std::string html = march_report();
  CHECK(html.find("Painlink report for 1 Mar 2026 \xE2\x80\x93 28 Mar 2026") != std::string::npos);
  CHECK(html.find("generated 28 Mar 2026") != std::string::npos);
  CHECK(html.find("not a diagnosis") != std::string::npos);
  // Sections in order: the period's numbers and charts, then the analysis, then the diary itself.
  std::size_t last = 0;
  for (const char* id : {"key-numbers", "charts", "pattern", "triggers", "connection", "medication", "treatments",
                         "red-flags", "notes"}) {
    const std::size_t at = html.find(std::string("<section id=\"") + id + "\"");
    CHECK_MESSAGE(at != std::string::npos, id);
    CHECK_MESSAGE(at > last, id);
    last = at;
  }
  CHECK(html.find("<th>Days recorded</th><td class=\"value\">6</td>") != std::string::npos);
  CHECK(html.find("<th>Back-pain days</th><td class=\"value\">3</td>") != std::string::npos);
  CHECK(html.find("mean intensity 4.7 / 10") != std::string::npos);
  CHECK(html.find("<th>Back-pain flare days</th><td class=\"value\">2</td>") != std::string::npos);
  CHECK(html.find("<th>Headache days</th><td class=\"value\">3</td>") != std::string::npos);
  CHECK(html.find("mean intensity 5.7 / 10") != std::string::npos);
  CHECK(html.find("<th>Headache days per month</th><td class=\"value\">3.2</td>") != std::string::npos);
  CHECK(html.find("<th>Migraine-like days</th><td class=\"value\">2</td>") != std::string::npos);
  CHECK(html.find("<th>Medication days</th><td class=\"value\">2</td>") != std::string::npos);
  CHECK(html.find("OUTSIDE-BEFORE") == std::string::npos);
  CHECK(html.find("OUTSIDE-AFTER") == std::string::npos);
  // Notes by date, oldest first.
  const std::size_t n1 = html.find("Sun 1 Mar 2026");
  const std::size_t n15 = html.find("Sun 15 Mar 2026");
  REQUIRE(n1 != std::string::npos);
  REQUIRE(n15 != std::string::npos);
  CHECK(n1 < n15);
  CHECK(html.find("Tom &amp; Jerry &gt; cats\nsecond line") != std::string::npos);
}

TEST_CASE("report: user text is escaped everywhere and nothing needs inline style or script") {
  ReportOptions options;
  options.clinic_name = "Dr <b>Evil</b> & Co";
  options.clinic_contact = "\"><script>x()</script>";
  options.stylesheet_url = "https://clinic.example/painlink/report.css?a=1&b=\"2\"";
  const std::string html = march_report(options);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("&lt;/style&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;single&#39; "
                  "&quot;double&quot;") != std::string::npos);
  CHECK(html.find("&lt;i&gt;pill&lt;/i&gt; (Paracetamol)") != std::string::npos);
  CHECK(html.find("Dr &lt;b&gt;Evil&lt;/b&gt; &amp; Co") != std::string::npos);
  CHECK(html.find("&quot;&gt;&lt;script&gt;x()&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<link rel=\"stylesheet\" href=\"https://clinic.example/painlink/report.css?a=1&amp;b=&quot;2&quot;\">") !=
        std::string::npos);
  const std::string l = lower(html);
  CHECK(l.find("<img") == std::string::npos);
  CHECK(l.find("<i>") == std::string::npos);
  CHECK(l.find("<b>") == std::string::npos);
  CHECK(l.find("<script") == std::string::npos);
  CHECK(l.find("<style") == std::string::npos);
  CHECK(l.find("style=") == std::string::npos);
  CHECK(count(l, "onerror") == 1);  // only inside the escaped note
  CHECK(l.find("javascript:") == std::string::npos);
  CHECK(unbalanced(html) == "");
}

TEST_CASE("report: only an http(s) stylesheet is linked") {
  CHECK(march_report().find("<link") == std::string::npos);
  ReportOptions o;
  o.stylesheet_url = "javascript:alert(1)";
  CHECK(march_report(o).find("<link") == std::string::npos);
  o.stylesheet_url = "data:text/css,body{}";
  CHECK(march_report(o).find("<link") == std::string::npos);
  o.stylesheet_url = "http://127.0.0.1:8080/report.css";
  CHECK(march_report(o).find("<link rel=\"stylesheet\" href=\"http://127.0.0.1:8080/report.css\">") !=
        std::string::npos);
}

TEST_CASE("report: red-flag answers are listed with their date, a yes highlighted") {
  const std::string html = march_report();
  CHECK(html.find("Answered on 20 Mar 2026.") != std::string::npos);
  CHECK(html.find("<p class=\"warning\"><strong>Emergency: call your local emergency number now. </strong>") !=
        std::string::npos);
  const auto* yes_q = analysis::find_red_flag_question("back_bladder_bowel");
  const auto* no_q = analysis::find_red_flag_question("headache_thunderclap");
  REQUIRE(yes_q);
  REQUIRE(no_q);
  const std::string yes_row = "<tr class=\"flag-yes\"><td>" + html_escape(yes_q->question) +
                              "</td><td class=\"answer\"><strong>YES</strong> (emergency)</td></tr>";
  const std::string no_row = "<tr><td>" + html_escape(no_q->question) + "</td><td class=\"answer\">No</td></tr>";
  CHECK(html.find(yes_row) != std::string::npos);
  CHECK(html.find(no_row) != std::string::npos);
  CHECK(count(html, "<td class=\"answer\">") == 3);

  Journal unanswered = march_journal();
  unanswered.screening = {};
  const std::string h2 =
      build_report_html(unanswered, analysis::compute_insights(unanswered, kMarch.to), kMarch.from, kMarch.to, {});
  CHECK(h2.find("The red-flag questions have not been answered.") != std::string::npos);
  CHECK(h2.find("flag-yes") == std::string::npos);
}

TEST_CASE("report: charts are inline SVG, balanced, styled by attributes") {
  const std::string html = march_report();
  CHECK(count(html, "<svg ") == 3);  // daily intensity, headache months, medication months
  CHECK(count(html, "</svg>") == 3);
  CHECK(html.find("class=\"chart chart-intensity\"") != std::string::npos);
  CHECK(html.find("class=\"chart chart-months\"") != std::string::npos);
  CHECK(html.find("class=\"chart chart-medication\"") != std::string::npos);
  CHECK(html.find("stroke-dasharray") != std::string::npos);  // headache line and thresholds
  CHECK(html.find("fill=\"url(#pl-hatch)\"") != std::string::npos);
  // No NaN or infinite coordinates from unrecorded days.
  for (const char* bad : {"\"nan", "\"-nan", "\"inf", "\"-inf", " nan ", " nan\"", " -nan", " inf ", " inf\"", " -inf"})
    CHECK_MESSAGE(lower(html).find(bad) == std::string::npos, bad);
  // A chart alone is well-formed too.
  const Journal j = march_journal();
  const std::string svg = intensity_chart_svg(kMarch, daily_intensity(j, kMarch));
  CHECK(svg.rfind("<svg ", 0) == 0);
  CHECK(unbalanced(svg) == "");
  CHECK(intensity_chart_svg(kMarch, DailyIntensity{std::vector<float>(28, NAN), std::vector<float>(28, NAN)}) == "");
}

TEST_CASE("report: an empty journal prints with 'not enough data' everywhere and stays well-formed") {
  const Journal j;
  const Date today = d(2026, 11, 20);
  const Period p = last_weeks(today, 12);
  const std::string html = build_report_html(j, analysis::compute_insights(j, today), p.from, p.to, {});
  CHECK(html.find("Nothing was recorded in this period.") != std::string::npos);
  CHECK(html.find("Not enough data yet to look for triggers") != std::string::npos);
  CHECK(html.find("No medication was recorded in this period.") != std::string::npos);
  CHECK(html.find("No notes were written in this period.") != std::string::npos);
  CHECK(html.find("<th>Headache days per month</th><td class=\"value\">0.0</td>") != std::string::npos);
  CHECK(unbalanced(html) == "");
}

TEST_CASE("report: possible triggers with RR, CI and sentence; custom names escaped") {
  // 120 days: short sleep and the custom factor on about a third of days (at random), a headache
  // on most of those days and on few others.
  Journal j;
  painlink::testing::SplitMix64 rng(7);
  const Date first = d(2026, 1, 1);
  const std::string custom = "<b>red wine</b>";
  for (int i = 0; i < 120; ++i) {
    Entry e;
    e.date = first + i;
    const bool bad = rng.chance(0.33);
    const bool pain = rng.chance(bad ? 0.85 : 0.1);
    e.headache = headache(pain ? 6 : 0, pain ? 5 : 0, HeadacheSide::left);
    if (!pain) e.headache->duration_hours.reset();
    e.back_pain = back(i % 4 == 0 ? 5 : 1);
    Factors f;
    f.sleep_hours = bad ? 5.0 : 7.5;
    f.custom[custom] = bad;
    e.factors = f;
    j.entries[e.date] = e;
  }
  const Date today = first + 119;
  const analysis::Insights in = analysis::compute_insights(j, today);
  const Period p = last_weeks(today, 12);
  const std::string html = build_report_html(j, in, p.from, p.to, {});
  CHECK(html.find("Possible trigger") != std::string::npos);
  CHECK(html.find("Under 6 h sleep") != std::string::npos);
  CHECK(html.find("&lt;b&gt;red wine&lt;/b&gt;") != std::string::npos);
  CHECK(lower(html).find("<b>") == std::string::npos);
  CHECK(html.find("95% CI") != std::string::npos);
  CHECK(html.find("From the analysis of all recorded days") != std::string::npos);
  // Every trigger/protector of the analysis is in the table with its sentence.
  for (const auto& t : in.triggers) {
    if (t.verdict != analysis::Verdict::possible_trigger) continue;
    CHECK(html.find(html_escape(t.sentence)) != std::string::npos);
  }
  CHECK(unbalanced(html) == "");
}

TEST_CASE("report: page one has a line for the patient's name and what needs attention before the numbers") {
  const std::string html = march_report();  // has an emergency "yes"
  const auto name = html.find("<p class=\"patient\">Name: ");
  const auto attention = html.find("<section id=\"attention\"");
  const auto numbers = html.find("<section id=\"key-numbers\"");
  REQUIRE(name != std::string::npos);
  REQUIRE(attention != std::string::npos);
  REQUIRE(numbers != std::string::npos);
  CHECK(name < attention);
  CHECK(attention < numbers);
  CHECK(html.find("<strong>Red flag: </strong>Emergency: call your local emergency number now.", attention) <
        numbers);

  // Simple painkillers on 15 days in each of four months: the overuse warning is on page one too.
  painlink::testing::JournalBuilder b(date_from_civil(2026, 2, 1));
  for (int m = 2; m <= 5; ++m) {
    const Date first = date_from_civil(2026, m, 1);
    for (int k = 0; k < 15; ++k) b.medication((first + k) - b.start, DrugClass::nsaid);
  }
  const Date today = date_from_civil(2026, 6, 20);
  const std::string over =
      build_report_html(b.journal, analysis::compute_insights(b.journal, today), today + -83, today, {});
  const auto a2 = over.find("<section id=\"attention\"");
  REQUIRE(a2 != std::string::npos);
  CHECK(over.find("Medication overuse risk: ", a2) < over.find("<section id=\"key-numbers\""));

  // Nothing to flag: no box at all.
  painlink::testing::JournalBuilder quiet(date_from_civil(2026, 3, 1));
  for (int i = 0; i < 20; ++i) quiet.back(i, 3);
  const std::string calm = build_report_html(quiet.journal, analysis::compute_insights(quiet.journal, quiet.date(19)),
                                             quiet.date(0), quiet.date(19), {});
  CHECK(calm.find("id=\"attention\"") == std::string::npos);
  CHECK(calm.find("<p class=\"patient\">") != std::string::npos);
}
