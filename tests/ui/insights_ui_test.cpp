// Insights opens on what was found: the strongest finding across every outcome and lag leads, and
// the trigger chart opens at that finding's outcome and timing until the patient picks another.
#include "ui_harness.hpp"

#include <random>
#include <vector>

#include "ui/ui_state.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {
// 89 days: alcohol (4 units) on 20 days picked at random (fixed seed), and a headache on the day
// AFTER 12 of them and on no other day; nothing else varies. The same-day headache rows show
// nothing; one day before does.
void alcohol_then_headache(UiHarness& h) {
  std::mt19937 rng(2026);
  std::vector<int> alcohol(89, 0), headache(89, 0);
  for (int placed = 0; placed < 20;) {
    const int d = static_cast<int>(rng() % 88);
    if (!alcohol[static_cast<std::size_t>(d)]) alcohol[static_cast<std::size_t>(d)] = 1, ++placed;
  }
  for (int d = 0, followed = 0; d < 88 && followed < 12; ++d)
    if (alcohol[static_cast<std::size_t>(d)]) headache[static_cast<std::size_t>(d + 1)] = 1, ++followed;
  const Date start = h.platform.today + -88;
  for (int i = 0; i < 89; ++i) {
    Entry e;
    e.date = start + i;
    Factors f;
    f.alcohol_units = alcohol[static_cast<std::size_t>(i)] ? 4.0 : 1.0;
    e.factors = f;
    Headache hd;
    hd.intensity = headache[static_cast<std::size_t>(i)] ? 6 : 0;
    e.headache = hd;
    h.app->put_entry(e);
  }
  h.frames(2);
}
}  // namespace

TEST_CASE("insights: opens on the standout finding, whatever its timing") {
  UiHarness h;
  alcohol_then_headache(h);
  h.tap("Insights");
  const auto& in = h.ui->insights.data;
  REQUIRE_FALSE(in.standouts.empty());
  CHECK(in.standouts.front().kind == analysis::Finding::Kind::possible_trigger);
  CHECK(in.triggers[in.standouts.front().index].factor == "alcohol");
  // The trigger chart follows the finding (1 day before), not the default Same day.
  CHECK(h.ui->insights_view.triggers.lag == in.triggers[in.standouts.front().index].lag_days);
  CHECK(h.ui->insights_view.triggers.lag >= 1);

  // Once the patient picks a timing, it stays theirs.
  h.tap("Same day##trigger-lag");
  CHECK(h.ui->insights_view.triggers.lag == 0);
  h.tap("Check-in");
  h.tap("5##back");
  h.tap("Insights");
  CHECK(h.ui->insights_view.triggers.lag == 0);
}

// Safety in view: a possible trigger found since the patient last looked is told on Check-in,
// once: "Got it" (or a look at Insights) marks it seen in the journal, and it stays seen.
TEST_CASE("check-in: a newly found possible trigger is told once, until acknowledged") {
  UiHarness h;
  alcohol_then_headache(h);
  h.capture_text();
  REQUIRE(h.shows("Got it##new-finding"));
  CHECK(h.text().find("New in your diary: ") != std::string::npos);
  CHECK(h.text().find("to discuss with your doctor") != std::string::npos);
  CHECK(h.text().find("alcohol") != std::string::npos);
  h.tap("Got it##new-finding");
  h.frames(2);
  CHECK_FALSE(h.shows("Got it##new-finding"));
  const std::vector<std::string>& seen = h.app->journal().settings.seen_findings;
  CHECK(std::find(seen.begin(), seen.end(), "alcohol>headache") != seen.end());
  h.open();  // after a reload too
  CHECK_FALSE(h.shows("Got it##new-finding"));
}

TEST_CASE("check-in: 'Show me on Insights' opens the finding, and Insights counts as seen") {
  UiHarness h;
  alcohol_then_headache(h);
  REQUIRE(h.shows("Show me on Insights##new-finding"));
  h.tap("Show me on Insights##new-finding");
  CHECK(h.ui->tab == ui::Tab::insights);
  h.tap("Check-in");
  CHECK_FALSE(h.shows("Got it##new-finding"));

  UiHarness other;  // a patient who opened Insights without the banner
  alcohol_then_headache(other);
  other.tap("Insights");
  other.tap("Check-in");
  CHECK_FALSE(other.shows("Got it##new-finding"));
}
