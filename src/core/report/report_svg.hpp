// The report's charts as inline SVG. Styled with presentation attributes only (fill=, stroke=,
// stroke-dasharray=), which a CSP without 'unsafe-inline' allows, and readable in black and white:
// the two pains differ by line style and marker as well as colour, and every bar has its number.
// Each function returns one <svg> element (role="img" with a <title>), or "" when there is
// nothing to draw.
#pragma once

#include <string>
#include <vector>

#include "core/analysis/medication_overuse.hpp"
#include "core/report/report_data.hpp"

namespace painlink::report {

// Daily back pain (solid line, filled circles) and headache (dashed line, hollow squares), 0-10,
// over the period; gaps where a day was not recorded. "" when nothing was recorded.
std::string intensity_chart_svg(Period period, const DailyIntensity& daily);

// Headache days per calendar month (grey bars) with the migraine-like part hatched, a dashed line
// at 15 days (ICHD-3 chronic level) and "rec. x/y" (days recorded / days in the period) under each.
std::string headache_months_svg(const std::vector<MonthDays>& months);

// Medication days per calendar month per class row (the analysis' last 3 months) against the row's
// ICHD-3 threshold (dashed line); rows with no days are left out. "" when no row has any day.
std::string medication_months_svg(const std::vector<analysis::MedicationOveruseRow>& rows);

// Short names for the analysis' medication rows ("simple_analgesics" -> "Simple analgesics, any").
std::string medication_row_label(const analysis::MedicationOveruseRow& row);

}  // namespace painlink::report
