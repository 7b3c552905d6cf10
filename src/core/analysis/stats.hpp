// Small, dependency-free statistics for the Insight part. Every estimator here is documented in
// src/core/analysis/README.md ("2x2 comparisons"); the choices in brief:
//
//  - Primitives risk_ratio / test_risk_ratio / fisher_exact_two_sided: RR with the log (Katz)
//    CI, Haldane-Anscombe 0.5 for a zero cell, Wald z on ln RR, Fisher's exact two-sided p, and
//    max(Fisher, Wald) for small expected counts. Not used for the comparisons the patient sees:
//    the Haldane-shrunk Wald p hides the strongest evidence (12 of 20 against 0 of 68 reads as
//    "unclear"), and Fisher's test cannot take the design effect.
//  - Score (Miettinen-Nurminen) test and CI of a common RR over strata, used by every comparison
//    the patient sees (risk_table.hpp): one statistic gives both, finite on the informative side
//    when a cell is zero.
//  - Design effect for autocorrelated day series (pain and habits run in spells and drift with
//    seasons and life phases, so days are not independent): Bartlett's variance inflation for the
//    cross-covariance of two autocorrelated series, deff = 1 + 2 * sum_{k=1..K} acf_x(k) acf_y(k)
//    with K = n/2 (7..240), floored at 1 (Bartlett 1935; Pyper & Peterman 1998, Can J Fish Aquat
//    Sci 55:2127). A fixed short K sees spells but not slow drift, which makes distant days alike
//    too. The score statistic and the SE of Fisher's z are divided / multiplied by sqrt(deff)
//    (effective n = n / deff).
//  - Pearson r with a 95% CI by Fisher's z: atanh(r) +- 1.96 / sqrt(n_eff - 3). Spearman's rho is
//    Pearson on mid-ranks (ties averaged), with the same CI (an approximation; adequate for n>=14).
//  - Benjamini-Hochberg step-up adjusted p-values (q-values), valid under independence and
//    positive regression dependence (Benjamini & Yekutieli 2001).
//  - Minimum detectable RR (normal approximation to the score test's power).
//  - Mean with a t-based 95% CI; OLS slope with a t-based 95% CI (df = n - 2), and with an
//    AR(1)-corrected SE and effective df for series whose consecutive points persist.
//
// Nothing here throws; the BH and rank helpers return vectors and the ACFs use scratch buffers.
// Undefined results are NaN; callers turn NaN into "not enough data" and JSON null.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace painlink::analysis {

inline constexpr double kZ975 = 1.959963984540054;  // two-sided 95%
inline constexpr int kAcfMaxLag = 240;  // most days of autocorrelation the design effect can use
inline constexpr int kAcfMinLag = 7;    // ... and the fewest (short series)
// Smallest lag-1 autocorrelation linear_slope_ar1 assumes (see there).
inline constexpr double kMinWeeklyPersistence = 0.5;

// Standard normal CDF, its inverse, and the two-sided p of a z statistic.
double normal_cdf(double z);
double normal_quantile(double p);
double two_sided_p_from_z(double z);

// Regularized incomplete beta I_x(a, b) (continued fraction, Lentz's method).
double incomplete_beta(double x, double a, double b);
// Student t: two-sided p of |t| with df degrees of freedom, and the quantile for probability p.
double student_t_two_sided_p(double t, double df);
double student_t_quantile(double p, double df);

// 2x2 table. a: exposed with outcome, b: exposed without, c: unexposed with, d: unexposed without.
struct TwoByTwo {
  int a = 0, b = 0, c = 0, d = 0;
  int exposed() const { return a + b; }
  int unexposed() const { return c + d; }
  int total() const { return a + b + c + d; }
  int events() const { return a + c; }
};

struct RiskRatio {
  double rr = 0.0;        // NaN when a group is empty
  double ci_low = 0.0;
  double ci_high = 0.0;
  double log_se = 0.0;    // SE of ln RR including the design effect
  bool corrected = false; // Haldane-Anscombe 0.5 added to every cell
};

