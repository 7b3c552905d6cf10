// Small, dependency-free statistics for the Insight part. Every estimator here is documented in
// src/core/analysis/README.md ("Methods"); the choices in brief:
//
//  - Relative risk (RR) of a 2x2 table with a 95% CI by the log method (Katz et al. 1978):
//      SE(ln RR) = sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d)).
//    When any cell is 0, 0.5 is added to every cell (Haldane-Anscombe) for the estimate and its CI;
//    the absolute risks shown to the patient stay uncorrected.
//  - p-value of an RR: the Wald z-test on ln RR, except when the smallest expected cell count is
//    below 5 (Cochran's rule), where the normal approximation is poor: then the larger (more
//    cautious) of Fisher's exact two-sided p (tables no more probable than the observed one) and
//    the Wald p. The Wald p uses the design-effect-inflated SE (below); Fisher's test cannot, which
//    is one reason the larger of the two is taken.
//  - Design effect for autocorrelated day series (pain and habits run in spells, so days are not
//    independent): Bartlett's variance inflation for the cross-covariance of two autocorrelated
//    series, deff = 1 + 2 * sum_{k=1..7} acf_x(k) * acf_y(k), floored at 1 (Bartlett 1935;
//    Pyper & Peterman 1998, Can J Fish Aquat Sci 55:2127). The SE of ln RR and of Fisher's z are
//    multiplied by sqrt(deff) (equivalently: effective n = n / deff).
//  - Pearson r with a 95% CI by Fisher's z: atanh(r) +- 1.96 / sqrt(n_eff - 3). Spearman's rho is
//    Pearson on mid-ranks (ties averaged), with the same CI (an approximation; adequate for n>=14).
//  - Benjamini-Hochberg step-up adjusted p-values (q-values), valid under independence and
//    positive regression dependence (Benjamini & Yekutieli 2001).
//  - Mean with a t-based 95% CI; OLS slope with a t-based 95% CI (df = n - 2).
//
// Nothing here throws or allocates per call except the BH and rank helpers, which return vectors.
// Undefined results are NaN; callers turn NaN into "not enough data" and JSON null.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace painlink::analysis {

inline constexpr double kZ975 = 1.959963984540054;  // two-sided 95%
inline constexpr int kAcfMaxLag = 7;                 // days of autocorrelation used in the design effect

// Standard normal CDF and the two-sided p of a z statistic.
double normal_cdf(double z);
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
// Fisher-z 95% CI for r with an effective sample size.
void fisher_z_ci(double r, double n_effective, double& lo, double& hi);

// Benjamini-Hochberg adjusted p-values (q-values), same order as the input; NaN inputs stay NaN
// and are not counted in m.
std::vector<double> benjamini_hochberg(std::span<const double> p);

// Sample autocorrelation at `lag` of a series with gaps (NaN = missing): mean and variance over
// all valid values, lagged cross-products averaged over the valid pairs. 0 when undefined.
// The int8 overload is for yes/no day series where a negative value means unknown.
double autocorrelation(std::span<const float> x, int lag);
double autocorrelation(std::span<const std::int8_t> x, int lag);
// r[k-1] = autocorrelation at lag k, k = 1..kAcfMaxLag.
struct Acf {
  double r[kAcfMaxLag] = {};
};
Acf acf(std::span<const float> x);
Acf acf(std::span<const std::int8_t> x);
// Bartlett design effect from two ACFs, floored at 1.
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
};
Slope linear_slope(std::span<const double> x, std::span<const double> y);

bool is_finite(double v);

}  // namespace painlink::analysis
