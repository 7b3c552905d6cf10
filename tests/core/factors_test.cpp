// Factors::filled_from, the "Same as yesterday" of Check-in: it fills gaps, never overwrites.
#include <doctest/doctest.h>

#include "core/model.hpp"

using namespace painlink;

TEST_CASE("same as yesterday fills only the factors left unrecorded, custom ones included") {
  Factors yesterday;
  yesterday.sleep_hours = 6.5;
  yesterday.stress = 7;
  yesterday.caffeine_cups = 3;
  yesterday.skipped_meal = false;
  yesterday.custom = {{"long drive", true}, {"cold weather", false}};

  Factors today;
  today.stress = 2;           // recorded today: stays
  today.menstruating = true;  // yesterday had no answer: stays
  today.custom = {{"cold weather", true}};

  const Factors f = today.filled_from(yesterday);
  CHECK(f.sleep_hours == 6.5);
  CHECK(f.stress == 2);
  CHECK(f.caffeine_cups == 3);
  CHECK(f.skipped_meal == false);  // a recorded "no" is copied as "no", not left unrecorded
  CHECK(f.menstruating == true);
  CHECK_FALSE(f.water_glasses.has_value());  // unrecorded on both days: still unrecorded
  CHECK(f.custom.at("long drive") == true);
  CHECK(f.custom.at("cold weather") == true);

  // Nothing to copy from: nothing changes.
  CHECK(today.filled_from(Factors{}) == today);
}