// RR with 95% CI; design_effect >= 1 widens the CI (sqrt(deff) times the SE).
RiskRatio risk_ratio(const TwoByTwo& t, double design_effect = 1.0);

// Fisher's exact test, two-sided (sum of P(table) <= P(observed) * (1 + 1e-7), as R does).
double fisher_exact_two_sided(const TwoByTwo& t);

// Smallest expected cell count under independence.
double min_expected_count(const TwoByTwo& t);

struct RiskRatioTest {
  RiskRatio estimate;
  double p_value = 1.0;
  bool used_fisher = false;
};
RiskRatioTest test_risk_ratio(const TwoByTwo& t, double design_effect = 1.0);

// Score (Miettinen-Nurminen) analysis of a common RR over strata: the test and the CI come from
// the same statistic, so "CI excludes 1" <=> p < 0.05, and a zero cell gives a one-sided-finite CI
// (ci_high = +inf when no unexposed day had the outcome, ci_low = 0 when no exposed day had it)
// instead of a Haldane-shrunk Wald interval. One stratum = the unstratified analysis.
//   Z(theta) = sum_i w_i (a_i/n1_i - theta c_i/n0_i) / sqrt(sum_i w_i^2 V_i(theta)),
//   w_i = n1_i n0_i / N_i (Mantel-Haenszel weights), V_i from the maximum-likelihood risks
//   restricted to RR = theta (Miettinen & Nurminen 1985; Farrington & Manning 1990), times
//   N_i / (N_i - 1). Z(1) is the Mantel-Haenszel-type score statistic (one stratum: Pearson's
//   chi-square with the N-1 factor). Autocorrelation: Z is divided by sqrt(design_effect),
//   i.e. the counts are deflated to the effective sample size n / deff.
//   rr: the Mantel-Haenszel RR (= the root of Z); when it is 0 or infinite (a zero margin), the
//   Haldane-corrected pooled RR is reported instead (corrected = true) so a number can be shown.
struct ScoreRiskRatio {
  double rr = 0.0;
  double ci_low = 0.0;
  double ci_high = 0.0;
  double p_value = 1.0;
  double z = 0.0;  // Z(1) / sqrt(deff); NaN when undefined
  bool corrected = false;
};
ScoreRiskRatio score_risk_ratio(std::span<const TwoByTwo> strata, double design_effect = 1.0, double z_crit = kZ975);

// Smallest RR > 1 that the score test above (two-sided level alpha, one stratum) would detect
// with the given power, for n1 exposed and n0 unexposed days, outcome risk p0 among the unexposed
// and the design effect (normal approximation; Farrington & Manning 1990 eq. for the RR). NaN when
// even an exposed risk of 1 would not reach that power.
double minimum_detectable_rr(double n1, double n0, double p0, double design_effect, double alpha,
                             double power = 0.8);

// Correlations. n_effective = n / design_effect; CI is NaN when n_effective <= 3 or r undefined.
struct Correlation {
  double r = 0.0;
  double ci_low = 0.0;
  double ci_high = 0.0;
  int n = 0;
  double n_effective = 0.0;
};

// Streaming Pearson accumulator: add pairs, then result(). No allocation.
class PearsonAccumulator {
 public:
  void add(double x, double y);
  int n() const { return n_; }
  Correlation result(double design_effect = 1.0) const;

 private:
  int n_ = 0;
  double sx_ = 0, sy_ = 0, sxx_ = 0, syy_ = 0, sxy_ = 0;
};

Correlation pearson(std::span<const double> x, std::span<const double> y, double design_effect = 1.0);
Correlation spearman(std::span<const double> x, std::span<const double> y, double design_effect = 1.0);
// Mid-ranks (1-based, ties get the average rank).
std::vector<double> mid_ranks(std::span<const double> v);
// Fisher-z CI for r with an effective sample size (95% unless another normal quantile is given).
void fisher_z_ci(double r, double n_effective, double& lo, double& hi, double z_crit = kZ975);

// Benjamini-Hochberg adjusted p-values (q-values), same order as the input; NaN inputs stay NaN
// and are not counted in m.
std::vector<double> benjamini_hochberg(std::span<const double> p);

// Sample autocorrelation at `lag` of a series with gaps (NaN = missing): mean and variance over
// all valid values, lagged cross-products averaged over the valid pairs. 0 when undefined.
// The int8 overload is for yes/no day series where a negative value means unknown.
double autocorrelation(std::span<const float> x, int lag);
double autocorrelation(std::span<const std::int8_t> x, int lag);
// r[k-1] = autocorrelation at lag k for the lags with acf_lag_weight(k) > 0 up to
// design_effect_lags(n) (0 elsewhere); n = valid values in the series.
struct Acf {
  double r[kAcfMaxLag] = {};
  int n = 0;
};
Acf acf(std::span<const float> x);
Acf acf(std::span<const std::int8_t> x);
// Lags the design effect uses for a series of n valid days: n / 2, at least kAcfMinLag, at most
// kAcfMaxLag (a truncation point that grows with n, so drift over weeks and seasons is seen).
int design_effect_lags(int n);
// Lags 1..kAcfDenseLags are all computed; beyond, only every kAcfSparseStep-th lag, standing for
// the kAcfSparseStep lags up to it (a drift's ACF is smooth at long lags; 4 is coprime with a
// weekly rhythm). Keeps the 10-year analysis within its time budget.
inline constexpr int kAcfDenseLags = 28;
inline constexpr int kAcfSparseStep = 4;
// Weight of lag k in the design-effect sum: 1 for dense lags, kAcfSparseStep for the sampled long
// lags, 0 for the long lags that are skipped.
constexpr int acf_lag_weight(int k) {
  return k <= kAcfDenseLags ? 1 : ((k - kAcfDenseLags) % kAcfSparseStep == 0 ? kAcfSparseStep : 0);
}
// Design effect of two ACFs, floored at 1:
//   deff = 1 + 2 sum_{k=1..K} acf_x(k) acf_y(k),  K = design_effect_lags(min n)
// (long lags sampled, acf_lag_weight).
// Chosen by simulation (tests/bench/calibration.cpp): with slow drift the ACFs stay positive for
// months, and Bartlett-tapered sums to n/4 or n/2, or a flat sum to n/4, leave the same-day
// connection test at 10-13% false links on 365-day diaries with strong drift; the flat sum to n/2
// holds it at about 5%.
double design_effect(const Acf& x, const Acf& y);

struct MeanCi {
  double mean = 0.0;  // NaN when n == 0
  double ci_low = 0.0;
  double ci_high = 0.0;  // NaN when n < 2
  int n = 0;
};
MeanCi mean_ci(std::span<const double> v);

struct Slope {
  double slope = 0.0;  // NaN when n < 3 or x has no spread
  double ci_low = 0.0;
  double ci_high = 0.0;
  double intercept = 0.0;
  int n = 0;
  double residual_lag1 = 0.0;  // AR(1) coefficient used (linear_slope_ar1), 0 for plain OLS
  double df = 0.0;             // degrees of freedom of the t quantile
};
Slope linear_slope(std::span<const double> x, std::span<const double> y);
// OLS slope whose CI allows for persistence between consecutive points (x in order, about equally
// spaced): the lag-1 autocorrelation of the residuals, bias-corrected for short detrended series
// (rho* = rho + (2 + 4 rho) / n), at least kMinWeeklyPersistence and at most 0.9, inflates the
// variance by (1 + rho*)/(1 - rho*) and shrinks the degrees of freedom to
// n (1 - rho*)/(1 + rho*) - 2 (at least 1). The floor is there because 4-26 weekly points cannot
// estimate the persistence well and pain levels persist for longer than one lag suggests: without
// it 11-13% of simulated trend-free diaries reported a trend, with 0.3 still 12% at 26 weeks, with
// 0.5 at most 6.5% (tests/bench/calibration.cpp).
Slope linear_slope_ar1(std::span<const double> x, std::span<const double> y);

}  // namespace painlink::analysis
